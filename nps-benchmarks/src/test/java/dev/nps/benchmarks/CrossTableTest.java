package dev.nps.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counts that tools are checked against, and their roll-ups. */
class CrossTableTest {
  // Three cells: EU/pro in two months, NA/free in one.
  private static final List<String> LINES = List.of(
      "EU,pro,2024-01,10,2,5,30",
      "EU,pro,2024-02,4,1,1,0",
      "NA,free,2024-01,6,3,2,12");

  @Test
  void rollsUpOverMonthsAndOverSegments() {
    CrossTable table = CrossTable.parse(LINES);
    assertEquals(3, table.size());
    // 10 + 4 + 6 = 20 answers; 2 + 1 + 3 = 6 detractors; 5 + 1 + 2 = 8 promoters; 30 + 0 + 12.
    assertArrayEquals(new long[] {20, 6, 8, 42}, table.total());
    Map<String, long[]> segments = table.bySegment();
    assertEquals(2, segments.size());
    assertArrayEquals(new long[] {14, 3, 6, 30}, segments.get("EU,pro"));
    assertArrayEquals(new long[] {6, 3, 2, 12}, segments.get("NA,free"));
    Map<String, long[]> months = table.byMonth();
    assertEquals(2, months.size());
    assertArrayEquals(new long[] {16, 5, 7, 42}, months.get("2024-01"));
    assertArrayEquals(new long[] {4, 1, 1, 0}, months.get("2024-02"));
  }

  @Test
  void namesTheFirstCellThatDiffers() {
    CrossTable table = CrossTable.parse(LINES);
    assertNull(table.firstDifference("a", CrossTable.parse(table.lines()), "b"));
    CrossTable other = CrossTable.parse(List.of(LINES.get(0), "EU,pro,2024-02,4,1,2,0",
        LINES.get(2)));
    assertEquals("EU,pro,2024-02: a n=4 detractors=1 promoters=1 comment_chars=0, b n=4"
        + " detractors=1 promoters=2 comment_chars=0", table.firstDifference("a", other, "b"));
    CrossTable missing = CrossTable.parse(LINES.subList(0, 2));
    assertEquals("NA,free,2024-01: a n=6 detractors=3 promoters=2 comment_chars=12, b absent",
        table.firstDifference("a", missing, "b"));
  }

  @Test
  void rejectsMalformedLines() {
    assertThrows(IllegalArgumentException.class,
        () -> CrossTable.parse(List.of("EU,pro,2024-01,10,2,5")));
    assertThrows(IllegalArgumentException.class,
        () -> CrossTable.parse(List.of(LINES.get(0), LINES.get(0))));
    assertThrows(NumberFormatException.class,
        () -> CrossTable.parse(List.of("EU,pro,2024-01,ten,2,5,0")));
  }
}
