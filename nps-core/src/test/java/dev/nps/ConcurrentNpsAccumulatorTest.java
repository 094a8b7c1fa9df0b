package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentNpsAccumulatorTest {

  private static byte[] answers(long seed, int length) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] scores = new byte[length];
    for (int i = 0; i < length; i++) {
      scores[i] = (byte) random.nextInt(11);
    }
    return scores;
  }

  @Test
  void isEmptyAtFirst() {
    ConcurrentNpsAccumulator accumulator = new ConcurrentNpsAccumulator();
    assertEquals(0, accumulator.total());
    assertEquals(Nps.empty(), accumulator.snapshot());
  }

  @Test
  void singleThreadedItEqualsAnNpsAccumulator() {
    qt().forAll(longs().all(), integers().between(0, 3_000), integers().between(0, 100))
        .checkAssert((seed, length, cut) -> {
          byte[] scores = answers(seed, length);
          int split = length * cut / 100;
          ConcurrentNpsAccumulator concurrent = new ConcurrentNpsAccumulator();
          NpsAccumulator plain = new NpsAccumulator();
          for (int i = 0; i < split; i++) {
            concurrent.add(scores[i]);
            plain.add(Response.of(scores[i]));
          }
          concurrent.addAll(scores, split, length);
          plain.addAll(scores, split, length);
          assertEquals(plain.snapshot(), concurrent.snapshot());
          assertEquals((long) length, concurrent.total());
        });
  }

  @Test
  void answersFromManyThreadsAreAllCountedExactly() throws Exception {
    int threads = 8;
    int perThread = 200_000;
    byte[] scores = answers(42, threads * perThread);
    ConcurrentNpsAccumulator accumulator = new ConcurrentNpsAccumulator();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int from = t * perThread;
        tasks.add(pool.submit(() -> {
          start.await();
          for (int i = from; i < from + perThread / 2; i++) {
            accumulator.add(Response.of(scores[i]));
          }
          accumulator.addAll(scores, from + perThread / 2, from + perThread);
          return null;
        }));
      }
      start.countDown();
      // Snapshots taken while threads add are some part of the answers, never more.
      for (int i = 0; i < 20; i++) {
        long seen = accumulator.snapshot().total();
        assertTrue(seen >= 0 && seen <= scores.length, "snapshot total " + seen);
      }
      for (Future<?> task : tasks) {
        task.get(1, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    NpsAccumulator expected = new NpsAccumulator();
    expected.addAll(scores);
    assertEquals(expected.snapshot(), accumulator.snapshot());
    assertEquals(scores.length, accumulator.total());
  }

  @Test
  void countsOfEndedThreadsAreKept() throws InterruptedException {
    ConcurrentNpsAccumulator accumulator = new ConcurrentNpsAccumulator();
    Thread worker = new Thread(() -> accumulator.add(10));
    worker.start();
    worker.join();
    accumulator.add(0);
    assertEquals(Nps.ofAnswers(10, 0), accumulator.snapshot());
  }

  @Test
  void tablesOfEndedThreadsAreReleasedAndTheirCountsKept() throws InterruptedException {
    ConcurrentNpsAccumulator accumulator = new ConcurrentNpsAccumulator();
    for (int i = 0; i < 2000; i++) {
      int score = i % 11;
      Thread worker = new Thread(() -> accumulator.add(score));
      worker.start();
      worker.join();
    }
    // Each new thread sweeps once the held tables reach max(16, twice the last live count): with
    // one thread alive at a time, never more than 16 tables are held.
    assertTrue(accumulator.threadTables() <= 16, () -> accumulator.threadTables() + " tables");
    // 2000 = 11 * 181 + 9: scores 0..8 were added 182 times, 9 and 10 181 times.
    long[] expected = new long[11];
    java.util.Arrays.fill(expected, 182);
    expected[9] = 181;
    expected[10] = 181;
    assertEquals(Nps.ofHistogram(expected), accumulator.snapshot());
    assertEquals(0, accumulator.threadTables());
    assertEquals(2000, accumulator.total());
    accumulator.add(9);
    assertEquals(1, accumulator.threadTables());
    assertEquals(2001, accumulator.total());
  }

  @Test
  void invalidAnswersAreRejectedAndNothingIsAdded() {
    ConcurrentNpsAccumulator accumulator = new ConcurrentNpsAccumulator();
    accumulator.add(7);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> accumulator.add(11));
    assertEquals("score must be in [0, 10], was 11", e.getMessage());
    byte[] scores = answers(7, 100);
    scores[77] = -3;
    e = assertThrows(IllegalArgumentException.class, () -> accumulator.addAll(scores, 0, 100));
    assertEquals("score at index 77 must be in [0, 10], was -3", e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> accumulator.addAll(scores, 50, 101));
    assertThrows(NullPointerException.class, () -> accumulator.add((Response) null));
    assertEquals(Nps.ofAnswers(7), accumulator.snapshot());
    assertEquals("ConcurrentNpsAccumulator[score=0.00, total=1, detractors=0, passives=1,"
        + " promoters=0]", accumulator.toString());
  }
}
