package dev.nps.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per region, plan and month ({@code n}, detractors, promoters and the characters of the
 * comments), as written by {@link ExportGenerator} and computed by {@link DuckDbReport}, with the
 * roll-ups that {@code nps report --by region,plan --period month} prints, for checking one tool
 * against another.
 *
 * <p>Its text form is one line per cell, {@code region,plan,month,n,detractors,promoters,
 * comment_chars}, sorted; region and plan values hold no comma.
 */
final class CrossTable {
  /** The counts of one key: n, detractors, promoters, comment characters. */
  private final TreeMap<String, long[]> cells;

  private CrossTable(TreeMap<String, long[]> cells) {
    this.cells = cells;
  }

  /**
   * The table of the generator's counts, without empty cells.
   *
   * @param generated the generator's cells
   * @return the table
   */
  static CrossTable of(ExportGenerator.Cell[] generated) {
    TreeMap<String, long[]> cells = new TreeMap<>();
    for (int r = 0; r < ExportGenerator.REGIONS.length; r++) {
      for (int p = 0; p < ExportGenerator.PLANS.length; p++) {
        for (int m = 0; m < ExportGenerator.MONTHS; m++) {
          ExportGenerator.Cell cell = generated[ExportGenerator.cell(r, p, m)];
          if (cell.n > 0) {
            String key = ExportGenerator.REGIONS[r] + "," + ExportGenerator.PLANS[p] + ","
                + ExportGenerator.monthName(m);
            cells.put(key, new long[] {cell.n, cell.detractors, cell.promoters, cell.commentChars});
          }
        }
      }
    }
    return new CrossTable(cells);
  }

  /**
   * Parses the text form.
   *
   * @param lines the lines
   * @return the table
   * @throws IllegalArgumentException if a line is malformed or a key repeats
   */
  static CrossTable parse(List<String> lines) {
    TreeMap<String, long[]> cells = new TreeMap<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split(",", -1);
      if (parts.length != 7) {
        throw new IllegalArgumentException("expected 7 fields, found " + parts.length + ": "
            + line);
      }
      long[] counts = new long[4];
      for (int i = 0; i < 4; i++) {
        counts[i] = Long.parseLong(parts[3 + i]);
      }
      String key = parts[0] + "," + parts[1] + "," + parts[2];
      if (cells.put(key, counts) != null) {
        throw new IllegalArgumentException("key given twice: " + key);
      }
    }
    return new CrossTable(cells);
  }

  /**
   * Returns the text form, sorted by key.
   *
   * @return the lines
   */
  List<String> lines() {
    List<String> lines = new ArrayList<>(cells.size());
    cells.forEach((key, c) -> lines.add(key + "," + c[0] + "," + c[1] + "," + c[2] + "," + c[3]));
    return lines;
  }

  /**
   * The number of cells.
   *
   * @return the number of region, plan and month keys with at least one answer
   */
  int size() {
    return cells.size();
  }

  /**
   * The totals over every cell.
   *
   * @return n, detractors, promoters, comment characters
   */
  long[] total() {
    long[] total = new long[4];
    for (long[] c : cells.values()) {
      add(total, c);
    }
    return total;
  }

  /**
   * Sums over months.
   *
   * @return counts per {@code region,plan}
   */
  Map<String, long[]> bySegment() {
    Map<String, long[]> rolled = new TreeMap<>();
    cells.forEach((key, c) -> add(
        rolled.computeIfAbsent(key.substring(0, key.lastIndexOf(',')), k -> new long[4]), c));
    return rolled;
  }

  /**
   * Sums over regions and plans.
   *
   * @return counts per month {@code yyyy-MM}
   */
  Map<String, long[]> byMonth() {
    Map<String, long[]> rolled = new TreeMap<>();
    cells.forEach((key, c) -> add(
        rolled.computeIfAbsent(key.substring(key.lastIndexOf(',') + 1), k -> new long[4]), c));
    return rolled;
  }

  private static void add(long[] sum, long[] counts) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] = Math.addExact(sum[i], counts[i]);
    }
  }

  /**
   * Describes the first difference from another table, or returns null when they are equal.
   *
   * @param mineName what this table holds, for the description
   * @param other the other table
   * @param otherName what the other table holds
   * @return the first key whose counts differ, with both counts, or null
   */
  String firstDifference(String mineName, CrossTable other, String otherName) {
    TreeMap<String, long[]> keys = new TreeMap<>(cells);
    keys.putAll(other.cells);
    for (String key : keys.keySet()) {
      long[] mine = cells.get(key);
      long[] theirs = other.cells.get(key);
      if (mine == null || theirs == null || !Arrays.equals(mine, theirs)) {
        return key + ": " + mineName + " " + format(mine) + ", " + otherName + " "
            + format(theirs);
      }
    }
    return null;
  }

  private static String format(long[] counts) {
    return counts == null ? "absent"
        : "n=" + counts[0] + " detractors=" + counts[1] + " promoters=" + counts[2]
            + " comment_chars=" + counts[3];
  }
}
