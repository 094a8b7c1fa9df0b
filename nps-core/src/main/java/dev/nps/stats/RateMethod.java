package dev.nps.stats;

import java.util.Optional;

/**
 * The rate test of {@link SegmentComparison#RATE}: success counts pooled, each segment tested
 * against the rest as a {@link RateDifference}.
 */
final class RateMethod implements SegmentComparison.Method<Rate> {
  static final RateMethod INSTANCE = new RateMethod();

  private RateMethod() {}

  @Override
  public String name() {
    return "RATE";
  }

  @Override
  public Rate plus(Rate a, Rate b) {
    return a.plus(b);
  }

  @Override
  public Rate minus(Rate whole, Rate part) {
    long successes = whole.successes() - part.successes();
    long failures = whole.failures() - part.failures();
    if (successes < 0 || failures < 0) {
      throw new IllegalArgumentException("part " + part + " is not contained in " + whole
          + ": it has more " + (successes < 0 ? "successes" : "failures"));
    }
    return Rate.of(successes, successes + failures);
  }

  @Override
  public Optional<String> untestable(Rate segment, Rate rest) {
    if (segment.isEmpty()) {
      return Optional.of("it has no answers");
    }
    if (rest.isEmpty()) {
      return Optional.of("the rest has no answers");
    }
    long successes = segment.successes() + rest.successes();
    if (successes == 0 || successes == segment.total() + rest.total()) {
      return Optional.of("the answers of the segment and the rest are all "
          + (successes == 0 ? "failures" : "successes")
          + ", so there is no variance to test against");
    }
    return Optional.empty();
  }

  @Override
  public SignificanceResult compare(Rate segment, Rate rest) {
    return RateDifference.of(segment, rest);
  }

  @Override
  public String toString() {
    return "RATE";
  }
}
