package dev.nps.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.nps.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SegmentIndexTest {

  /** A multiplier of 0 sends every segment to bucket 0, so the bucket becomes a tree. */
  private static final long ONE_BUCKET = 0;

  /** Checks every pool segment's row, the size and every row's segment against a plain list. */
  private static void assertMatches(List<Segment> model, SegmentIndex index, List<Segment> pool) {
    assertEquals(model.size(), index.size());
    for (int row = 0; row < model.size(); row++) {
      assertSame(model.get(row), index.segment(row));
    }
    for (Segment segment : pool) {
      assertEquals(model.indexOf(segment), index.find(segment), segment.toString());
    }
  }

  /**
   * Random additions, lookups and truncations, against a list searched from the front; with the
   * process's multiplier, with one bucket for all (a tree past 8 rows), and with a multiplier of 2
   * (the top bits of 2 * hash: two buckets at most).
   */
  @Test
  void behavesAsAListOfDistinctSegments() {
    qt().forAll(longs().all(), integers().between(1, 400), integers().between(0, 2))
        .checkAssert((seed, operations, kind) -> {
          SplittableRandom random = new SplittableRandom(seed);
          List<Segment> pool = new ArrayList<>();
          for (int i = 0; i < 60; i++) {
            // Equal copies of pool segments are looked up too, so identity is not enough.
            pool.add(Segment.of("id", Integer.toString(i)).and("k", "v" + i % 3));
          }
          SegmentIndex index = kind == 0 ? new SegmentIndex()
              : new SegmentIndex(kind == 1 ? ONE_BUCKET : 2);
          List<Segment> model = new ArrayList<>();
          for (int op = 0; op < operations; op++) {
            int choice = random.nextInt(10);
            Segment segment = pool.get(random.nextInt(pool.size()));
            if (choice < 7) {
              if (model.indexOf(segment) < 0) {
                assertEquals(model.size(), index.add(segment));
                model.add(segment);
              }
            } else if (choice < 9) {
              Segment copy = Segment.of("id", segment.value("id").get())
                  .and("k", segment.value("k").get());
              assertEquals(model.indexOf(segment), index.find(copy));
            } else {
              int newSize = random.nextInt(model.size() + 1);
              index.truncate(newSize);
              model.subList(newSize, model.size()).clear();
            }
          }
          assertMatches(model, index, pool);
        });
  }

  @Test
  void aBucketPastEightEntriesBecomesATree() {
    SegmentIndex index = new SegmentIndex(ONE_BUCKET);
    List<Segment> model = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      Segment segment = Segment.of("id", Integer.toString(i));
      index.add(segment);
      model.add(segment);
      assertEquals(i < SegmentIndex.TREEIFY ? 0 : 1, index.treeCount(), "after " + (i + 1));
    }
    assertMatches(model, index, model);
    assertEquals(-1, index.find(Segment.of("id", "1000")));
    index.truncate(3);
    assertMatches(model.subList(0, 3), index, model);
    // Emptied, the tree is gone; the bucket chains again.
    index.truncate(0);
    assertEquals(0, index.treeCount());
    index.add(model.get(5));
    assertEquals(0, index.find(model.get(5)));
  }

  /**
   * Finds two segments {@code id=i} with the same 32-bit hash code by the birthday bound: among
   * 2<sup>18</sup> of them, about 2<sup>36</sup> / 2<sup>33</sup> = 8 pairs are expected. The hash
   * code is fixed, so the search always finds the same pair.
   */
  private static Segment[] sameHashCode() {
    Map<Integer, Segment> byCode = new HashMap<>();
    for (int i = 0; i < 1 << 18; i++) {
      Segment segment = Segment.of("id", Integer.toString(i));
      Segment earlier = byCode.putIfAbsent(segment.hashCode(), segment);
      if (earlier != null) {
        return new Segment[] {earlier, segment};
      }
    }
    throw new AssertionError("no two of 2^18 segments share a hash code");
  }

  @Test
  void segmentsWithOneHashCodeAreToldApartByContent() {
    Segment[] pair = sameHashCode();
    assertEquals(pair[0].hashCode(), pair[1].hashCode());
    assertNotEquals(pair[0], pair[1]);
    for (SegmentIndex index : new SegmentIndex[] {
        new SegmentIndex(), new SegmentIndex(ONE_BUCKET)}) {
      List<Segment> model = new ArrayList<>();
      model.add(pair[0]);
      index.add(pair[0]);
      for (int i = 0; i < 20; i++) {
        Segment other = Segment.of("other", Integer.toString(i));
        model.add(other);
        index.add(other);
      }
      assertEquals(-1, index.find(pair[1]));
      model.add(pair[1]);
      index.add(pair[1]);
      assertMatches(model, index, model);
      index.truncate(model.size() - 1);
      assertEquals(-1, index.find(pair[1]));
      assertEquals(0, index.find(pair[0]));
    }
  }

  @Test
  void rowsOutsideTheIndexAreRejected() {
    SegmentIndex index = new SegmentIndex();
    index.add(Segment.ALL);
    assertNotNull(index.segment(0));
    assertThrows(IndexOutOfBoundsException.class, () -> index.segment(1));
    assertThrows(IndexOutOfBoundsException.class, () -> index.segment(-1));
  }
}
