/**
 * Customer satisfaction (CSAT), customer effort (CES), support-quality rates ({@code
 * dev.nps.csat}) and key-driver analysis ({@code dev.nps.csat.drivers}), built on the histogram,
 * segments and statistics of {@code dev.nps.core}.
 *
 * <p>The module depends on {@code dev.nps.core} only, and re-exports it because its API speaks in
 * {@link dev.nps.Response}, {@link dev.nps.Segment}, {@link dev.nps.stats.Interval}, {@link
 * dev.nps.stats.PValueAdjustment} and {@link dev.nps.stats.SegmentComparison}.
 */
module dev.nps.csat {
  requires transitive dev.nps.core;

  exports dev.nps.csat;
  exports dev.nps.csat.drivers;
}
