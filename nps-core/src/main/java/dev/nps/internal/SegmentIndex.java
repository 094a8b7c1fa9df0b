package dev.nps.internal;

import dev.nps.Segment;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The row numbers of segments: segments numbered 0, 1, 2, ... in the order they are added, and a
 * hash table from segment to row number that input built to collide cannot make quadratic.
 *
 * <p>Segment values come from untrusted files. Three layers keep lookups fast whatever they hold:
 *
 * <ol>
 *   <li>{@link Segment#hashCode()} is SipHash of the segment's content, not the polynomial of
 *       {@link String#hashCode()}: the thousands of values that share one {@code String} hash
 *       code, or its low bits, are ordinary values to it.
 *   <li>The bucket is the top bits of the hash code times an odd 64-bit multiplier drawn once per
 *       process from {@link SecureRandom} (multiply-shift hashing, M. Dietzfelbinger et al., "A
 *       reliable randomized algorithm for the closest-pair problem", J. Algorithms 25, 1997, which
 *       is universal: two different hash codes share a bucket with probability at most 2 /
 *       buckets, whatever they are). So only segments that share all 32 bits of their hash code
 *       can be made to share a bucket, and finding each such segment costs about 2<sup>32</sup>
 *       trials.
 *   <li>A bucket that still grows past {@value #TREEIFY} entries becomes an ordered tree (by hash
 *       code, then by {@link Segment#compareTo(Segment)}), as {@link java.util.HashMap} does with
 *       comparable keys: a lookup then costs a logarithmic number of comparisons, never a walk
 *       over the whole bucket.
 * </ol>
 *
 * <p>Buckets are chained through per-row arrays (no entry objects, no boxed row numbers). There
 * are at least four buckets per row, and each bucket also holds its first segment, so that most
 * lookups read one bucket, compare one reference (answers of a segment usually share its
 * instance) and are done. A chain lists its rows newest first, so the rows added since a given
 * size can be removed again, in reverse, from the heads of their chains: {@link #truncate(int)}
 * is how a failed bulk addition leaves the index as it was. Not thread-safe.
 */
public final class SegmentIndex {
  /** Entries in a bucket beyond which it becomes a tree. */
  static final int TREEIFY = 8;

  /** The marker, in {@link #heads}, of a bucket that is a tree. */
  private static final int TREE = -1;

  /** The order of a tree bucket's segments. */
  private static final Comparator<Segment> TREE_ORDER =
      Comparator.comparingInt(Segment::hashCode).thenComparing(Comparator.naturalOrder());

  /** The per-process multiplier: random and odd. */
  private static final long PROCESS_MULTIPLIER = new SecureRandom().nextLong() | 1;

  private final long multiplier;
  private Segment[] keys = new Segment[16];
  private int[] hashes = new int[16];

  /** Per row: 1 + the next row in its bucket's chain, or 0 at the chain's end. */
  private int[] next = new int[16];

  /** Per bucket: 1 + the chain's first row, 0 for an empty bucket, or {@link #TREE}. */
  private int[] heads = new int[64];

  /**
   * Per bucket: the segment of the chain's first row, or null. Read together with {@link #heads},
   * it lets the usual lookup (the first entry, the same instance) finish without a dependent load.
   */
  private Segment[] firsts = new Segment[64];

  /** The trees of the buckets marked {@link #TREE}; null until a bucket first becomes one. */
  private TreeMap<Segment, Integer>[] trees;

  /** 64 minus the number of bits of a bucket number. */
  private int shift = 64 - 6;

  private int size;

  /** Creates an empty index. */
  public SegmentIndex() {
    this(PROCESS_MULTIPLIER);
  }

  /**
   * Creates an empty index whose buckets come from the given multiplier; tests use an even one
   * (0 puts every segment in one bucket).
   */
  SegmentIndex(long multiplier) {
    this.multiplier = multiplier;
  }

  /** Returns the number of segments, which are rows 0 to {@code size() - 1}. */
  public int size() {
    return size;
  }

  /**
   * Returns the segment of a row.
   *
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public Segment segment(int row) {
    Objects.checkIndex(row, size);
    return keys[row];
  }

  private int bucket(int hash) {
    return (int) (((hash & 0xFFFF_FFFFL) * multiplier) >>> shift);
  }

  /**
   * Returns the row of a segment, or -1 if it has none.
   *
   * @param segment a non-null segment
   */
  public int find(Segment segment) {
    int hash = segment.hashCode();
    int bucket = bucket(hash);
    int entry = heads[bucket];
    if (firsts[bucket] == segment) {
      return entry - 1;
    }
    if (entry == TREE) {
      Integer row = trees[bucket].get(segment);
      return row == null ? -1 : row;
    }
    Segment[] keys = this.keys;
    while (entry != 0) {
      int row = entry - 1;
      Segment key = keys[row];
      if (key == segment || (hashes[row] == hash && key.equals(segment))) {
        return row;
      }
      entry = next[row];
    }
    return -1;
  }

  /**
   * Adds a segment that has no row yet, as row {@link #size()}.
   *
   * @param segment a non-null segment not in this index
   * @return its row
   */
  public int add(Segment segment) {
    int row = size;
    if (row == keys.length) {
      int capacity = 2 * keys.length;
      keys = Arrays.copyOf(keys, capacity);
      hashes = Arrays.copyOf(hashes, capacity);
      next = Arrays.copyOf(next, capacity);
    }
    keys[row] = segment;
    hashes[row] = segment.hashCode();
    size++;
    if (4 * size > heads.length) {
      rebuild(2 * heads.length);
    } else {
      link(row);
    }
    return row;
  }

  /** Puts a row at the head of its bucket's chain, or into its bucket's tree. */
  private void link(int row) {
    int bucket = bucket(hashes[row]);
    int head = heads[bucket];
    if (head == TREE) {
      trees[bucket].put(keys[row], row);
      return;
    }
    next[row] = head;
    heads[bucket] = row + 1;
    firsts[bucket] = keys[row];
    int length = 0;
    for (int entry = row + 1; entry != 0; entry = next[entry - 1]) {
      length++;
    }
    if (length > TREEIFY) {
      treeify(bucket);
    }
  }

  @SuppressWarnings("unchecked")
  private void treeify(int bucket) {
    if (trees == null) {
      trees = (TreeMap<Segment, Integer>[]) new TreeMap<?, ?>[heads.length];
    }
    TreeMap<Segment, Integer> tree = new TreeMap<>(TREE_ORDER);
    for (int entry = heads[bucket]; entry != 0; entry = next[entry - 1]) {
      tree.put(keys[entry - 1], entry - 1);
    }
    trees[bucket] = tree;
    heads[bucket] = TREE;
    firsts[bucket] = null;
  }

  /** Rehashes every row into a table of the given number of buckets, oldest row first. */
  private void rebuild(int buckets) {
    heads = new int[buckets];
    firsts = new Segment[buckets];
    trees = null;
    shift = 64 - Integer.numberOfTrailingZeros(buckets);
    for (int row = 0; row < size; row++) {
      link(row);
    }
  }

  /**
   * Removes the newest rows, so that {@code newSize} rows remain: the index is then as it was when
   * it had that many, as far as {@link #find}, {@link #segment} and {@link #size} can tell.
   *
   * @param newSize a size from 0 to {@link #size()}
   */
  public void truncate(int newSize) {
    for (int row = size - 1; row >= newSize; row--) {
      int bucket = bucket(hashes[row]);
      if (heads[bucket] == TREE) {
        TreeMap<Segment, Integer> tree = trees[bucket];
        tree.remove(keys[row]);
        if (tree.isEmpty()) {
          trees[bucket] = null;
          heads[bucket] = 0;
        }
      } else {
        // Chains list rows newest first, and every newer row is gone already.
        int head = next[row];
        heads[bucket] = head;
        firsts[bucket] = head == 0 ? null : keys[head - 1];
      }
      keys[row] = null;
    }
    size = Math.min(size, newSize);
  }

  /** Returns the number of buckets that are trees, for tests. */
  int treeCount() {
    int count = 0;
    for (int head : heads) {
      count += head == TREE ? 1 : 0;
    }
    return count;
  }
}
