/**
 * Net Promoter Score: the values, accumulators and results ({@code dev.nps}), inference and rates
 * ({@code dev.nps.stats}) and the survey programme over time ({@code dev.nps.program}).
 *
 * <p>The package {@code dev.nps.internal} holds the histogram, the segment table and the
 * distributions that the library's own modules share; it is exported to them only and is not API.
 *
 * <p>The module depends on nothing beyond {@code java.base}.
 */
module dev.nps.core {
  exports dev.nps;
  exports dev.nps.stats;
  exports dev.nps.program;
  exports dev.nps.internal to
      dev.nps.csat,
      dev.nps.jackson;
}
