package dev.nps.csat;

import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.SegmentedNpsAccumulator;
import dev.nps.internal.Histogram;
import dev.nps.internal.SegmentTable;
import java.util.Map;
import java.util.Objects;

/**
 * A mutable histogram of answers on one {@link CsatScale} per {@link Segment}: add answers, merge
 * other accumulators, roll up to fewer dimensions (for example from {@code complexity x
 * responseTime} to {@code complexity}), and take an immutable {@code Map<Segment, Csat>} with
 * {@link #snapshot()}.
 *
 * <p>The counts live in one flat {@code long[]} table with one column per answer value and one row
 * per segment, behind an index that gives each segment a row number in the order it is first seen.
 * Adding an answer is a table increment; nothing is boxed or allocated per answer. Columnar callers
 * can look a segment's row up once with {@link #indexOf(Segment)} and then add by row number with
 * {@link #add(int, int)} or {@link #addAll(byte[], int[], int, int)}.
 *
 * <p>Merging is exact, associative and commutative: the merged accumulator holds exactly what one
 * accumulator fed every answer would hold (segments new to this accumulator are appended in the
 * other's order). Per-segment totals that would overflow a {@code long} throw {@link
 * ArithmeticException}. To find the segments that really differ from the rest, pass {@link
 * #snapshot()} to {@link CsatSegmentComparison#compare(Map)}.
 *
 * <p>Every bulk addition ({@code addAll} of responses, of columns, of another accumulator or of a
 * result) is all-or-nothing: when it throws, whether for a null element, an answer off the scale
 * or an overflowing total, the counts and the registered segments are exactly as before the call.
 *
 * <p>This class and {@link SegmentedNpsAccumulator} are two views of one per-segment table, with
 * the same methods and guarantees (including a segment index that values built to share a
 * {@link String#hashCode()} cannot slow down); only the answers per row differ.
 *
 * <p><b>Not thread-safe.</b> Use one accumulator per thread and merge them.
 *
 * <pre>{@code
 * SegmentedCsatAccumulator accumulator = new SegmentedCsatAccumulator(CsatScale.ONE_TO_FIVE);
 * accumulator.addAll(responses);             // segments such as complexity=simple, band=<1h
 * Map<Segment, Csat> perSegment = accumulator.snapshot();
 * Map<Segment, Csat> perComplexity = accumulator.rollUp("complexity").snapshot();
 * Csat overall = accumulator.overall();
 * }</pre>
 */
public final class SegmentedCsatAccumulator {
  private final CsatScale scale;
  private final SegmentTable table;

  /**
   * Creates an empty accumulator with no segments.
   *
   * @param scale the answer scale
   * @throws NullPointerException if {@code scale} is null
   */
  public SegmentedCsatAccumulator(CsatScale scale) {
    this(Objects.requireNonNull(scale, "scale must not be null"),
        new SegmentTable(scale.min(), scale.size(), "answer",
            " for scale " + scale.min() + "-" + scale.max()));
  }

  private SegmentedCsatAccumulator(CsatScale scale, SegmentTable table) {
    this.scale = scale;
    this.table = table;
  }

  /**
   * Returns the answer scale.
   *
   * @return the scale given at construction
   */
  public CsatScale scale() {
    return scale;
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
   * Adds one response's score, as an answer on the scale, to its segment.
   *
   * @param response the response
   * @throws NullPointerException if {@code response} is null
   * @throws IllegalArgumentException if its score is not on the scale; the message names it, and
   *     the segment is not registered
   * @throws ArithmeticException if the segment's total would overflow a {@code long}
   */
  public void add(Response response) {
    table.add(response.segment(), response.score());
  }

  /**
   * Adds one answer to a segment. The answer is checked first: an invalid one registers nothing.
   *
   * @param segment the segment
   * @param answer an answer on the scale
   * @throws NullPointerException if {@code segment} is null
   * @throws IllegalArgumentException if {@code answer} is not on the scale; the message names it
   *     and the scale
   * @throws ArithmeticException if the segment's total would overflow a {@code long}
   */
  public void add(Segment segment, int answer) {
    table.add(segment, answer);
  }

  /**
   * Adds one answer to a segment given by its row number.
   *
   * @param index a row number from {@link #indexOf(Segment)}
   * @param answer an answer on the scale
   * @throws IndexOutOfBoundsException if there is no such row
   * @throws IllegalArgumentException if {@code answer} is not on the scale
   * @throws ArithmeticException if the segment's total would overflow a {@code long}
   */
  public void add(int index, int answer) {
    table.add(index, answer);
  }

  /**
   * Adds many responses, each to its own segment; all or nothing.
   *
   * @param responses the responses
   * @throws NullPointerException if {@code responses} or an element is null; the message names the
   *     element's position, and nothing is added
   * @throws IllegalArgumentException if a score is not on the scale; the message names its
   *     position, and nothing is added
   * @throws ArithmeticException if a segment's total would overflow a {@code long}; nothing is
   *     added
   */
  public void addAll(Iterable<Response> responses) {
    table.addAll(responses);
  }

  /**
   * Adds a run of answers stored in columns: {@code answers[i]} goes to row {@code rowIndexes[i]}.
   * Every byte and row number is validated, eight at a time, before anything is added.
   *
   * @param answers answers on the scale, one per byte
   * @param rowIndexes row numbers from {@link #indexOf(Segment)}, parallel to {@code answers}
   * @param from the first index to read, inclusive
   * @param to the last index to read, exclusive
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within both arrays
   * @throws IllegalArgumentException if an answer is not on the scale or a row number is unknown;
   *     the message names the first such index and its value, and nothing is added
   * @throws ArithmeticException if a segment's total would overflow a {@code long}; nothing is
   *     added
   */
  public void addAll(byte[] answers, int[] rowIndexes, int from, int to) {
    table.addAll(answers, rowIndexes, from, to);
  }

  /**
   * Merges another accumulator into this one; {@code other} is unchanged. Segments new to this
   * accumulator are appended in the order {@code other} saw them.
   *
   * @param other an accumulator on an equal scale; may be this one, which doubles every count
   * @throws IllegalArgumentException if the scales differ; nothing is added
   * @throws ArithmeticException if a segment's total would overflow a {@code long}; nothing is
   *     added and none of the other's segments is registered
   */
  public void addAll(SegmentedCsatAccumulator other) {
    checkScale(other.scale);
    table.addAll(other.table);
  }

  /**
   * Adds a result to one segment.
   *
   * @param segment the segment
   * @param csat a result on an equal scale
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the scales differ
   * @throws ArithmeticException if the segment's total would overflow a {@code long}; nothing is
   *     added and the segment is not registered
   */
  public void addAll(Segment segment, Csat csat) {
    Objects.requireNonNull(segment, "segment must not be null");
    checkScale(csat.scale());
    table.addRow(segment, csat.rawCounts(), 0);
  }

  private void checkScale(CsatScale other) {
    if (!scale.equals(other)) {
      throw new IllegalArgumentException(
          "cannot merge answers on scale " + other + " into an accumulator on scale " + scale);
    }
  }

  /**
   * Returns the result of every answer in every segment.
   *
   * @return the overall result
   * @throws ArithmeticException if the overall total overflows a {@code long}
   */
  public Csat overall() {
    long[] counts = table.sums();
    return new Csat(scale, counts, Histogram.total(counts));
  }

  /**
   * Returns the result of one segment.
   *
   * @param segment the segment
   * @return its result, or an empty result if the segment was never seen
   * @throws NullPointerException if {@code segment} is null
   */
  public Csat get(Segment segment) {
    int row = table.find(segment);
    return row < 0 ? Csat.empty(scale) : result(row);
  }

  private Csat result(int row) {
    long[] counts = new long[table.columns()];
    table.copyRow(row, counts, 0);
    return new Csat(scale, counts, table.total(row));
  }

  /**
   * Returns a new accumulator with the segments projected onto some of their dimensions (see
   * {@link Segment#keep(String...)}), counts of segments that become equal being summed; a
   * segment lacking a kept dimension is projected without it. {@code rollUp()} gives one row,
   * {@link Segment#ALL}. This accumulator is unchanged.
   *
   * @param dimensions the segment dimension names to keep
   * @return the rolled-up accumulator, with rows in the order their first source row appears here
   * @throws NullPointerException if a name is null
   * @throws IllegalArgumentException if a name is blank or given twice, even when there are no
   *     segments
   * @throws ArithmeticException if a rolled-up total overflows a {@code long}
   */
  public SegmentedCsatAccumulator rollUp(String... dimensions) {
    return new SegmentedCsatAccumulator(scale, table.rollUp(dimensions));
  }

  /**
   * Returns an immutable result per segment, in the order segments were first seen. Segments
   * registered with {@link #indexOf(Segment)} but never given an answer appear with an empty
   * result.
   *
   * @return an unmodifiable map from segment to result
   */
  public Map<Segment, Csat> snapshot() {
    return table.snapshot(this::result);
  }

  /** Lists each segment with its result. */
  @Override
  public String toString() {
    return "SegmentedCsatAccumulator" + snapshot();
  }
}
