package dev.nps.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Fixed survey waves: consecutive named periods with given start instants, the last one ending at a
 * given instant. Answers outside every wave have no period and are rejected by {@link
 * #periodOf(Instant)}.
 *
 * <pre>{@code
 * SurveyWaves waves = SurveyWaves.builder()
 *     .wave("spring", Instant.parse("2026-03-01T00:00:00Z"))
 *     .wave("autumn", Instant.parse("2026-09-01T00:00:00Z"))
 *     .end(Instant.parse("2027-03-01T00:00:00Z"));
 * }</pre>
 */
public final class SurveyWaves implements PeriodScheme {
  private final List<SurveyPeriod> waves;

  private SurveyWaves(List<SurveyPeriod> waves) {
    this.waves = waves;
  }

  /**
   * Returns a builder; add waves in chronological order, then call {@link Builder#end(Instant)}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the waves in order.
   *
   * @return an unmodifiable list of the waves
   */
  public List<SurveyPeriod> waves() {
    return waves;
  }

  /**
   * Returns the wave containing an instant.
   *
   * @throws IllegalArgumentException if the instant is before the first wave or not before the
   *     end of the last one; the message names the instant and the covered span
   */
  @Override
  public Optional<SurveyPeriod> find(Instant instant) {
    for (SurveyPeriod wave : waves) {
      if (wave.contains(instant)) {
        return Optional.of(wave);
      }
    }
    return Optional.empty();
  }

  @Override
  public SurveyPeriod periodOf(Instant instant) {
    return find(instant).orElseThrow(() -> new IllegalArgumentException(
        "instant " + instant + " is outside every survey wave, which cover ["
            + waves.get(0).start() + ", " + waves.get(waves.size() - 1).end() + ")"));
  }

  @Override
  public Optional<SurveyPeriod> next(SurveyPeriod period) {
    int index = waves.indexOf(period);
    if (index < 0) {
      throw new IllegalArgumentException("period " + period + " is not one of these waves");
    }
    return index + 1 < waves.size() ? Optional.of(waves.get(index + 1)) : Optional.empty();
  }

  /** Two wave schemes are equal when they have the same waves. */
  @Override
  public boolean equals(Object other) {
    return other instanceof SurveyWaves && waves.equals(((SurveyWaves) other).waves);
  }

  @Override
  public int hashCode() {
    return waves.hashCode();
  }

  @Override
  public String toString() {
    return "SurveyWaves" + waves;
  }

  /** Builds {@link SurveyWaves}. Not thread-safe. */
  public static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<Instant> starts = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a wave starting at an instant; it lasts until the next wave starts.
     *
     * @param name the wave's label, unique and not blank
     * @param start when it starts, after the previous wave's start
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank or the start is not after the previous
     *     one
     */
    public Builder wave(String name, Instant start) {
      Objects.requireNonNull(name, "wave name must not be null");
      Objects.requireNonNull(start, "wave start must not be null");
      if (name.isBlank()) {
        throw new IllegalArgumentException("wave name must not be blank");
      }
      if (!starts.isEmpty() && !start.isAfter(starts.get(starts.size() - 1))) {
        throw new IllegalArgumentException(
            "wave '" + name + "' must start after wave '" + names.get(names.size() - 1)
                + "' (" + starts.get(starts.size() - 1) + "), was " + start);
      }
      names.add(name);
      starts.add(start);
      return this;
    }

    /**
     * Ends the last wave and builds the scheme.
     *
     * @param end when the last wave ends, exclusive
     * @return the waves
     * @throws IllegalStateException if no wave was added
     * @throws IllegalArgumentException if {@code end} is not after the last start, or two waves
     *     share a name
     */
    public SurveyWaves end(Instant end) {
      Objects.requireNonNull(end, "end must not be null");
      if (starts.isEmpty()) {
        throw new IllegalStateException("add at least one wave before end(Instant)");
      }
      Set<String> seen = new HashSet<>();
      List<SurveyPeriod> waves = new ArrayList<>();
      for (int i = 0; i < starts.size(); i++) {
        if (!seen.add(names.get(i))) {
          throw new IllegalArgumentException("wave name '" + names.get(i) + "' is used twice");
        }
        Instant waveEnd = i + 1 < starts.size() ? starts.get(i + 1) : end;
        waves.add(SurveyPeriod.of(names.get(i), starts.get(i), waveEnd));
      }
      return new SurveyWaves(Collections.unmodifiableList(waves));
    }
  }
}
