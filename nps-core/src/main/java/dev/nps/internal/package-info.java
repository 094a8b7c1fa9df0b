/**
 * Building blocks shared by the library's own modules: the histogram layout, columnar counting,
 * the segment index, the normal and Student t distributions and the inference helpers. Exported
 * only to {@code dev.nps.csat} and {@code dev.nps.jackson}; not API, and free to change.
 */
package dev.nps.internal;
