/**
 * Customer satisfaction (CSAT), customer effort (CES) and support-quality rates, built on the
 * histogram, segments and statistics of {@code dev.nps.core}.
 *
 * <p>The module depends on {@code dev.nps.core} only, and re-exports it because its API speaks in
 * {@link dev.nps.Response}, {@link dev.nps.Segment}, {@link dev.nps.stats.Interval} and {@link
 * dev.nps.stats.PValueAdjustment}.
 */
module dev.nps.csat {
  requires transitive dev.nps.core;

  exports dev.nps.csat;
}
