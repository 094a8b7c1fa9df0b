package dev.nps.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Sums stored histograms, exactly: {@code nps_merge} and {@code csat_merge}. A NULL histogram is
 * skipped; one of the wrong length, with a NULL or negative count, fails the query naming it. The
 * input arrives as a row so that a NULL count is seen as NULL rather than read as 0.
 */
final class MergeAggregator extends Aggregator<Row, long[], long[]> {
  private static final long serialVersionUID = 1L;

  /** The input: one {@code ARRAY<BIGINT>} whose elements may be NULL, so that they can be seen. */
  static final StructType INPUT =
      new StructType()
          .add("counts", DataTypes.createArrayType(DataTypes.LongType, true), true);

  private final Histograms.Kind kind;
  private final Encoder<long[]> encoder;

  MergeAggregator(Histograms.Kind kind, Encoder<long[]> encoder) {
    this.kind = kind;
    this.encoder = encoder;
  }

  /** The encoder of this aggregate's input. */
  static Encoder<Row> inputEncoder() {
    return Encoders.row(INPUT);
  }

  @Override
  public long[] zero() {
    return new long[Histograms.SLOTS];
  }

  @Override
  public long[] reduce(long[] counts, Row input) {
    if (input == null || input.isNullAt(0)) {
      return counts;
    }
    return Histograms.addInto(counts, kind.counts(input.getList(0)));
  }

  @Override
  public long[] merge(long[] into, long[] from) {
    return Histograms.addInto(into, from);
  }

  @Override
  public long[] finish(long[] counts) {
    return counts;
  }

  @Override
  public Encoder<long[]> bufferEncoder() {
    return encoder;
  }

  @Override
  public Encoder<long[]> outputEncoder() {
    return encoder;
  }
}
