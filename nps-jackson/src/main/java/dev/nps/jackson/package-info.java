/**
 * JSON for the nps library through Jackson 3: {@link dev.nps.jackson.NpsModule} and the shapes it
 * reads and writes.
 *
 * <p>Partial aggregates ({@link dev.nps.Nps}, the accumulators and per-segment results) carry a
 * {@code "format"} version so that later versions of the library keep reading today's data. Reading
 * is strict and bounded: documents are validated completely before values are built, and every
 * failure is a Jackson exception whose message names the JSON path and the bad value.
 */
package dev.nps.jackson;
