package dev.nps.csat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static java.util.stream.Collectors.toList;

import dev.nps.Nps;
import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.SegmentedNpsAccumulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of a per-segment accumulator, stated once and run against {@link
 * SegmentedNpsAccumulator} and {@link SegmentedCsatAccumulator} (on scales 1-5, 0-10 and
 * good/bad): every construction path gives the same table, merging is associative and
 * commutative, every failing call leaves counts and registered segments exactly as they were,
 * null segments are rejected, and roll-ups sum rows. Expected counts come from a plain model (a
 * list of segments in first-seen order and an array of counts per segment) filled by the test
 * itself, and from small hand-counted cases.
 */
class SegmentedAccumulatorContractTest {
  private static final Segment EU = Segment.of("region", "EU");
  private static final Segment US_PRO = Segment.of("region", "US").and("plan", "pro");
  private static final Segment US_FREE = Segment.of("region", "US").and("plan", "free");
  private static final Segment APAC = Segment.of("region", "APAC").and("plan", "pro");

  /** One accumulator behind the methods both classes have; answers are plain integers. */
  interface Segmented {
    int indexOf(Segment segment);

    int segmentCount();

    Segment segment(int row);

    void add(Response response);

    void add(Segment segment, int answer);

    void add(int row, int answer);

    void addAll(Iterable<Response> responses);

    void addAll(byte[] answers, int[] rows, int from, int to);

    void addAll(Segmented other);

    /** Adds a result with these counts, lowest answer first, through {@code addAll(segment, r)}. */
    void addResult(Segment segment, long... counts);

    /** The counts of {@code get(segment)}, lowest answer first. */
    List<Long> get(Segment segment);

    /** {@code get(segment).total()}. */
    long total(Segment segment);

    List<Long> overall();

    Segmented rollUp(String... dimensions);

    /** The counts of every result of {@code snapshot()}, in its order. */
    Map<Segment, List<Long>> snapshot();

    /** The {@code total()} of every result of {@code snapshot()}. */
    Map<Segment, Long> snapshotTotals();
  }

  /** A kind of accumulator: how to make one, and its answers. */
  abstract static class Kind {
    final String name;
    final int lowest;
    final int highest;

    Kind(String name, int lowest, int highest) {
      this.name = name;
      this.lowest = lowest;
      this.highest = highest;
    }

    abstract Segmented create();

    /** The factory over responses: {@code Nps.bySegment} or {@code Csat.bySegment}. */
    abstract Map<Segment, List<Long>> bySegment(List<Response> responses);

    int columns() {
      return highest - lowest + 1;
    }

    /** The k-th answer, cycling over the scale. */
    int answer(int k) {
      return lowest + Math.floorMod(k, columns());
    }

    /** An answer within 0 to 10 that is not on the scale, or -1 if every one is on it. */
    int offScale() {
      return lowest > 0 ? 0 : highest < 10 ? highest + 1 : -1;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Kind> kinds() {
    return Stream.of(new NpsKind(), new CsatKind(CsatScale.ONE_TO_FIVE),
        new CsatKind(CsatScale.ZERO_TO_TEN), new CsatKind(CsatScale.GOOD_BAD));
  }

  private static List<Long> boxed(long[] counts) {
    List<Long> list = new ArrayList<>();
    for (long count : counts) {
      list.add(count);
    }
    return list;
  }

  static final class NpsKind extends Kind {
    NpsKind() {
      super("SegmentedNpsAccumulator", 0, 10);
    }

    @Override
    Segmented create() {
      return new NpsSegmented(new SegmentedNpsAccumulator());
    }

    @Override
    Map<Segment, List<Long>> bySegment(List<Response> responses) {
      Map<Segment, List<Long>> results = new LinkedHashMap<>();
      Nps.bySegment(responses).forEach((segment, nps) -> results.put(segment, counts(nps)));
      return results;
    }

    static List<Long> counts(Nps nps) {
      return boxed(nps.histogram());
    }
  }

  static final class NpsSegmented implements Segmented {
    final SegmentedNpsAccumulator accumulator;

    NpsSegmented(SegmentedNpsAccumulator accumulator) {
      this.accumulator = accumulator;
    }

    @Override
    public int indexOf(Segment segment) {
      return accumulator.indexOf(segment);
    }

    @Override
    public int segmentCount() {
      return accumulator.segmentCount();
    }

    @Override
    public Segment segment(int row) {
      return accumulator.segment(row);
    }

    @Override
    public void add(Response response) {
      accumulator.add(response);
    }

    @Override
    public void add(Segment segment, int answer) {
      accumulator.add(segment, answer);
    }

    @Override
    public void add(int row, int answer) {
      accumulator.add(row, answer);
    }

    @Override
    public void addAll(Iterable<Response> responses) {
      accumulator.addAll(responses);
    }

    @Override
    public void addAll(byte[] answers, int[] rows, int from, int to) {
      accumulator.addAll(answers, rows, from, to);
    }

    @Override
    public void addAll(Segmented other) {
      accumulator.addAll(((NpsSegmented) other).accumulator);
    }

    @Override
    public void addResult(Segment segment, long... counts) {
      accumulator.addAll(segment, Nps.ofHistogram(counts));
    }

    @Override
    public List<Long> get(Segment segment) {
      return NpsKind.counts(accumulator.get(segment));
    }

    @Override
    public long total(Segment segment) {
      return accumulator.get(segment).total();
    }

    @Override
    public List<Long> overall() {
      return NpsKind.counts(accumulator.overall());
    }

    @Override
    public Segmented rollUp(String... dimensions) {
      return new NpsSegmented(accumulator.rollUp(dimensions));
    }

    @Override
    public Map<Segment, List<Long>> snapshot() {
      Map<Segment, List<Long>> results = new LinkedHashMap<>();
      accumulator.snapshot().forEach((segment, nps) -> results.put(segment, NpsKind.counts(nps)));
      return results;
    }

    @Override
    public Map<Segment, Long> snapshotTotals() {
      Map<Segment, Long> totals = new LinkedHashMap<>();
      accumulator.snapshot().forEach((segment, nps) -> totals.put(segment, nps.total()));
      return totals;
    }
  }

  static final class CsatKind extends Kind {
    final CsatScale scale;

    CsatKind(CsatScale scale) {
      super("SegmentedCsatAccumulator " + scale, scale.min(), scale.max());
      this.scale = scale;
    }

    @Override
    Segmented create() {
      return new CsatSegmented(new SegmentedCsatAccumulator(scale));
    }

    @Override
    Map<Segment, List<Long>> bySegment(List<Response> responses) {
      Map<Segment, List<Long>> results = new LinkedHashMap<>();
      Csat.bySegment(scale, responses)
          .forEach((segment, csat) -> results.put(segment, boxed(csat.histogram())));
      return results;
    }
  }

  static final class CsatSegmented implements Segmented {
    final SegmentedCsatAccumulator accumulator;

    CsatSegmented(SegmentedCsatAccumulator accumulator) {
      this.accumulator = accumulator;
    }

    @Override
    public int indexOf(Segment segment) {
      return accumulator.indexOf(segment);
    }

    @Override
    public int segmentCount() {
      return accumulator.segmentCount();
    }

    @Override
    public Segment segment(int row) {
      return accumulator.segment(row);
    }

    @Override
    public void add(Response response) {
      accumulator.add(response);
    }

    @Override
    public void add(Segment segment, int answer) {
      accumulator.add(segment, answer);
    }

    @Override
    public void add(int row, int answer) {
      accumulator.add(row, answer);
    }

    @Override
    public void addAll(Iterable<Response> responses) {
      accumulator.addAll(responses);
    }

    @Override
    public void addAll(byte[] answers, int[] rows, int from, int to) {
      accumulator.addAll(answers, rows, from, to);
    }

    @Override
    public void addAll(Segmented other) {
      accumulator.addAll(((CsatSegmented) other).accumulator);
    }

    @Override
    public void addResult(Segment segment, long... counts) {
      accumulator.addAll(segment, Csat.ofHistogram(accumulator.scale(), counts));
    }

    @Override
    public List<Long> get(Segment segment) {
      return boxed(accumulator.get(segment).histogram());
    }

    @Override
    public long total(Segment segment) {
      return accumulator.get(segment).total();
    }

    @Override
    public List<Long> overall() {
      return boxed(accumulator.overall().histogram());
    }

    @Override
    public Segmented rollUp(String... dimensions) {
      return new CsatSegmented(accumulator.rollUp(dimensions));
    }

    @Override
    public Map<Segment, List<Long>> snapshot() {
      Map<Segment, List<Long>> results = new LinkedHashMap<>();
      accumulator.snapshot()
          .forEach((segment, csat) -> results.put(segment, boxed(csat.histogram())));
      return results;
    }

    @Override
    public Map<Segment, Long> snapshotTotals() {
      Map<Segment, Long> totals = new LinkedHashMap<>();
      accumulator.snapshot().forEach((segment, csat) -> totals.put(segment, csat.total()));
      return totals;
    }
  }

  /** The plain model: segments in first-seen order, and counts per answer of each. */
  private static Map<Segment, List<Long>> model(Kind kind, List<Response> responses) {
    Map<Segment, long[]> counts = new LinkedHashMap<>();
    for (Response response : responses) {
      counts.computeIfAbsent(response.segment(), s -> new long[kind.columns()])[
          response.score() - kind.lowest]++;
    }
    Map<Segment, List<Long>> model = new LinkedHashMap<>();
    counts.forEach((segment, row) -> model.put(segment, boxed(row)));
    return model;
  }

  private static List<Response> responses(Kind kind, long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    Segment[] segments = {EU, US_PRO, US_FREE, APAC, Segment.ALL};
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // Skewed towards the first segments, so that rows differ in size.
      Segment segment = segments[Math.min(random.nextInt(5), random.nextInt(5))];
      responses.add(Response.of(kind.answer(random.nextInt(11)), segment));
    }
    return responses;
  }

  private static long sum(List<Long> counts) {
    long sum = 0;
    for (long count : counts) {
      sum = Math.addExact(sum, count);
    }
    return sum;
  }

  /**
   * Asserts that the accumulator holds exactly the expected rows, in order, and that every total
   * it reports (of each segment's result, through get and snapshot) is the sum of its counts.
   */
  private static void assertHolds(Map<Segment, List<Long>> expected, Segmented accumulator) {
    Map<Segment, List<Long>> snapshot = accumulator.snapshot();
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(snapshot.keySet()));
    assertEquals(expected, snapshot);
    assertEquals(expected.size(), accumulator.segmentCount());
    int row = 0;
    for (Map.Entry<Segment, List<Long>> entry : expected.entrySet()) {
      assertEquals(entry.getKey(), accumulator.segment(row++));
      assertEquals(entry.getValue(), accumulator.get(entry.getKey()));
      long total = sum(entry.getValue());
      assertEquals(total, accumulator.total(entry.getKey()), "total of " + entry.getKey());
      assertEquals(total, accumulator.snapshotTotals().get(entry.getKey()));
    }
  }

  /** Runs a call that must throw, and asserts that it changed nothing. */
  private static <T extends Throwable> T assertUnchanged(
      Class<T> type, Segmented accumulator, Executable call) {
    Map<Segment, List<Long>> before = accumulator.snapshot();
    T thrown = assertThrows(type, call);
    assertHolds(before, accumulator);
    return thrown;
  }

  private static long[] counts(Kind kind, int answer, long count) {
    long[] counts = new long[kind.columns()];
    counts[answer - kind.lowest] = count;
    return counts;
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyConstructionPathGivesTheSameTable(Kind kind) {
    List<Response> responses = responses(kind, 42, 500);
    Map<Segment, List<Long>> expected = model(kind, responses);

    Segmented oneByOne = kind.create();
    responses.forEach(oneByOne::add);
    assertHolds(expected, oneByOne);

    Segmented bySegmentAndAnswer = kind.create();
    responses.forEach(r -> bySegmentAndAnswer.add(r.segment(), r.score()));
    assertHolds(expected, bySegmentAndAnswer);

    Segmented bulk = kind.create();
    bulk.addAll(responses);
    assertHolds(expected, bulk);

    Segmented byRow = kind.create();
    Segmented columnar = kind.create();
    byte[] answers = new byte[responses.size()];
    int[] rows = new int[responses.size()];
    for (int i = 0; i < responses.size(); i++) {
      answers[i] = (byte) responses.get(i).score();
      rows[i] = columnar.indexOf(responses.get(i).segment());
      byRow.add(byRow.indexOf(responses.get(i).segment()), responses.get(i).score());
    }
    // In two runs, so that the second meets rows that already hold answers.
    columnar.addAll(answers, rows, 0, 200);
    columnar.addAll(answers, rows, 200, answers.length);
    assertHolds(expected, columnar);
    assertHolds(expected, byRow);

    Segmented merged = kind.create();
    for (int from = 0; from < responses.size(); from += 150) {
      Segmented part = kind.create();
      part.addAll(responses.subList(from, Math.min(responses.size(), from + 150)));
      merged.addAll(part);
    }
    assertHolds(expected, merged);

    Segmented ofResults = kind.create();
    expected.forEach((segment, row) ->
        ofResults.addResult(segment, row.stream().mapToLong(Long::longValue).toArray()));
    assertHolds(expected, ofResults);

    assertEquals(expected, kind.bySegment(responses));
    List<Long> overall = new ArrayList<>();
    for (int column = 0; column < kind.columns(); column++) {
      long count = 0;
      for (List<Long> row : expected.values()) {
        count += row.get(column);
      }
      overall.add(count);
    }
    assertEquals(overall, bulk.overall());
  }

  /** A small case counted by hand: EU gets the lowest answer twice, US_PRO the highest once. */
  @ParameterizedTest
  @MethodSource("kinds")
  void aHandCountedTable(Kind kind) {
    Segmented accumulator = kind.create();
    accumulator.add(EU, kind.lowest);
    accumulator.add(Response.of(kind.highest, US_PRO));
    accumulator.add(EU, kind.lowest);
    Map<Segment, List<Long>> expected = new LinkedHashMap<>();
    expected.put(EU, boxed(counts(kind, kind.lowest, 2)));
    expected.put(US_PRO, boxed(counts(kind, kind.highest, 1)));
    assertHolds(expected, accumulator);
    assertEquals(2, accumulator.total(EU));
    assertEquals(0, accumulator.total(APAC));
    assertEquals(2, accumulator.segmentCount());
    assertEquals(boxed(new long[kind.columns()]), accumulator.get(APAC));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void mergingIsAssociativeAndCommutativeWithTheEmptyAccumulatorAsIdentity(Kind kind) {
    List<Response> all = responses(kind, 7, 300);
    Function<List<Response>, Segmented> of = list -> {
      Segmented accumulator = kind.create();
      accumulator.addAll(list);
      return accumulator;
    };
    List<Response> a = all.subList(0, 100);
    List<Response> b = all.subList(100, 180);
    List<Response> c = all.subList(180, 300);

    Segmented left = of.apply(a);
    Segmented ab = of.apply(b);
    left.addAll(ab);
    left.addAll(of.apply(c));
    Segmented bc = of.apply(b);
    bc.addAll(of.apply(c));
    Segmented right = of.apply(a);
    right.addAll(bc);
    assertHolds(model(kind, all), left);
    assertHolds(left.snapshot(), right);
    assertHolds(model(kind, b), ab);

    Segmented ba = of.apply(b);
    ba.addAll(of.apply(a));
    Segmented abOnly = of.apply(a);
    abOnly.addAll(of.apply(b));
    // Equal rows; the order of segments is each merge's own first-seen order.
    assertEquals(abOnly.snapshot(), ba.snapshot());

    Segmented withEmpty = of.apply(a);
    withEmpty.addAll(kind.create());
    assertHolds(model(kind, a), withEmpty);
    Segmented intoEmpty = kind.create();
    intoEmpty.addAll(of.apply(a));
    assertHolds(model(kind, a), intoEmpty);

    Segmented self = of.apply(a);
    self.addAll(self);
    Map<Segment, List<Long>> doubled = model(kind, a);
    doubled.replaceAll((segment, row) -> row.stream().map(n -> 2 * n).collect(toList()));
    assertHolds(doubled, self);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aNullSegmentIsRejectedAndRegistersNothing(Kind kind) {
    Segmented fresh = kind.create();
    assertUnchanged(NullPointerException.class, fresh, () -> fresh.add((Segment) null,
        kind.lowest));
    assertEquals(0, fresh.segmentCount());
    // The next answer goes to its own segment, not to a row left behind by the null one.
    fresh.add(EU, kind.highest);
    assertHolds(Map.of(EU, boxed(counts(kind, kind.highest, 1))), fresh);
    assertEquals(List.of(EU), new ArrayList<>(fresh.snapshot().keySet()));
    assertEquals(1, sum(fresh.overall()));

    Segmented accumulator = kind.create();
    accumulator.indexOf(EU);
    assertUnchanged(NullPointerException.class, accumulator,
        () -> accumulator.add((Segment) null, kind.lowest));
    assertUnchanged(NullPointerException.class, accumulator, () -> accumulator.indexOf(null));
    assertUnchanged(NullPointerException.class, accumulator, () -> accumulator.get(null));
    assertUnchanged(NullPointerException.class, accumulator,
        () -> accumulator.addResult(null, counts(kind, kind.lowest, 1)));
    assertUnchanged(NullPointerException.class, accumulator,
        () -> accumulator.add((Response) null));
    assertEquals(0, accumulator.total(EU));
  }

  /** The bug of a list whose null came third: two answers and two segments were kept. */
  @ParameterizedTest
  @MethodSource("kinds")
  void aListHoldingANullAddsNothing(Kind kind) {
    Segmented accumulator = kind.create();
    List<Response> responses = Arrays.asList(
        Response.of(kind.lowest, EU), Response.of(kind.highest, US_PRO), null,
        Response.of(kind.lowest, APAC));
    NullPointerException e = assertUnchanged(NullPointerException.class, accumulator,
        () -> accumulator.addAll(responses));
    assertEquals("response at position 2 is null", e.getMessage());
    assertEquals(0, accumulator.segmentCount());

    accumulator.add(US_FREE, kind.lowest);
    assertUnchanged(NullPointerException.class, accumulator, () -> accumulator.addAll(responses));
    assertUnchanged(NullPointerException.class, accumulator, () -> accumulator.addAll(
        (Iterable<Response>) null));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aListWithAnAnswerOffTheScaleAddsNothing(Kind kind) {
    int off = kind.offScale();
    assumeTrue(off >= 0, "every answer 0 to 10 is on this scale");
    Segmented accumulator = kind.create();
    accumulator.add(EU, kind.lowest);
    List<Response> responses = List.of(Response.of(kind.lowest, US_PRO), Response.of(off, APAC));
    IllegalArgumentException e = assertUnchanged(IllegalArgumentException.class, accumulator,
        () -> accumulator.addAll(responses));
    assertEquals("answer at position 1 must be in [" + kind.lowest + ", " + kind.highest
        + "] for scale " + kind.lowest + "-" + kind.highest + ", was " + off, e.getMessage());
    assertUnchanged(IllegalArgumentException.class, accumulator,
        () -> accumulator.add(APAC, off));
    assertUnchanged(IllegalArgumentException.class, accumulator,
        () -> accumulator.add(Response.of(off, APAC)));
  }

  /**
   * The bug of an overflowing list: with EU at the largest {@code long} less one, the list EU, US,
   * US, US, EU threw at its last answer but kept EU at the maximum and three answers of US.
   */
  @ParameterizedTest
  @MethodSource("kinds")
  void aListThatOverflowsASegmentAddsNothing(Kind kind) {
    Segmented accumulator = kind.create();
    accumulator.addResult(EU, counts(kind, kind.highest, Long.MAX_VALUE - 1));
    List<Response> responses = List.of(Response.of(kind.lowest, EU),
        Response.of(kind.lowest, US_PRO), Response.of(kind.lowest, US_PRO),
        Response.of(kind.highest, US_PRO), Response.of(kind.lowest, EU));
    assertUnchanged(ArithmeticException.class, accumulator, () -> accumulator.addAll(responses));
    assertEquals(Long.MAX_VALUE - 1, accumulator.total(EU));
    assertEquals(1, accumulator.segmentCount());
    // One more answer still fits; the list would have needed two.
    accumulator.addAll(responses.subList(0, 4));
    assertEquals(Long.MAX_VALUE, accumulator.total(EU));
    assertEquals(3, accumulator.total(US_PRO));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void anIteratorThatFailsAddsNothing(Kind kind) {
    Segmented accumulator = kind.create();
    accumulator.add(EU, kind.lowest);
    Iterable<Response> failing = () -> new Iterator<>() {
      int served;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Response next() {
        if (served == 3) {
          throw new IllegalStateException("source failed");
        }
        served++;
        return Response.of(kind.highest, served == 2 ? APAC : EU);
      }
    };
    assertUnchanged(IllegalStateException.class, accumulator, () -> accumulator.addAll(failing));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aColumnarRunThatFailsAddsNothing(Kind kind) {
    Segmented accumulator = kind.create();
    int eu = accumulator.indexOf(EU);
    int us = accumulator.indexOf(US_PRO);
    accumulator.add(eu, kind.lowest);
    byte[] answers = new byte[100];
    int[] rows = new int[100];
    for (int i = 0; i < answers.length; i++) {
      answers[i] = (byte) kind.answer(i);
      rows[i] = i % 2 == 0 ? eu : us;
    }
    answers[70] = 11;
    IllegalArgumentException e = assertUnchanged(IllegalArgumentException.class, accumulator,
        () -> accumulator.addAll(answers, rows, 0, 100));
    assertTrue(e.getMessage().contains(" at index 70 must be in ["), e.getMessage());
    assertTrue(e.getMessage().endsWith(", was 11"), e.getMessage());
    answers[70] = (byte) kind.lowest;
    rows[90] = 2;
    e = assertUnchanged(IllegalArgumentException.class, accumulator,
        () -> accumulator.addAll(answers, rows, 0, 100));
    assertEquals("segment row at index 90 must be in [0, 2), was 2", e.getMessage());
    rows[90] = eu;
    int off = kind.offScale();
    if (off >= 0) {
      // An answer off the scale before an invalid byte: the first one is named.
      answers[30] = (byte) off;
      answers[80] = -1;
      e = assertUnchanged(IllegalArgumentException.class, accumulator,
          () -> accumulator.addAll(answers, rows, 0, 100));
      assertEquals("answer at index 30 must be in [" + kind.lowest + ", " + kind.highest
          + "] for scale " + kind.lowest + "-" + kind.highest + ", was " + off, e.getMessage());
      answers[80] = (byte) kind.lowest;
      assertUnchanged(IllegalArgumentException.class, accumulator,
          () -> accumulator.addAll(answers, rows, 0, 100));
      answers[30] = (byte) kind.lowest;
    }
    assertUnchanged(IndexOutOfBoundsException.class, accumulator,
        () -> accumulator.addAll(answers, rows, 0, 101));
    accumulator.addResult(US_PRO, counts(kind, kind.highest, Long.MAX_VALUE - 10));
    assertUnchanged(ArithmeticException.class, accumulator,
        () -> accumulator.addAll(answers, rows, 0, 100));
    // Within the headroom the same rows are added, and the totals follow.
    accumulator.addAll(answers, rows, 0, 20);
    assertEquals(Long.MAX_VALUE, accumulator.total(US_PRO));
    assertEquals(11, accumulator.total(EU));
    assertEquals(sum(accumulator.get(EU)), accumulator.total(EU));
  }

  /** The bug of a merge that overflowed: the other's new segments had been registered. */
  @ParameterizedTest
  @MethodSource("kinds")
  void aMergeThatOverflowsAddsNothingAndRegistersNoSegment(Kind kind) {
    Segmented accumulator = kind.create();
    accumulator.addResult(EU, counts(kind, kind.lowest, Long.MAX_VALUE));
    Segmented other = kind.create();
    other.add(US_PRO, kind.lowest);
    other.add(APAC, kind.highest);
    other.add(EU, kind.highest);
    assertUnchanged(ArithmeticException.class, accumulator, () -> accumulator.addAll(other));
    assertEquals(1, accumulator.segmentCount());
    assertUnchanged(ArithmeticException.class, accumulator, () -> accumulator.addAll(accumulator));
    Map<Segment, List<Long>> otherRows = new LinkedHashMap<>();
    otherRows.put(US_PRO, boxed(counts(kind, kind.lowest, 1)));
    otherRows.put(APAC, boxed(counts(kind, kind.highest, 1)));
    otherRows.put(EU, boxed(counts(kind, kind.highest, 1)));
    assertHolds(otherRows, other);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void singleAdditionsThatFailAddNothing(Kind kind) {
    Segmented accumulator = kind.create();
    accumulator.addResult(EU, counts(kind, kind.lowest, Long.MAX_VALUE));
    assertUnchanged(ArithmeticException.class, accumulator,
        () -> accumulator.add(EU, kind.lowest));
    assertUnchanged(ArithmeticException.class, accumulator,
        () -> accumulator.add(Response.of(kind.highest, EU)));
    assertUnchanged(ArithmeticException.class, accumulator, () -> accumulator.add(0, kind.lowest));
    assertUnchanged(ArithmeticException.class, accumulator,
        () -> accumulator.addResult(EU, counts(kind, kind.highest, 1)));
    assertUnchanged(IndexOutOfBoundsException.class, accumulator,
        () -> accumulator.add(1, kind.lowest));
    assertUnchanged(IllegalArgumentException.class, accumulator,
        () -> accumulator.add(US_PRO, 11));
    assertUnchanged(IllegalArgumentException.class, accumulator,
        () -> accumulator.add(0, -1));
    accumulator.add(US_PRO, kind.lowest);
    assertThrows(ArithmeticException.class, accumulator::overall);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void rollUpSumsRowsInFirstSeenOrder(Kind kind) {
    Segmented accumulator = kind.create();
    accumulator.add(US_PRO, kind.lowest);
    accumulator.add(EU, kind.highest);
    accumulator.add(US_FREE, kind.highest);
    accumulator.add(APAC, kind.lowest);
    accumulator.add(US_PRO, kind.highest);
    Map<Segment, List<Long>> before = accumulator.snapshot();

    Map<Segment, List<Long>> byRegion = new LinkedHashMap<>();
    long[] us = counts(kind, kind.lowest, 1);
    us[kind.highest - kind.lowest] += 2;
    byRegion.put(Segment.of("region", "US"), boxed(us));
    byRegion.put(EU, boxed(counts(kind, kind.highest, 1)));
    byRegion.put(Segment.of("region", "APAC"), boxed(counts(kind, kind.lowest, 1)));
    Segmented rolled = accumulator.rollUp("region");
    assertHolds(byRegion, rolled);
    assertEquals(3, rolled.total(Segment.of("region", "US")));

    // EU has no plan: it pools into ALL; the pro rows into plan=pro.
    Map<Segment, List<Long>> byPlan = new LinkedHashMap<>();
    long[] pro = counts(kind, kind.lowest, 2);
    pro[kind.highest - kind.lowest] += 1;
    byPlan.put(Segment.of("plan", "pro"), boxed(pro));
    byPlan.put(Segment.ALL, boxed(counts(kind, kind.highest, 1)));
    byPlan.put(Segment.of("plan", "free"), boxed(counts(kind, kind.highest, 1)));
    assertHolds(byPlan, accumulator.rollUp("plan"));

    Segmented all = accumulator.rollUp();
    assertHolds(Map.of(Segment.ALL, accumulator.overall()), all);
    assertEquals(5, all.total(Segment.ALL));
    // Rolling up a roll-up, and merging one, keep the totals.
    Segmented again = rolled.rollUp();
    again.addAll(all);
    assertEquals(10, again.total(Segment.ALL));
    assertHolds(before, accumulator);

    Segmented empty = kind.create();
    assertThrows(IllegalArgumentException.class, () -> empty.rollUp(" "));
    assertThrows(IllegalArgumentException.class, () -> empty.rollUp("region", "region"));
    assertThrows(NullPointerException.class, () -> empty.rollUp((String) null));
    assertThrows(IllegalArgumentException.class, () -> accumulator.rollUp("plan", "plan"));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aRollUpThatOverflowsThrowsAndLeavesTheSourceAlone(Kind kind) {
    Segmented accumulator = kind.create();
    accumulator.addResult(US_PRO, counts(kind, kind.lowest, Long.MAX_VALUE - 1));
    accumulator.addResult(US_FREE, counts(kind, kind.lowest, 2));
    assertUnchanged(ArithmeticException.class, accumulator, () -> accumulator.rollUp("region"));
    assertEquals(2, accumulator.rollUp("plan").segmentCount());
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void registeredSegmentsWithoutAnswersAreListedEmpty(Kind kind) {
    Segmented accumulator = kind.create();
    assertEquals(0, accumulator.indexOf(APAC));
    assertEquals(1, accumulator.indexOf(EU));
    assertEquals(0, accumulator.indexOf(Segment.of("region", "APAC").and("plan", "pro")));
    Map<Segment, List<Long>> expected = new LinkedHashMap<>();
    expected.put(APAC, boxed(new long[kind.columns()]));
    expected.put(EU, boxed(new long[kind.columns()]));
    assertHolds(expected, accumulator);
    assertNotEquals(-1, accumulator.indexOf(US_PRO));
    assertThrows(IndexOutOfBoundsException.class, () -> accumulator.segment(3));
  }
}
