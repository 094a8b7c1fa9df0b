package dev.nps;

import dev.nps.internal.Histogram;
import dev.nps.internal.ScoreColumns;
import dev.nps.internal.SegmentIndex;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
  private static final int COLUMNS = Histogram.SCORES;

  private final SegmentIndex rows = new SegmentIndex();
  private Segment[] segments = new Segment[16];
  private long[] totals = new long[16];
  private long[] table = new long[16 * COLUMNS];
  private int size;
  private Segment lastSegment;
  private int lastRow;

  /** Creates an empty accumulator with no segments. */
  public SegmentedNpsAccumulator() {}

  /**
   * Returns the row number of a segment, adding an empty row for it if it is new. Row numbers
   * start at 0 and follow the order in which segments are first seen; they never change.
   *
   * @param segment the segment
   * @return its row number, for {@link #add(int, int)} and {@link #addAll(byte[], int[], int, int)}
   * @throws NullPointerException if {@code segment} is null
   */
  public int indexOf(Segment segment) {
    if (segment == lastSegment && segment != null) {
      return lastRow;
    }
    int index = rows.get(Objects.requireNonNull(segment, "segment must not be null"));
    if (index < 0) {
      index = size;
      if (index == segments.length) {
        grow();
      }
      segments[index] = segment;
      rows.put(segment, index);
      size++;
    }
    lastSegment = segment;
    lastRow = index;
    return index;
  }

  private void grow() {
    int capacity = segments.length * 2;
    segments = Arrays.copyOf(segments, capacity);
    totals = Arrays.copyOf(totals, capacity);
    table = Arrays.copyOf(table, capacity * COLUMNS);
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
   * Adds one response's answer to its segment.
   *
   * @param response the response
   * @throws NullPointerException if {@code response} is null
   * @throws ArithmeticException if the segment's total would overflow a {@code long}
   */
  public void add(Response response) {
    increment(indexOf(response.segment()), response.score());
  }

  /**
   * Adds one answer to a segment.
   *
   * @param segment the segment
   * @param score an answer from 0 to 10
   * @throws NullPointerException if {@code segment} is null
   * @throws IllegalArgumentException if {@code score} is outside [0, 10]
   * @throws ArithmeticException if the segment's total would overflow a {@code long}
   */
  public void add(Segment segment, int score) {
    Score.checkScore(score);
    increment(indexOf(segment), score);
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
    Objects.checkIndex(index, size);
    Score.checkScore(score);
    increment(index, score);
  }

  private void increment(int row, int score) {
    totals[row] = Math.addExact(totals[row], 1);
    table[row * COLUMNS + score]++;
  }

  /**
   * Adds many responses, each to its own segment.
   *
   * @param responses the responses
   * @throws NullPointerException if {@code responses} or an element is null; the message names the
   *     element's position, and the responses before it have been added
   * @throws ArithmeticException if a segment's total would overflow a {@code long}
   */
  public void addAll(Iterable<Response> responses) {
    Objects.requireNonNull(responses, "responses must not be null");
    Iterator<Response> iterator = responses.iterator();
    if (responses instanceof Collection && ((Collection<?>) responses).size() >= size) {
      countThenTotal(iterator);
    } else {
      addEach(iterator, 0);
    }
  }

  /**
   * Adds responses one by one, each checked against overflow of its segment's total.
   *
   * @param position the position of the iterator's next response, for messages
   */
  private void addEach(Iterator<Response> iterator, long position) {
    // Locals rather than fields in the loop; a new segment may grow the arrays, so reload them then.
    long[] rowTotals = totals;
    long[] counts = table;
    for (; iterator.hasNext(); position++) {
      Response response = iterator.next();
      if (response == null) {
        throw new NullPointerException("response at position " + position + " is null");
      }
      Segment segment = response.segment();
      int row = rows.get(segment);
      if (row < 0) {
        row = indexOf(segment);
        rowTotals = totals;
        counts = table;
      }
      rowTotals[row] = Math.addExact(rowTotals[row], 1);
      counts[row * COLUMNS + response.score()]++;
    }
  }

  /**
   * Adds responses by incrementing the table only, then sets every row's total to the sum of its
   * row, which it always equals. That drops the second increment per response, whose chain through
   * memory slows runs of one segment. No total can overflow while fewer answers have been added in
   * this call than the headroom of the largest total; past that (never in practice), the remaining
   * responses are added one by one. The totals are brought up to date however the loop ends. The
   * caller makes sure there are at least as many responses as rows, so that the final pass over
   * the rows costs little per response.
   */
  private void countThenTotal(Iterator<Response> iterator) {
    long largestTotal = 0;
    for (int row = 0; row < size; row++) {
      largestTotal = Math.max(largestTotal, totals[row]);
    }
    long headroom = Long.MAX_VALUE - largestTotal;
    long position = 0;
    long[] counts = table;
    try {
      for (; iterator.hasNext() && position < headroom; position++) {
        Response response = iterator.next();
        if (response == null) {
          throw new NullPointerException("response at position " + position + " is null");
        }
        Segment segment = response.segment();
        int row = rows.get(segment);
        if (row < 0) {
          row = indexOf(segment);
          counts = table;
        }
        counts[row * COLUMNS + response.score()]++;
      }
    } finally {
      for (int row = 0; row < size; row++) {
        long rowTotal = 0;
        for (int column = 0; column < COLUMNS; column++) {
          rowTotal += table[row * COLUMNS + column];
        }
        totals[row] = rowTotal;
      }
    }
    addEach(iterator, position);
  }


  /**
   * Adds a run of answers stored in columns: {@code scores[i]} goes to row {@code rows[i]}. Every
   * byte and row number is validated before anything is added.
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
    Objects.checkFromToIndex(from, to, scores.length);
    Objects.checkFromToIndex(from, to, rowIndexes.length);
    long[] batchTable = new long[size * COLUMNS];
    ScoreColumns.countByRow(scores, rowIndexes, from, to, size, batchTable, COLUMNS);
    mergeTable(batchTable, size, null);
  }

  /**
   * Merges another accumulator into this one; {@code other} is unchanged. Segments new to this
   * accumulator are appended in the order {@code other} saw them.
   *
   * @param other the accumulator to merge
   * @throws ArithmeticException if a segment's total would overflow a {@code long}; nothing is
   *     added
   */
  public void addAll(SegmentedNpsAccumulator other) {
    // Check every total before registering new segments, so that a failed merge adds nothing.
    for (int row = 0; row < other.size; row++) {
      int existing = rows.get(other.segments[row]);
      if (existing >= 0) {
        Math.addExact(totals[existing], other.totals[row]);
      }
    }
    int[] target = new int[other.size];
    for (int row = 0; row < other.size; row++) {
      target[row] = indexOf(other.segments[row]);
    }
    mergeTable(Arrays.copyOf(other.table, other.size * COLUMNS), other.size, target);
  }

  /**
   * Adds a result to one segment.
   *
   * @param segment the segment
   * @param nps a result with a complete per-score histogram
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code nps} has no per-score histogram (see {@link
   *     Nps#hasHistogram()}), since this table counts answers per score
   * @throws ArithmeticException if the segment's total would overflow a {@code long}
   */
  public void addAll(Segment segment, Nps nps) {
    if (!nps.hasHistogram()) {
      throw new IllegalArgumentException(
          "cannot add a result without per-score histogram to segment [" + segment
              + "]: it was built from category counts only");
    }
    int row = indexOf(segment);
    mergeTable(Arrays.copyOf(nps.counts(), COLUMNS), 1, new int[] {row});
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
      for (int column = 0; column < COLUMNS; column++) {
        rowTotal += source[row * COLUMNS + column];
      }
      newTotals[row] = Math.addExact(totals[target == null ? row : target[row]], rowTotal);
    }
    for (int row = 0; row < rowsToAdd; row++) {
      int into = target == null ? row : target[row];
      totals[into] = newTotals[row];
      for (int column = 0; column < COLUMNS; column++) {
        table[into * COLUMNS + column] += source[row * COLUMNS + column];
      }
    }
  }

  /**
   * Returns the result of every answer in every segment.
   *
   * @return the overall result
   * @throws ArithmeticException if the overall total overflows a {@code long}
   */
  public Nps overall() {
    long[] counts = new long[Histogram.SLOTS];
    for (int row = 0; row < size; row++) {
      for (int column = 0; column < COLUMNS; column++) {
        counts[column] = Math.addExact(counts[column], table[row * COLUMNS + column]);
      }
    }
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
    int row = rows.get(Objects.requireNonNull(segment, "segment must not be null"));
    return row < 0 ? Nps.empty() : result(row);
  }

  private Nps result(int row) {
    long[] counts = new long[Histogram.SLOTS];
    System.arraycopy(table, row * COLUMNS, counts, 0, COLUMNS);
    return new Nps(counts, totals[row]);
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
   * @throws IllegalArgumentException if a name is blank or given twice
   * @throws ArithmeticException if a rolled-up total overflows a {@code long}
   */
  public SegmentedNpsAccumulator rollUp(String... dimensions) {
    SegmentedNpsAccumulator rolled = new SegmentedNpsAccumulator();
    for (int row = 0; row < size; row++) {
      // One source row at a time: several source rows may land on the same rolled row.
      int into = rolled.indexOf(segments[row].keep(dimensions));
      rolled.mergeTable(
          Arrays.copyOfRange(table, row * COLUMNS, (row + 1) * COLUMNS), 1, new int[] {into});
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
  public Map<Segment, Nps> snapshot() {
    Map<Segment, Nps> results = new LinkedHashMap<>();
    for (int row = 0; row < size; row++) {
      results.put(segments[row], result(row));
    }
    return Collections.unmodifiableMap(results);
  }

  /** Lists each segment with its result. */
  @Override
  public String toString() {
    return "SegmentedNpsAccumulator" + snapshot();
  }
}
