/**
 * Net Promoter Score: value types ({@link dev.nps.Score}, {@link dev.nps.Response},
 * {@link dev.nps.Segment}), the histogram accumulators and the immutable {@link dev.nps.Nps} result.
 *
 * <p>The module depends on nothing beyond {@code java.base}.
 */
module dev.nps.core {
  exports dev.nps;
}
