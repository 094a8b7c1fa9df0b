package dev.nps.internal;

import dev.nps.Response;
import dev.nps.Segment;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Counts of answers per segment: one flat {@code long[]} table, one row per segment and one column
 * per answer value, behind a {@link SegmentIndex}. The one implementation behind {@code
 * SegmentedNpsAccumulator} (answers 0 to 10) and {@code SegmentedCsatAccumulator} (the answers of
 * a scale within 0 to 10), which only turn rows into their result types.
 *
 * <p>Column {@code c} counts the answer {@code lowest + c}. Each row also keeps its total, the sum
 * of its columns, so that overflow is caught by one {@link Math#addExact(long, long)} per row and
 * never wraps.
 *
 * <p>Every bulk addition is all-or-nothing: it either adds everything or throws and leaves the
 * counts, the totals and the registered segments exactly as they were. Additions are staged
 * (counted into a batch, new segments registered at the end of the index) and then merged by
 * {@link #merge}, which checks every new total before it changes anything; on failure the staged
 * segments are removed again with {@link SegmentIndex#truncate(int)}. Not thread-safe.
 */
public final class SegmentTable {
  private static final int INITIAL_ROWS = 16;

  private final int lowest;
  private final int columns;
  private final String answerName;
  private final String scaleNote;
  private final SegmentIndex index = new SegmentIndex();
  private long[] counts;
  private long[] totals;

  /** Per row: 1 + its slot in the batch of a running {@link #addAll(Iterable)}, else 0. */
  private int[] slots;

  private Segment lastSegment;
  private int lastRow;

  /**
   * Creates an empty table.
   *
   * @param lowest the answer counted in column 0
   * @param columns the number of answer values, {@code lowest} to {@code lowest + columns - 1}
   * @param answerName what an answer is called in messages, such as "score"
   * @param scaleNote appended to the range in messages, such as " for scale 1-5", or ""
   * @throws IllegalArgumentException if the answers do not lie within 0 to 10
   */
  public SegmentTable(int lowest, int columns, String answerName, String scaleNote) {
    if (lowest < 0 || columns < 1 || lowest + columns > Histogram.SCORES) {
      throw new IllegalArgumentException("answers " + lowest + " to " + (lowest + columns - 1)
          + " must lie within 0 to 10");
    }
    this.lowest = lowest;
    this.columns = columns;
    this.answerName = answerName;
    this.scaleNote = scaleNote;
    this.counts = new long[INITIAL_ROWS * columns];
    this.totals = new long[INITIAL_ROWS];
    this.slots = new int[INITIAL_ROWS];
  }

  /** Creates an empty table with the same answers as {@code layout}. */
  private SegmentTable(SegmentTable layout) {
    this(layout.lowest, layout.columns, layout.answerName, layout.scaleNote);
  }

  /** Returns the number of columns. */
  public int columns() {
    return columns;
  }

  /** Returns the number of segments, which are rows 0 to {@code size() - 1}. */
  public int size() {
    return index.size();
  }

  /**
   * Returns the segment of a row.
   *
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public Segment segment(int row) {
    return index.segment(row);
  }

  /**
   * Returns the row of a segment, or -1 if it has none.
   *
   * @throws NullPointerException if {@code segment} is null
   */
  public int find(Segment segment) {
    return index.find(Objects.requireNonNull(segment, "segment must not be null"));
  }

  /**
   * Returns the row of a segment, adding an empty row for it if it is new.
   *
   * @throws NullPointerException if {@code segment} is null
   */
  public int indexOf(Segment segment) {
    if (segment == lastSegment && segment != null) {
      return lastRow;
    }
    int row = find(segment);
    if (row < 0) {
      row = register(segment);
    }
    lastSegment = segment;
    lastRow = row;
    return row;
  }

  private int register(Segment segment) {
    int row = index.add(segment);
    if (row == totals.length) {
      int capacity = 2 * totals.length;
      totals = Arrays.copyOf(totals, capacity);
      counts = Arrays.copyOf(counts, capacity * columns);
      slots = Arrays.copyOf(slots, capacity);
    }
    return row;
  }

  /** Removes the rows from {@code mark} on, which hold no answers, as if never registered. */
  private void truncate(int mark) {
    index.truncate(mark);
    if (lastRow >= mark) {
      lastSegment = null;
    }
  }

  /**
   * Returns a row's total.
   *
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public long total(int row) {
    Objects.checkIndex(row, size());
    return totals[row];
  }

  /**
   * Copies a row's counts into {@code into[offset..offset + columns())}.
   *
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public void copyRow(int row, long[] into, int offset) {
    Objects.checkIndex(row, size());
    System.arraycopy(counts, row * columns, into, offset, columns);
  }

  /**
   * Returns the column of an answer.
   *
   * @throws IllegalArgumentException naming the answer and the range when it has no column
   */
  public int column(int answer) {
    int column = answer - lowest;
    if (column < 0 || column >= columns) {
      throw invalidAnswer("", answer);
    }
    return column;
  }

  private IllegalArgumentException invalidAnswer(String where, int answer) {
    return new IllegalArgumentException(answerName + where + " must be in [" + lowest + ", "
        + (lowest + columns - 1) + "]" + scaleNote + ", was " + answer);
  }

  /**
   * Adds one answer to a segment, registering the segment if it is new. The answer is checked
   * first, so an invalid one registers nothing.
   *
   * @throws NullPointerException if {@code segment} is null
   * @throws IllegalArgumentException if the answer has no column
   * @throws ArithmeticException if the row's total would overflow; nothing is added
   */
  public void add(Segment segment, int answer) {
    int column = column(answer);
    increment(indexOf(segment), column);
  }

  /**
   * Adds one answer to a row.
   *
   * @throws IndexOutOfBoundsException if there is no such row
   * @throws IllegalArgumentException if the answer has no column
   * @throws ArithmeticException if the row's total would overflow; nothing is added
   */
  public void add(int row, int answer) {
    Objects.checkIndex(row, size());
    increment(row, column(answer));
  }

  private void increment(int row, int column) {
    totals[row] = Math.addExact(totals[row], 1);
    counts[row * columns + column]++;
  }

  /**
   * Adds each response's score, as an answer, to the row of its segment; all or nothing.
   *
   * <p>The responses are counted into a batch with one row per segment they touch, so that a
   * failure (a null element, an answer without a column, an overflowing total, or an exception
   * from the iterator itself) can leave the table as it was: the batch is dropped and the
   * segments it registered are removed again.
   *
   * @throws NullPointerException if {@code responses} or an element is null, naming its position
   * @throws IllegalArgumentException if a score has no column, naming its position
   * @throws ArithmeticException if a row's total would overflow
   */
  public void addAll(Iterable<Response> responses) {
    Objects.requireNonNull(responses, "responses must not be null");
    int mark = size();
    int used = 0;
    int[] touched = new int[INITIAL_ROWS];
    long[] batch = new long[INITIAL_ROWS * columns];
    boolean added = false;
    try {
      long position = 0;
      Segment last = null;
      int base = 0;
      for (Response response : responses) {
        if (response == null) {
          throw new NullPointerException("response at position " + position + " is null");
        }
        int column = response.score() - lowest;
        if (column < 0 || column >= columns) {
          throw invalidAnswer(" at position " + position, response.score());
        }
        Segment segment = response.segment();
        if (segment != last) {
          int row = index.find(segment);
          if (row < 0) {
            row = register(segment);
          }
          int slot = slots[row] - 1;
          if (slot < 0) {
            slot = used++;
            if (slot == touched.length) {
              touched = Arrays.copyOf(touched, 2 * slot);
              batch = Arrays.copyOf(batch, 2 * slot * columns);
            }
            touched[slot] = row;
            slots[row] = slot + 1;
          }
          last = segment;
          base = slot * columns;
        }
        batch[base + column]++;
        position++;
      }
      merge(batch, 0, touched, used);
      added = true;
    } finally {
      for (int slot = 0; slot < used; slot++) {
        slots[touched[slot]] = 0;
      }
      if (!added) {
        truncate(mark);
      }
    }
  }

  /**
   * Adds a run of answers stored in columns: {@code answers[i]} goes to row {@code rows[i]}. Every
   * byte and row number is checked before anything is added, eight answers at a time by {@link
   * ScoreColumns#countByRow}.
   *
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within both arrays
   * @throws IllegalArgumentException naming the first index whose answer has no column or whose
   *     row number is unknown, and that value; nothing is added
   * @throws ArithmeticException if a row's total would overflow; nothing is added
   */
  public void addAll(byte[] answers, int[] rows, int from, int to) {
    Objects.checkFromToIndex(from, to, answers.length);
    Objects.checkFromToIndex(from, to, rows.length);
    int rowCount = size();
    boolean everyScore = lowest == 0 && columns == Histogram.SCORES;
    long[] byScore = new long[rowCount * Histogram.SCORES];
    try {
      ScoreColumns.countByRow(answers, rows, from, to, rowCount, byScore, Histogram.SCORES);
    } catch (IllegalArgumentException e) {
      if (everyScore) {
        throw e;
      }
      // An answer within 0 to 10 but off this table's answers may come earlier: name the first.
      throw firstInvalid(answers, rows, from, to, rowCount);
    }
    long[] batch = byScore;
    if (!everyScore) {
      batch = new long[rowCount * columns];
      for (int row = 0; row < rowCount; row++) {
        for (int score = 0; score < Histogram.SCORES; score++) {
          long count = byScore[row * Histogram.SCORES + score];
          int column = score - lowest;
          if (column >= 0 && column < columns) {
            batch[row * columns + column] = count;
          } else if (count != 0) {
            throw firstInvalid(answers, rows, from, to, rowCount);
          }
        }
      }
    }
    merge(batch, 0, null, rowCount);
  }

  private IllegalArgumentException firstInvalid(
      byte[] answers, int[] rows, int from, int to, int rowCount) {
    for (int i = from; i < to; i++) {
      int column = answers[i] - lowest;
      if (column < 0 || column >= columns) {
        return invalidAnswer(" at index " + i, answers[i]);
      }
      if (rows[i] < 0 || rows[i] >= rowCount) {
        return ScoreColumns.invalidRow(i, rows[i], rowCount);
      }
    }
    throw new AssertionError("no invalid answer or row in [" + from + ", " + to + ")");
  }

  /**
   * Adds every row of another table with the same answers, segment by segment; segments new to
   * this table are appended in the other's order. {@code other} may be this table.
   *
   * @throws IllegalArgumentException if the tables count different answers
   * @throws ArithmeticException if a row's total would overflow; nothing is added and no segment
   *     is registered
   */
  public void addAll(SegmentTable other) {
    if (other.lowest != lowest || other.columns != columns) {
      throw new IllegalArgumentException("cannot merge a table of answers " + other.lowest
          + " to " + (other.lowest + other.columns - 1) + " into one of answers " + lowest
          + " to " + (lowest + columns - 1));
    }
    int rowCount = other.size();
    long[] source = Arrays.copyOf(other.counts, rowCount * columns);
    int mark = size();
    boolean added = false;
    try {
      int[] targets = new int[rowCount];
      for (int row = 0; row < rowCount; row++) {
        targets[row] = indexOf(other.segment(row));
      }
      merge(source, 0, targets, rowCount);
      added = true;
    } finally {
      if (!added) {
        truncate(mark);
      }
    }
  }

  /**
   * Adds one row of counts, {@code source[offset..offset + columns())} in this table's layout, to
   * a segment, registering it if it is new.
   *
   * @throws NullPointerException if {@code segment} is null
   * @throws ArithmeticException if the row's total would overflow; nothing is added and no segment
   *     is registered
   */
  public void addRow(Segment segment, long[] source, int offset) {
    Objects.requireNonNull(segment, "segment must not be null");
    long[] row = Arrays.copyOfRange(source, offset, offset + columns);
    int mark = size();
    boolean added = false;
    try {
      merge(row, 0, new int[] {indexOf(segment)}, 1);
      added = true;
    } finally {
      if (!added) {
        truncate(mark);
      }
    }
  }

  /**
   * The one merge implementation. Adds row {@code firstRow + r} of {@code source} to row {@code
   * targets[r]} (or to row {@code r} when {@code targets} is null) for every {@code r} below
   * {@code rowCount}, after checking every new total for overflow, so that it either adds
   * everything or throws having changed nothing. Target rows must be distinct, and source counts
   * not negative.
   */
  private void merge(long[] source, int firstRow, int[] targets, int rowCount) {
    long[] newTotals = new long[rowCount];
    for (int r = 0; r < rowCount; r++) {
      int from = (firstRow + r) * columns;
      long rowTotal = 0;
      for (int column = 0; column < columns; column++) {
        rowTotal = Math.addExact(rowTotal, source[from + column]);
      }
      newTotals[r] = Math.addExact(totals[targets == null ? r : targets[r]], rowTotal);
    }
    for (int r = 0; r < rowCount; r++) {
      int into = targets == null ? r : targets[r];
      int from = (firstRow + r) * columns;
      totals[into] = newTotals[r];
      for (int column = 0; column < columns; column++) {
        counts[into * columns + column] += source[from + column];
      }
    }
  }

  /**
   * Returns a new table with the segments projected onto some of their dimensions ({@link
   * Segment#keep(String...)}), the rows of segments that become equal summed, in the order their
   * first source row appears here. This table is unchanged.
   *
   * @throws NullPointerException if {@code dimensions} or a name is null
   * @throws IllegalArgumentException if a name is blank or given twice, even with no rows
   * @throws ArithmeticException if a rolled-up total overflows
   */
  public SegmentTable rollUp(String... dimensions) {
    Segment.ALL.keep(dimensions);
    SegmentTable rolled = new SegmentTable(this);
    int[] target = new int[1];
    for (int row = 0; row < size(); row++) {
      // One source row at a time: several source rows may land on the same rolled row.
      target[0] = rolled.indexOf(segment(row).keep(dimensions));
      rolled.merge(counts, row, target, 1);
    }
    return rolled;
  }

  /**
   * Returns the sum of every row, per column.
   *
   * @throws ArithmeticException if a column's sum or the sum of all overflows
   */
  public long[] sums() {
    long[] sums = new long[columns];
    for (int row = 0; row < size(); row++) {
      for (int column = 0; column < columns; column++) {
        sums[column] = Math.addExact(sums[column], counts[row * columns + column]);
      }
    }
    Histogram.total(sums);
    return sums;
  }

  /**
   * Returns an unmodifiable map from each segment to its row's result, in row order.
   *
   * @param resultOfRow makes the result of a row
   */
  public <R> Map<Segment, R> snapshot(IntFunction<R> resultOfRow) {
    int rowCount = size();
    Map<Segment, R> results = new LinkedHashMap<>((int) Math.min(1 << 30, rowCount * 4L / 3 + 1));
    for (int row = 0; row < rowCount; row++) {
      results.put(segment(row), resultOfRow.apply(row));
    }
    return Collections.unmodifiableMap(results);
  }
}
