package dev.nps.csat;

import dev.nps.Response;
import dev.nps.Segment;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
  private final int columns;
  private final Map<Segment, Integer> rows = new HashMap<>();
  private Segment[] segments = new Segment[16];
  private long[] totals = new long[16];
  private long[] table;
  private int size;
  private Segment lastSegment;
  private int lastRow;

  /**
   * Creates an empty accumulator with no segments.
   *
   * @param scale the answer scale
   * @throws NullPointerException if {@code scale} is null
   */
  public SegmentedCsatAccumulator(CsatScale scale) {
    this.scale = Objects.requireNonNull(scale, "scale must not be null");
    this.columns = scale.size();
    this.table = new long[16 * columns];
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
    if (segment == lastSegment) {
      return lastRow;
    }
    Integer row = rows.get(Objects.requireNonNull(segment, "segment must not be null"));
    int index;
    if (row == null) {
      index = size;
      if (index == segments.length) {
        int capacity = segments.length * 2;
        segments = Arrays.copyOf(segments, capacity);
        totals = Arrays.copyOf(totals, capacity);
        table = Arrays.copyOf(table, capacity * columns);
      }
      segments[index] = segment;
      rows.put(segment, index);
      size++;
    } else {
      index = row;
    }
    lastSegment = segment;
    lastRow = index;
    return index;
  }

  /**
   * Returns the number of segments seen so far.
   *
   * @return the number of rows
   */
  public int segmentCount() {
    return size;
  }

  /**
   * Returns the segment of a row.
   *
   * @param index a row number from 0 to {@link #segmentCount()} &minus; 1
   * @return the segment
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public Segment segment(int index) {
    Objects.checkIndex(index, size);
    return segments[index];
  }

  /**
   * Adds one response's score, as an answer on the scale, to its segment.
   *
   * @param response the response
   * @throws NullPointerException if {@code response} is null
   * @throws IllegalArgumentException if its score is not on the scale; the message names it
   * @throws ArithmeticException if the segment's total would overflow a {@code long}
   */
  public void add(Response response) {
    add(response.segment(), response.score());
  }

  /**
   * Adds one answer to a segment.
   *
   * @param segment the segment
   * @param answer an answer on the scale
   * @throws NullPointerException if {@code segment} is null
   * @throws IllegalArgumentException if {@code answer} is not on the scale; the message names it
   *     and the scale
   * @throws ArithmeticException if the segment's total would overflow a {@code long}
   */
  public void add(Segment segment, int answer) {
    scale.checkAnswer(answer);
    increment(indexOf(segment), answer);
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
    Objects.checkIndex(index, size);
    scale.checkAnswer(answer);
    increment(index, answer);
  }

  private void increment(int row, int answer) {
    totals[row] = Math.addExact(totals[row], 1);
    table[row * columns + answer - scale.min()]++;
  }

  /**
   * Adds many responses, each to its own segment.
   *
   * @param responses the responses
   * @throws NullPointerException if {@code responses} or an element is null; the message names the
   *     element's position, and the responses before it have been added
   * @throws IllegalArgumentException if a score is not on the scale; the responses before it have
   *     been added
   * @throws ArithmeticException if a segment's total would overflow a {@code long}
   */
  public void addAll(Iterable<Response> responses) {
    Objects.requireNonNull(responses, "responses must not be null");
    long position = 0;
    for (Response response : responses) {
      if (response == null) {
        throw new NullPointerException("response at position " + position + " is null");
      }
      add(response);
      position++;
    }
  }

  /**
   * Adds a run of answers stored in columns: {@code answers[i]} goes to row {@code rowIndexes[i]}.
   * Every byte and row number is validated before anything is added.
   *
   * @param answers answers on the scale, one per byte
   * @param rowIndexes row numbers from {@link #indexOf(Segment)}, parallel to {@code answers}
   * @param from the first index to read, inclusive
   * @param to the last index to read, exclusive
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within both arrays
   * @throws IllegalArgumentException if an answer is not on the scale or a row number is unknown;
   *     the message names the index and value, and nothing is added
   * @throws ArithmeticException if a segment's total would overflow a {@code long}; nothing is
   *     added
   */
  public void addAll(byte[] answers, int[] rowIndexes, int from, int to) {
    Objects.checkFromToIndex(from, to, answers.length);
    Objects.checkFromToIndex(from, to, rowIndexes.length);
    long[] batch = new long[size * columns];
    int min = scale.min();
    for (int i = from; i < to; i++) {
      int answer = answers[i];
      int row = rowIndexes[i];
      if (!scale.contains(answer)) {
        throw new IllegalArgumentException(
            "answer at index " + i + " must be in [" + min + ", " + scale.max() + "] for scale "
                + min + "-" + scale.max() + ", was " + answer);
      }
      if (row < 0 || row >= size) {
        throw new IllegalArgumentException(
            "segment row at index " + i + " must be in [0, " + size + "), was " + row);
      }
      batch[row * columns + answer - min]++;
    }
    mergeTable(batch, size, null);
  }

  /**
   * Merges another accumulator into this one; {@code other} is unchanged. Segments new to this
   * accumulator are appended in the order {@code other} saw them.
   *
   * @param other an accumulator on an equal scale
   * @throws IllegalArgumentException if the scales differ; nothing is added
   * @throws ArithmeticException if a segment's total would overflow a {@code long}; nothing is
   *     added
   */
  public void addAll(SegmentedCsatAccumulator other) {
    checkScale(other.scale);
    int otherSize = other.size;
    long[] source = Arrays.copyOf(other.table, otherSize * columns);
    int[] target = new int[otherSize];
    for (int row = 0; row < otherSize; row++) {
      target[row] = indexOf(other.segments[row]);
    }
    mergeTable(source, otherSize, target);
  }

  /**
   * Adds a result to one segment.
   *
   * @param segment the segment
   * @param csat a result on an equal scale
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the scales differ
   * @throws ArithmeticException if the segment's total would overflow a {@code long}
   */
  public void addAll(Segment segment, Csat csat) {
    checkScale(csat.scale());
    int row = indexOf(segment);
    mergeTable(csat.rawCounts().clone(), 1, new int[] {row});
  }

  private void checkScale(CsatScale other) {
    if (!scale.equals(other)) {
      throw new IllegalArgumentException(
          "cannot merge answers on scale " + other + " into an accumulator on scale " + scale);
    }
  }

  /**
   * The one merge implementation. Adds row {@code r} of {@code source} to row {@code target[r]} (or
   * to row {@code r} when {@code target} is null) for the first {@code rowsToAdd} rows, checking
   * every total for overflow before changing anything. Target rows must be distinct.
   */
  private void mergeTable(long[] source, int rowsToAdd, int[] target) {
    long[] newTotals = new long[rowsToAdd];
    for (int row = 0; row < rowsToAdd; row++) {
      long rowTotal = 0;
      for (int column = 0; column < columns; column++) {
        rowTotal = Math.addExact(rowTotal, source[row * columns + column]);
      }
      newTotals[row] = Math.addExact(totals[target == null ? row : target[row]], rowTotal);
    }
    for (int row = 0; row < rowsToAdd; row++) {
      int into = target == null ? row : target[row];
      totals[into] = newTotals[row];
      for (int column = 0; column < columns; column++) {
        table[into * columns + column] += source[row * columns + column];
      }
    }
  }

  /**
   * Returns the result of every answer in every segment.
   *
   * @return the overall result
   * @throws ArithmeticException if the overall total overflows a {@code long}
   */
  public Csat overall() {
    long[] counts = new long[columns];
    long total = 0;
    for (int row = 0; row < size; row++) {
      total = Math.addExact(total, totals[row]);
      for (int column = 0; column < columns; column++) {
        counts[column] += table[row * columns + column];
      }
    }
    return new Csat(scale, counts, total);
  }

  /**
   * Returns the result of one segment.
   *
   * @param segment the segment
   * @return its result, or an empty result if the segment was never seen
   * @throws NullPointerException if {@code segment} is null
   */
  public Csat get(Segment segment) {
    Integer row = rows.get(Objects.requireNonNull(segment, "segment must not be null"));
    return row == null ? Csat.empty(scale) : result(row);
  }

  private Csat result(int row) {
    return new Csat(scale,
        Arrays.copyOfRange(table, row * columns, (row + 1) * columns), totals[row]);
  }

  /**
   * Returns a new accumulator with the segments projected onto some of their dimensions (see
   * {@link Segment#keep(String...)}), counts of segments that become equal being summed. {@code
   * rollUp()} gives one row, {@link Segment#ALL}. This accumulator is unchanged.
   *
   * @param dimensions the segment dimension names to keep
   * @return the rolled-up accumulator, with rows in the order their first source row appears here
   * @throws IllegalArgumentException if a name is blank or given twice
   * @throws ArithmeticException if a rolled-up total overflows a {@code long}
   */
  public SegmentedCsatAccumulator rollUp(String... dimensions) {
    SegmentedCsatAccumulator rolled = new SegmentedCsatAccumulator(scale);
    for (int row = 0; row < size; row++) {
      // One source row at a time: several source rows may land on the same rolled row.
      int into = rolled.indexOf(segments[row].keep(dimensions));
      rolled.mergeTable(
          Arrays.copyOfRange(table, row * columns, (row + 1) * columns), 1, new int[] {into});
    }
    return rolled;
  }

  /**
   * Returns an immutable result per segment, in the order segments were first seen. Segments
   * registered with {@link #indexOf(Segment)} but never given an answer appear with an empty
   * result.
   *
   * @return an unmodifiable map from segment to result
   */
  public Map<Segment, Csat> snapshot() {
    Map<Segment, Csat> results = new LinkedHashMap<>();
    for (int row = 0; row < size; row++) {
      results.put(segments[row], result(row));
    }
    return Collections.unmodifiableMap(results);
  }

  /** Lists each segment with its result. */
  @Override
  public String toString() {
    return "SegmentedCsatAccumulator" + snapshot();
  }
}
