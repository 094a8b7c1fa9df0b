/**
 * Building blocks shared by the library's own modules: the histogram layout, columnar counting,
 * the per-segment table behind both segmented accumulators and its flood-resistant segment index
 * (with SipHash), the normal and Student t distributions and the inference helpers. Exported only
 * to {@code dev.nps.csat} and {@code dev.nps.jackson}; not API, and free to change.
 */
package dev.nps.internal;
