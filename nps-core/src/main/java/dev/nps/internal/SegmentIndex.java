package dev.nps.internal;

import dev.nps.Segment;
import dev.nps.SegmentedNpsAccumulator;

/**
 * The row number of each segment of a {@link SegmentedNpsAccumulator}: an open-addressing hash
 * table with linear probing over two parallel arrays, keys and row numbers.
 *
 * <p>A lookup reads the segment's cached hash code, one key slot (compared by identity first,
 * since answers of one segment usually share its instance) and one {@code int}: no entry objects
 * and no boxed row numbers, so the per-answer lookup of the object path stays within a few cache
 * lines. The table is at most a quarter full, so that most lookups probe a single slot and the
 * probe loop's branch is rarely mispredicted. Not thread-safe.
 */
public final class SegmentIndex {
  private Segment[] keys = new Segment[32];
  private int[] rows = new int[32];
  private int size;

  /**
   * Returns the row number of a segment, or -1 if it has none.
   *
   * @param segment a non-null segment
   */
  public int get(Segment segment) {
    Segment[] keys = this.keys;
    int mask = keys.length - 1;
    for (int slot = segment.hashCode() & mask; ; slot = (slot + 1) & mask) {
      Segment key = keys[slot];
      if (key == segment) {
        return rows[slot];
      }
      if (key == null) {
        return -1;
      }
      if (key.equals(segment)) {
        return rows[slot];
      }
    }
  }

  /**
   * Gives a segment that has no row number yet its row number.
   *
   * @param segment a non-null segment not in this index
   * @param row its row number
   */
  public void put(Segment segment, int row) {
    if (4 * (size + 1) > keys.length) {
      grow();
    }
    insert(keys, rows, segment, row);
    size++;
  }

  private static void insert(Segment[] keys, int[] rows, Segment segment, int row) {
    int mask = keys.length - 1;
    int slot = segment.hashCode() & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = segment;
    rows[slot] = row;
  }

  private void grow() {
    Segment[] newKeys = new Segment[keys.length * 2];
    int[] newRows = new int[keys.length * 2];
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] != null) {
        insert(newKeys, newRows, keys[slot], rows[slot]);
      }
    }
    keys = newKeys;
    rows = newRows;
  }
}
