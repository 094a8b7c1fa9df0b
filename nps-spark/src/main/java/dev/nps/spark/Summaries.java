package dev.nps.spark;

import dev.nps.Nps;
import dev.nps.csat.Csat;
import dev.nps.csat.CsatScale;
import dev.nps.stats.Interval;
import dev.nps.stats.NpsDifference;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The scalar functions over histograms, each a thin call into the library: a NULL argument or an
 * empty histogram gives NULL, since the figures are undefined there and SQL aggregates give NULL
 * for an empty group; a malformed histogram or level fails with the library's message.
 */
final class Summaries {
  /** The default confidence level of the summaries' intervals. */
  static final double DEFAULT_LEVEL = 0.95;

  /** The struct of {@code nps_summary}. */
  static final StructType NPS_SUMMARY =
      new StructType()
          .add("n", DataTypes.LongType, false)
          .add("detractors", DataTypes.LongType, false)
          .add("passives", DataTypes.LongType, false)
          .add("promoters", DataTypes.LongType, false)
          .add("score", DataTypes.DoubleType, false)
          .add("lower", DataTypes.DoubleType, false)
          .add("upper", DataTypes.DoubleType, false)
          .add("level", DataTypes.DoubleType, false);

  /** The struct of {@code csat_summary}. */
  static final StructType CSAT_SUMMARY =
      new StructType()
          .add("n", DataTypes.LongType, false)
          .add("satisfied", DataTypes.LongType, false)
          .add("score", DataTypes.DoubleType, false)
          .add("mean", DataTypes.DoubleType, false)
          .add("lower", DataTypes.DoubleType, false)
          .add("upper", DataTypes.DoubleType, false)
          .add("level", DataTypes.DoubleType, false);

  /** The struct of {@code nps_difference}. */
  static final StructType DIFFERENCE =
      new StructType()
          .add("estimate", DataTypes.DoubleType, false)
          .add("p_value", DataTypes.DoubleType, false)
          .add("lower", DataTypes.DoubleType, false)
          .add("upper", DataTypes.DoubleType, false)
          .add("level", DataTypes.DoubleType, false);

  /** A non-empty result whose interval checks a level with the library's message. */
  private static final Nps LEVEL_CHECK = Nps.ofAnswers(9);

  private Summaries() {}

  static Double npsScore(Object counts) {
    Nps nps = nps(counts);
    return nps == null ? null : nps.score();
  }

  static Row npsSummary(Object counts, Object level) {
    Double checkedLevel = level(level);
    Nps nps = nps(counts);
    if (nps == null || checkedLevel == null) {
      return null;
    }
    Interval interval = nps.confidenceInterval(checkedLevel);
    return RowFactory.create(
        nps.total(), nps.detractors(), nps.passives(), nps.promoters(), nps.score(),
        interval.lower(), interval.upper(), checkedLevel);
  }

  static Double csatScore(Object counts, Object min, Object max, Object satisfiedFrom) {
    CsatScale scale = scale(min, max, satisfiedFrom);
    Csat csat = scale == null ? null : csat(counts, scale);
    return csat == null ? null : csat.score();
  }

  static Row csatSummary(
      Object counts, Object min, Object max, Object satisfiedFrom, Object level) {
    CsatScale scale = scale(min, max, satisfiedFrom);
    Double checkedLevel = level(level);
    Csat csat = scale == null ? null : csat(counts, scale);
    if (csat == null || checkedLevel == null) {
      return null;
    }
    Interval interval = csat.confidenceInterval(checkedLevel);
    return RowFactory.create(
        csat.total(), csat.satisfied(), csat.score(), csat.mean(), interval.lower(),
        interval.upper(), checkedLevel);
  }

  static Row npsDifference(Object a, Object b, Object level) {
    Double checkedLevel = level(level);
    Nps first = nps(a);
    Nps second = nps(b);
    if (first == null || second == null || checkedLevel == null) {
      return null;
    }
    NpsDifference difference = NpsDifference.of(first, second);
    Interval interval = difference.confidenceInterval(checkedLevel);
    return RowFactory.create(
        difference.estimate(), difference.pValue(), interval.lower(), interval.upper(),
        checkedLevel);
  }

  /** The result of a histogram argument, or null for NULL or an empty histogram. */
  private static Nps nps(Object counts) {
    long[] checked = Histograms.Kind.NPS.counts(counts);
    if (checked == null) {
      return null;
    }
    Nps nps = Histograms.nps(checked);
    return nps.isEmpty() ? null : nps;
  }

  private static Csat csat(Object counts, CsatScale scale) {
    long[] checked = Histograms.Kind.CSAT.counts(counts);
    if (checked == null) {
      return null;
    }
    Csat csat = Histograms.csat(checked, scale);
    return csat.isEmpty() ? null : csat;
  }

  /** A level checked by the library, or null for NULL. */
  private static Double level(Object level) {
    if (level == null) {
      return null;
    }
    double value = ((Number) level).doubleValue();
    LEVEL_CHECK.confidenceInterval(value); // "level must be in (0, 1), was 1.5"
    return value;
  }

  /** A scale checked by the library, or null if a bound is NULL. */
  private static CsatScale scale(Object min, Object max, Object satisfiedFrom) {
    if (min == null || max == null || satisfiedFrom == null) {
      return null;
    }
    return CsatScale.of(
        bound("minimum", min), bound("maximum", max), bound("satisfied threshold", satisfiedFrom));
  }

  private static int bound(String name, Object value) {
    double asDouble = ((Number) value).doubleValue();
    int asInt = (int) asDouble;
    if (asInt != asDouble) {
      throw new IllegalArgumentException(
          "scale " + name + " must be an integer in [0, 10], was " + value);
    }
    return asInt;
  }
}
