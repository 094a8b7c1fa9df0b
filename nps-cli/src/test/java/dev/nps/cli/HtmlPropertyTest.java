package dev.nps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For random inputs, every chart of the HTML page shows the numbers of its table: counts per
 * answer value and category, each period's and segment's n, estimate and interval, the
 * significance marks and flags; and the counts are those of the input, counted here.
 */
class HtmlPropertyTest {
  private static final int EXAMPLES = 25;
  private static final String[] REGIONS = {"EU", "US", "APAC", "LATAM <&>"};

  @TempDir Path dir;
  private int run;

  /** A row: score (or CSAT answer), region index and month (1-4) packed into one int. */
  private String page(List<Integer> rows, String... options) {
    try {
      Path trial = Files.createDirectory(dir.resolve("t" + run++));
      List<String> lines = new ArrayList<>(List.of("answered_at,score,region"));
      for (int row : rows) {
        lines.add(String.format(Locale.ROOT, "2026-%02d-10T10:00:00Z,%d,\"%s\"",
            row / 10000 + 1, row % 100, REGIONS[row / 100 % 100].replace("\"", "\"\"")));
      }
      Path input = HtmlPage.write(trial, "in.csv", lines.toArray(new String[0]));
      List<String> args = new ArrayList<>(List.of(input.toString(), "--by", "region",
          "--period", "month"));
      args.addAll(List.of(options));
      return HtmlPage.report(trial, args.toArray(new String[0]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int pack(int score, int region, int month) {
    return month * 10000 + region * 100 + score;
  }

  @Test
  void npsChartsMatchTheirTablesAndTheInput() {
    qt().withExamples(EXAMPLES).forAll(lists().of(integers().between(0, 10)
        .zip(integers().between(0, 3), integers().between(0, 3), HtmlPropertyTest::pack))
        .ofSizeBetween(1, 60))
        .checkAssert(rows -> {
          String html = page(rows);
          long[] counts = new long[11];
          rows.forEach(row -> counts[row % 100]++);
          checkHistogram(html, counts);
          Map<String, String> nps = HtmlPage.table(html, "nps").get(0);
          List<Map<String, String>> parts = HtmlPage.marks(html, "rect", "part ");
          String[] names = {"detractor", "passive", "promoter"};
          long[] categories = {0, 0, 0};
          for (int score = 0; score <= 10; score++) {
            categories[score <= 6 ? 0 : score <= 8 ? 1 : 2] += counts[score];
          }
          for (int c = 0; c < 3; c++) {
            assertEquals("part " + names[c], parts.get(c).get("class"));
            assertEquals(Long.toString(categories[c]), parts.get(c).get("data-count"));
            assertEquals(nps.get(names[c] + "s"), parts.get(c).get("data-count"));
            assertEquals(nps.get(names[c] + "_pct"), parts.get(c).get("data-pct"));
          }
          checkTrend(html, "nps");
          checkSegments(html, "nps");
        });
  }

  @Test
  void csatChartsMatchTheirTablesAndTheInput() {
    qt().withExamples(EXAMPLES).forAll(lists().of(integers().between(1, 5)
        .zip(integers().between(0, 3), integers().between(0, 3), HtmlPropertyTest::pack))
        .ofSizeBetween(1, 60))
        .checkAssert(rows -> {
          String html = page(rows, "--metric", "csat");
          long[] counts = new long[5];
          rows.forEach(row -> counts[row % 100 - 1]++);
          checkHistogram(html, counts);
          Map<String, String> csat = HtmlPage.table(html, "csat").get(0);
          List<Map<String, String>> parts = HtmlPage.marks(html, "rect", "part ");
          // satisfied on 1-5: 4 and 5
          assertEquals(Long.toString(counts[3] + counts[4]), parts.get(1).get("data-count"));
          assertEquals(csat.get("satisfied"), parts.get(1).get("data-count"));
          assertEquals(csat.get("csat"), parts.get(1).get("data-pct"));
          checkTrend(html, "csat");
          checkSegments(html, "csat");
        });
  }

  /** One bar per value with the input's count, the table's count, and a proportional height. */
  private static void checkHistogram(String html, long[] counts) {
    List<Map<String, String>> bars = HtmlPage.marks(html, "rect", "bar ");
    List<Map<String, String>> table = HtmlPage.table(html, "histogram-table");
    assertEquals(counts.length, bars.size());
    long max = 0;
    for (long count : counts) {
      max = Math.max(max, count);
    }
    for (int i = 0; i < counts.length; i++) {
      assertEquals(Long.toString(counts[i]), bars.get(i).get("data-count"));
      assertEquals(table.get(0).get(bars.get(i).get("data-value")),
          bars.get(i).get("data-count"));
      // the tallest bar is 128 units high (150 - 22); heights are written with two decimals
      double height = Double.parseDouble(bars.get(i).get("height"));
      assertEquals(128.0 * counts[i] / max, height, 0.006);
    }
  }

  private static Map<String, Map<String, String>> byKey(List<Map<String, String>> rows,
      String key) {
    Map<String, Map<String, String>> map = new LinkedHashMap<>();
    rows.forEach(row -> map.put(row.get(key), row));
    return map;
  }

  private static boolean significant(String p) {
    return !p.isEmpty() && (p.startsWith("<") || Double.parseDouble(p) <= 0.05);
  }

  /** One mark per period, with the table's n, estimate, interval and p-value. */
  private static void checkTrend(String html, String score) {
    List<Map<String, String>> table = HtmlPage.table(html, "trend");
    List<Map<String, String>> periods = HtmlPage.marks(html, "g", "period");
    assertEquals(table.size(), periods.size());
    for (int i = 0; i < table.size(); i++) {
      Map<String, String> row = table.get(i);
      Map<String, String> mark = periods.get(i);
      assertEquals(row.get("period"), mark.get("data-label"));
      assertEquals(row.get("n"), mark.get("data-n"));
      assertEquals(row.get(score), mark.getOrDefault("data-value", ""));
      assertEquals(row.get("ci_low"), mark.getOrDefault("data-low", ""));
      assertEquals(row.get("ci_high"), mark.getOrDefault("data-high", ""));
      assertEquals(row.get("p_value"), mark.getOrDefault("data-p", ""));
      if (!row.get("p_value").equals("0.0500")) { // at four decimals the side is unknown
        assertEquals(significant(row.get("p_value")),
            mark.get("class").contains("significant"), mark.toString());
      }
    }
  }

  /** One mark per segment with answers, with the table's numbers and flag, highest first. */
  private static void checkSegments(String html, String score) {
    Map<String, Map<String, String>> table = byKey(HtmlPage.table(html, "segments"), "region");
    List<Map<String, String>> marks = HtmlPage.marks(html, "g", "seg");
    long withAnswers = table.values().stream().filter(row -> !row.get("n").equals("0")).count();
    assertEquals(withAnswers, marks.size());
    double previous = Double.POSITIVE_INFINITY;
    for (Map<String, String> mark : marks) {
      Map<String, String> row = table.get(mark.get("data-label"));
      assertEquals(row.get("n"), mark.get("data-n"));
      assertEquals(row.get(score), mark.get("data-value"));
      assertEquals(row.get("ci_low"), mark.get("data-low"));
      assertEquals(row.get("ci_high"), mark.get("data-high"));
      assertEquals(row.get("differs").equals("*"), mark.get("class").contains("flagged"));
      double value = Double.parseDouble(mark.get("data-value"));
      assertTrue(value <= previous + 0.05, "not sorted: " + marks);
      previous = value;
    }
  }
}
