package dev.nps;

import dev.nps.internal.Histogram;
import dev.nps.internal.SegmentTable;
import java.util.Map;
import java.util.Objects;

/**
 * A mutable histogram of Net Promoter Score answers per {@link Segment}: add answers, merge other
 * accumulators, roll up to fewer dimensions, and take an immutable {@code Map<Segment, Nps>} with
 * {@link #snapshot()}.
 *
 * <p>The counts live in one flat {@code long[]} table with eleven columns (one per score) and one
 * row per segment, behind an index that gives each segment a row number in the order it is first
 * seen. Adding an answer is a table increment; nothing is boxed or allocated per answer. Columnar
 * callers can look a segment's row up once with {@link #indexOf(Segment)} and then add by row
 * number with {@link #add(int, int)} or {@link #addAll(byte[], int[], int, int)}.
 *
 * <p>Merging is exact, associative and commutative, as for {@link NpsAccumulator}: the merged
 * accumulator holds exactly what one accumulator fed every answer would hold (segments that are
 * new to this accumulator are appended in the other's order). Per-segment totals that would
 * overflow a {@code long} throw {@link ArithmeticException}.
 *
 * <p>Every bulk addition ({@code addAll} of responses, of columns, of another accumulator or of a
 * result) is all-or-nothing: when it throws, whether for a null element, an invalid answer or an
 * overflowing total, the counts and the registered segments are exactly as before the call.
 *
 * <p>Segment values may come from untrusted files: the segment index stays fast on values built
 * to share a {@link String#hashCode()} or its low bits (see {@link Segment#hashCode()}). The same
 * table, with the same guarantees, is behind the CSAT module's per-segment accumulator.
 *
 * <p><b>Not thread-safe.</b> Use one accumulator per thread and merge them.
 *
 * <pre>{@code
 * SegmentedNpsAccumulator accumulator = new SegmentedNpsAccumulator();
 * accumulator.addAll(responses);                 // segments such as region=EU, plan=pro
 * Map<Segment, Nps> perSegment = accumulator.snapshot();
 * Map<Segment, Nps> perRegion = accumulator.rollUp("region").snapshot();
 * Nps overall = accumulator.overall();
 * }</pre>
 */
public final class SegmentedNpsAccumulator {
  private final SegmentTable table;

  /** Creates an empty accumulator with no segments. */
  public SegmentedNpsAccumulator() {
    this(new SegmentTable(Score.MIN, Histogram.SCORES, "score", ""));
  }

  private SegmentedNpsAccumulator(SegmentTable table) {
    this.table = table;
  }

  /**
   * Returns the row number of a segment, adding an empty row for it if it is new. Row numbers
   * start at 0 and follow the order in which segments are first seen; they never change.
   *
   * @param segment the segment
   * @return its row number, for {@link #add(int, int)} and {@link #addAll(byte[], int[], int, int)}
   * @throws NullPointerException if {@code segment} is null
   */
  public int indexOf(Segment segment) {
    return table.indexOf(segment);
  }

  /**
   * Returns the number of segments seen so far.
   *
   * @return the number of rows
   */
  public int segmentCount() {
    return table.size();
  }

  /**
   * Returns the segment of a row.
   *
   * @param index a row number from 0 to {@link #segmentCount()} &minus; 1
   * @return the segment
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public Segment segment(int index) {
    return table.segment(index);
  }

  /**
   * Adds one response's answer to its segment.
   *
   * @param response the response
   * @throws NullPointerException if {@code response} is null
   * @throws ArithmeticException if the segment's total would overflow a {@code long}
   */
  public void add(Response response) {
    table.add(response.segment(), response.score());
  }

  /**
   * Adds one answer to a segment. The score is checked first: an invalid one registers nothing.
   *
   * @param segment the segment
   * @param score an answer from 0 to 10
   * @throws NullPointerException if {@code segment} is null
   * @throws IllegalArgumentException if {@code score} is outside [0, 10]
   * @throws ArithmeticException if the segment's total would overflow a {@code long}
   */
  public void add(Segment segment, int score) {
    table.add(segment, score);
  }

  /**
   * Adds one answer to a segment given by its row number.
   *
   * @param index a row number from {@link #indexOf(Segment)}
   * @param score an answer from 0 to 10
   * @throws IndexOutOfBoundsException if there is no such row
   * @throws IllegalArgumentException if {@code score} is outside [0, 10]
   * @throws ArithmeticException if the segment's total would overflow a {@code long}
   */
  public void add(int index, int score) {
    table.add(index, score);
  }

  /**
   * Adds many responses, each to its own segment; all or nothing.
   *
   * @param responses the responses
   * @throws NullPointerException if {@code responses} or an element is null; the message names the
   *     element's position, and nothing is added
   * @throws ArithmeticException if a segment's total would overflow a {@code long}; nothing is
   *     added
   */
  public void addAll(Iterable<Response> responses) {
    table.addAll(responses);
  }

  /**
   * Adds a run of answers stored in columns: {@code scores[i]} goes to row {@code rows[i]}. Every
   * byte and row number is validated, eight at a time, before anything is added.
   *
   * @param scores answers from 0 to 10, one per byte
   * @param rowIndexes row numbers from {@link #indexOf(Segment)}, parallel to {@code scores}
   * @param from the first index to read, inclusive
   * @param to the last index to read, exclusive
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within both arrays
   * @throws IllegalArgumentException if a score is outside [0, 10] or a row number is unknown; the
   *     message names the index and value, and nothing is added
   * @throws ArithmeticException if a segment's total would overflow a {@code long}; nothing is
   *     added
   */
  public void addAll(byte[] scores, int[] rowIndexes, int from, int to) {
    table.addAll(scores, rowIndexes, from, to);
  }

  /**
   * Merges another accumulator into this one; {@code other} is unchanged. Segments new to this
   * accumulator are appended in the order {@code other} saw them.
   *
   * @param other the accumulator to merge; may be this one, which doubles every count
   * @throws ArithmeticException if a segment's total would overflow a {@code long}; nothing is
   *     added and none of the other's segments is registered
   */
  public void addAll(SegmentedNpsAccumulator other) {
    table.addAll(other.table);
  }

  /**
   * Adds a result to one segment.
   *
   * @param segment the segment
   * @param nps a result with a complete per-score histogram
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code nps} has no per-score histogram (see {@link
   *     Nps#hasHistogram()}), since this table counts answers per score
   * @throws ArithmeticException if the segment's total would overflow a {@code long}; nothing is
   *     added and the segment is not registered
   */
  public void addAll(Segment segment, Nps nps) {
    Objects.requireNonNull(segment, "segment must not be null");
    if (!nps.hasHistogram()) {
      throw new IllegalArgumentException(
          "cannot add a result without per-score histogram to segment [" + segment
              + "]: it was built from category counts only");
    }
    table.addRow(segment, nps.counts(), 0);
  }

  /**
   * Returns the result of every answer in every segment.
   *
   * @return the overall result
   * @throws ArithmeticException if the overall total overflows a {@code long}
   */
  public Nps overall() {
    long[] counts = new long[Histogram.SLOTS];
    System.arraycopy(table.sums(), 0, counts, 0, Histogram.SCORES);
    return new Nps(counts, Histogram.total(counts));
  }

  /**
   * Returns the result of one segment.
   *
   * @param segment the segment
   * @return its result, or {@link Nps#empty()} if the segment was never seen
   * @throws NullPointerException if {@code segment} is null
   */
  public Nps get(Segment segment) {
    int row = table.find(segment);
    return row < 0 ? Nps.empty() : result(row);
  }

  private Nps result(int row) {
    long[] counts = new long[Histogram.SLOTS];
    table.copyRow(row, counts, 0);
    return new Nps(counts, table.total(row));
  }

  /**
   * Returns a new accumulator with the segments projected onto some of their dimensions (see
   * {@link Segment#keep(String...)}), counts of segments that become equal being summed; a
   * segment lacking a kept dimension is projected without it, so segments lacking it pool
   * together (all of them into {@link Segment#ALL} when it is the only dimension kept). For
   * example, from segments {@code region x plan}, {@code rollUp("region")} gives one row per
   * region; {@code rollUp()} gives one row, {@link Segment#ALL}. This accumulator is unchanged.
   *
   * @param dimensions the dimension names to keep
   * @return the rolled-up accumulator, with rows in the order their first source row appears here
   * @throws NullPointerException if a name is null
   * @throws IllegalArgumentException if a name is blank or given twice, even when there are no
   *     segments
   * @throws ArithmeticException if a rolled-up total overflows a {@code long}
   */
  public SegmentedNpsAccumulator rollUp(String... dimensions) {
    return new SegmentedNpsAccumulator(table.rollUp(dimensions));
  }

  /**
   * Returns an immutable result per segment, in the order segments were first seen. Segments
   * registered with {@link #indexOf(Segment)} but never given an answer appear with an empty
   * result.
   *
   * @return an unmodifiable map from segment to result
   */
  public Map<Segment, Nps> snapshot() {
    return table.snapshot(this::result);
  }

  /** Lists each segment with its result. */
  @Override
  public String toString() {
    return "SegmentedNpsAccumulator" + snapshot();
  }
}
