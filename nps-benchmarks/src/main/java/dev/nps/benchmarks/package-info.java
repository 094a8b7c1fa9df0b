/**
 * JMH benchmarks comparing the library's aggregation strategies with a stream of objects and with
 * DuckDB, on the same seeded answers, in one run.
 */
package dev.nps.benchmarks;
