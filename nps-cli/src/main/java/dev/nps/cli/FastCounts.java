package dev.nps.cli;

import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.program.PeriodScheme;
import dev.nps.program.SurveyPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Counts plain good rows without a {@link Response} per row: scores, interned segment values and
 * periods go into a table of counts per segment, period and score, which is fed to the sections
 * ({@link #flush()}) before any row that takes the ordinary path and at the end. A row is plain
 * when its score is a bare integer the metric accepts, its time (if any) is in a form that
 * {@link TimeParser#epochSecond} reads within the plausible span, it has no weight and no
 * undecodable character; any other row returns false and takes the ordinary path, which words
 * every message. Used only when nothing needs whole rows (no follow-up lists, no
 * --latest-per-respondent, no contact columns).
 *
 * <p>Segment values are interned per column in hash maps whose keys are compared by their text
 * when hashes collide (Java's tree bins), with a seeded hash: crafted values cannot make a lookup
 * slower than logarithmic.
 */
final class FastCounts {
  private static final int SCORES = 11;
  private static final long EARLIEST = RowParser.EARLIEST.getEpochSecond();
  private static final long LATEST = RowParser.LATEST.getEpochSecond();

  private final Sections sections;
  private final Columns columns;
  private final PeriodScheme scheme;
  private final int maxSegments;
  private final boolean[] accepted = new boolean[SCORES];
  private final int dimensions;
  private final Values[] values;
  private final Map<Tuple, Integer> segmentIds = new HashMap<>();
  private final Tuple probe;
  private final int seed = ThreadLocalRandom.current().nextInt();
  private Segment[] segments = new Segment[16];
  private int segmentCount;

  private final Map<SurveyPeriod, Integer> periodIds = new HashMap<>();
  private final List<SurveyPeriod> periods = new ArrayList<>();
  private final List<Instant> periodInstants = new ArrayList<>();
  private long lastStart = 1;
  private long lastEnd = 0;
  private int lastPeriod = -1;

  private int[][] cellOf = new int[16][];
  private long[] counts = new long[SCORES * 64];
  private int[] cellSegment = new int[64];
  private int[] cellPeriod = new int[64];
  private int cellCount;
  private boolean[] dirty = new boolean[64];
  private int[] dirtyCells = new int[64];
  private int dirtyCount;
  private boolean overflow;
  private long overflowLine;

  FastCounts(ReportSettings settings, Sections sections) {
    this.sections = sections;
    this.columns = settings.columns;
    this.scheme = settings.scheme;
    this.maxSegments = settings.maxSegments;
    this.dimensions = columns.segments.size();
    this.values = new Values[dimensions];
    for (int i = 0; i < dimensions; i++) {
      values[i] = new Values(seed + i);
    }
    this.probe = new Tuple(new int[dimensions], seed);
    for (int score = 0; score < SCORES; score++) {
      accepted[score] = sections.check(Response.of(score)) == null;
    }
    if (dimensions == 0) {
      segments[0] = Segment.ALL;
      segmentCount = 1;
    }
  }

  /**
   * Whether a report with these settings may count rows here: not when an option needs whole
   * rows (follow-up lists, latest per respondent, contact columns), reads further columns per row
   * (--drivers, --rate) or maps segment values (--band).
   */
  static boolean applies(ReportSettings settings) {
    return !settings.followUp && !settings.latestPerRespondent
        && settings.columns.contacts.isEmpty()
        && settings.columns.analysis.size() == 0
        && settings.columns.analysis.bands.stream().allMatch(band -> band == null);
  }

  /**
   * Counts one record if it is plain.
   *
   * @param line the record's line
   * @param chars the record's field characters
   * @param starts where each field starts
   * @param ends where each field ends
   * @param slots the column of each slot, or -1
   * @param times the file's time parser
   * @return whether the row was counted; if not, nothing changed
   */
  boolean add(long line, char[] chars, int[] starts, int[] ends, int[] slots,
      TimeParser times) {
    int contacts = columns.contactSlot(0);
    for (int slot = 0; slot < contacts; slot++) {
      int index = slots[slot];
      if (index >= 0) {
        for (int i = starts[index]; i < ends[index]; i++) {
          if (chars[i] == RowParser.REPLACEMENT) {
            return false;
          }
        }
      }
    }
    int index = slots[Columns.SCORE];
    if (index < 0) {
      return false;
    }
    int from = start(chars, starts[index], ends[index]);
    int to = end(chars, from, ends[index]);
    int score = -1;
    if (to - from == 1) {
      score = digit(chars[from]);
    } else if (to - from == 2 && chars[from] == '1' && chars[from + 1] == '0') {
      score = 10;
    }
    if (score < 0 || !accepted[score]) {
      return false;
    }
    index = slots[Columns.WEIGHT];
    if (index >= 0 && start(chars, starts[index], ends[index]) < ends[index]) {
      return false;
    }
    index = slots[Columns.TIME];
    long second = TimeParser.NOT_FAST;
    if (index >= 0) {
      from = start(chars, starts[index], ends[index]);
      to = end(chars, from, ends[index]);
      if (from < to) {
        second = times.epochSecond(chars, from, to);
        if (second == TimeParser.NOT_FAST || second < EARLIEST || second >= LATEST) {
          return false;
        }
      }
    }
    int period = 0;
    if (scheme != null) {
      if (second == TimeParser.NOT_FAST) {
        return false;
      }
      period = period(second);
      if (period < 0) {
        return false;
      }
    }
    int segment = 0;
    if (dimensions > 0) {
      for (int i = 0; i < dimensions; i++) {
        if (slots[Columns.segmentSlot(i)] < 0) {
          return false;
        }
      }
      for (int i = 0; i < dimensions; i++) {
        index = slots[Columns.segmentSlot(i)];
        from = start(chars, starts[index], ends[index]);
        to = end(chars, from, ends[index]);
        probe.ids[i] = values[i].intern(chars, from, to);
      }
      segment = segmentOfProbe();
      if (segment < 0) {
        return false;
      }
      if (overflow && overflowLine == 0) {
        overflowLine = line;
      }
    }
    int cell = cell(segment, period);
    counts[cell * SCORES + score]++;
    if (!dirty[cell]) {
      dirty[cell] = true;
      dirtyCells[dirtyCount++] = cell;
    }
    return true;
  }

  /**
   * Whether the last counted row brought more distinct segments than --max-segments allows; the
   * caller reports it once the row is counted, as for a row on the ordinary path.
   */
  boolean overflow() {
    return overflow;
  }

  /** The line of the row that brought one segment too many. */
  long overflowLine() {
    return overflowLine;
  }

  /** Notes the segment of a row fed on the ordinary path, so that segment counts stay exact. */
  void intern(Segment segment) {
    if (dimensions == 0) {
      return;
    }
    for (int i = 0; i < dimensions; i++) {
      String value = segment.value(columns.segments.get(i)).orElse(null);
      if (value == null) {
        return;
      }
      char[] text = value.toCharArray();
      probe.ids[i] = values[i].intern(text, 0, text.length);
    }
    Integer id = segmentIds.get(probe);
    if (id == null) {
      add(probe.copy(), segment);
    }
  }

  /** Feeds the counts so far to the sections and empties them. */
  void flush() {
    for (int d = 0; d < dirtyCount; d++) {
      int cell = dirtyCells[d];
      dirty[cell] = false;
      Segment segment = segments[cellSegment[cell]];
      Instant at = scheme == null ? null : periodInstants.get(cellPeriod[cell]);
      for (int score = 0; score < SCORES; score++) {
        long count = counts[cell * SCORES + score];
        if (count == 0) {
          continue;
        }
        counts[cell * SCORES + score] = 0;
        Response.Builder builder = Response.builder().score(score).segment(segment);
        if (at != null) {
          builder.answeredAt(at);
        }
        Response response = builder.build();
        for (long i = 0; i < count; i++) {
          sections.feed(response);
        }
      }
    }
    dirtyCount = 0;
  }

  private int segmentOfProbe() {
    Integer id = segmentIds.get(probe);
    if (id != null) {
      return id;
    }
    Segment segment = Segment.ALL;
    try {
      for (int i = 0; i < dimensions; i++) {
        segment = segment.and(columns.segments.get(i), values[i].text(probe.ids[i]));
      }
    } catch (RuntimeException e) {
      return -1;
    }
    int added = add(probe.copy(), segment);
    if (segmentCount > maxSegments) {
      overflow = true;
    }
    return added;
  }

  private int add(Tuple key, Segment segment) {
    if (segmentCount == segments.length) {
      segments = Arrays.copyOf(segments, segmentCount * 2);
      cellOf = Arrays.copyOf(cellOf, segmentCount * 2);
    }
    segments[segmentCount] = segment;
    segmentIds.put(key, segmentCount);
    return segmentCount++;
  }

  private int period(long second) {
    if (second >= lastStart && second < lastEnd) {
      return lastPeriod;
    }
    Instant at = Instant.ofEpochSecond(second);
    SurveyPeriod period;
    try {
      period = scheme.periodOf(at);
    } catch (RuntimeException e) {
      return -1;
    }
    if (period.start().getNano() != 0 || period.end().getNano() != 0) {
      return -1;
    }
    Integer id = periodIds.get(period);
    if (id == null) {
      id = periods.size();
      periods.add(period);
      periodInstants.add(at);
      periodIds.put(period, id);
    }
    lastStart = period.start().getEpochSecond();
    lastEnd = period.end().getEpochSecond();
    lastPeriod = id;
    return id;
  }

  private int cell(int segment, int period) {
    int[] row = cellOf[segment];
    if (row == null || period >= row.length) {
      int[] grown = new int[Math.max(period + 1, row == null ? 4 : row.length * 2)];
      if (row != null) {
        System.arraycopy(row, 0, grown, 0, row.length);
      }
      cellOf[segment] = row = grown;
    }
    int cell = row[period] - 1;
    if (cell < 0) {
      cell = cellCount++;
      if (cell == cellSegment.length) {
        int capacity = cell * 2;
        cellSegment = Arrays.copyOf(cellSegment, capacity);
        cellPeriod = Arrays.copyOf(cellPeriod, capacity);
        dirty = Arrays.copyOf(dirty, capacity);
        dirtyCells = Arrays.copyOf(dirtyCells, capacity);
        counts = Arrays.copyOf(counts, capacity * SCORES);
      }
      cellSegment[cell] = segment;
      cellPeriod[cell] = period;
      row[period] = cell + 1;
    }
    return cell;
  }

  private static int digit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }

  /** Skips spaces and tabs, as {@link RowParser#trim} does. */
  private static int start(char[] chars, int from, int to) {
    while (from < to && (chars[from] == ' ' || chars[from] == '\t')) {
      from++;
    }
    return from;
  }

  private static int end(char[] chars, int from, int to) {
    while (to > from && (chars[to - 1] == ' ' || chars[to - 1] == '\t')) {
      to--;
    }
    return to;
  }

  /** A seeded hash of characters (multiply and rotate per character, then a final mix). */
  static int hash(char[] chars, int from, int to, int seed) {
    int h = seed;
    for (int i = from; i < to; i++) {
      h = Integer.rotateLeft((h ^ chars[i]) * 0x9E3779B1, 13);
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    return h ^ (h >>> 13);
  }

  /** The distinct values of one segment column, numbered in order of first sight. */
  private static final class Values {
    private final Map<Text, Integer> ids = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private final List<char[]> keys = new ArrayList<>();
    private final Text probe;
    private int last = -1;

    Values(int seed) {
      this.probe = new Text(seed);
    }

    int intern(char[] chars, int from, int to) {
      if (last >= 0) {
        char[] key = keys.get(last);
        if (key.length == to - from && Arrays.equals(chars, from, to, key, 0, key.length)) {
          return last;
        }
      }
      probe.point(chars, from, to);
      Integer id = ids.get(probe);
      if (id == null) {
        id = texts.size();
        Text key = probe.copy();
        keys.add(key.chars);
        texts.add(new String(key.chars));
        ids.put(key, id);
      }
      last = id;
      return id;
    }

    String text(int id) {
      return texts.get(id);
    }
  }

  /**
   * A text key with a seeded hash, ordered by its characters so that colliding keys form a
   * balanced tree in a HashMap bin.
   */
  private static final class Text implements Comparable<Text> {
    private final int seed;
    char[] chars;
    int from;
    int to;
    int hash;

    Text(int seed) {
      this.seed = seed;
    }

    void point(char[] text, int start, int end) {
      chars = text;
      from = start;
      to = end;
      hash = FastCounts.hash(text, start, end, seed);
    }

    Text copy() {
      Text copy = new Text(seed);
      copy.chars = Arrays.copyOfRange(chars, from, to);
      copy.from = 0;
      copy.to = copy.chars.length;
      copy.hash = hash;
      return copy;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Text && compareTo((Text) other) == 0;
    }

    @Override
    public int compareTo(Text other) {
      return Arrays.compare(chars, from, to, other.chars, other.from, other.to);
    }

    @Override
    public String toString() {
      return "Text{" + (to - from) + " chars}";
    }
  }

  /** The value numbers of a segment, one per column; ordered for tree bins as {@link Text}. */
  private static final class Tuple implements Comparable<Tuple> {
    final int[] ids;
    private final int seed;

    Tuple(int[] ids, int seed) {
      this.ids = ids;
      this.seed = seed;
    }

    Tuple copy() {
      return new Tuple(ids.clone(), seed);
    }

    @Override
    public int hashCode() {
      int h = seed;
      for (int id : ids) {
        h = Integer.rotateLeft((h ^ id) * 0x9E3779B1, 13);
      }
      return h ^ (h >>> 16);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Tuple && Arrays.equals(ids, ((Tuple) other).ids);
    }

    @Override
    public int compareTo(Tuple other) {
      return Arrays.compare(ids, other.ids);
    }

    @Override
    public String toString() {
      return "Tuple" + Arrays.toString(ids);
    }
  }
}
