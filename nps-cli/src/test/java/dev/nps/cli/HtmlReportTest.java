package dev.nps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nps report --format html}: the page's content, its escaping and its golden bytes. */
class HtmlReportTest {
  @TempDir Path dir;

  private String fixture(String... args) throws IOException {
    Path input = HtmlPage.write(dir, "fixture.csv", HtmlPage.FIXTURE);
    String[] all = new String[args.length + 1];
    all[0] = input.toString();
    System.arraycopy(args, 0, all, 1, args.length);
    return HtmlPage.report(dir, all);
  }

  /** The page with the temporary directory and the version replaced, for the golden file. */
  private String normalised(String html) {
    return html.replace(dir.toString(), "DIR").replace("nps " + VersionProvider.VERSION + " ",
        "nps VERSION ");
  }

  @Test
  void matchesTheGoldenPage() throws IOException {
    String html = normalised(fixture("--by", "region", "--period", "month"));
    Path update = Path.of("src/test/resources/dev/nps/cli/report-golden.html");
    if (Boolean.getBoolean("nps.golden.update")) {
      Files.writeString(update, html, StandardCharsets.UTF_8);
    }
    String golden;
    try (InputStream in = getClass().getResourceAsStream("report-golden.html")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(golden, html, "regenerate with -Dnps.golden.update=true after a wanted change,"
        + " and look at the page");
  }

  @Test
  void writesTheSameBytesForTheSameInput() throws IOException {
    assertEquals(fixture("--by", "region", "--period", "month"),
        fixture("--by", "region", "--period", "month"));
  }

  @Test
  void showsTheFixturesNumbers() throws IOException {
    String html = fixture("--by", "region", "--period", "month");
    // 12 answers: detractors 0 3 6 5 (4), passives 7 8 (2), promoters 9 10 10 9 10 9 (6):
    // NPS = 100 (6 - 4) / 12 = 16.7.
    assertTrue(html.contains("<div class=\"score\">NPS 16.7</div>"), html);
    List<Map<String, String>> bars = HtmlPage.marks(html, "rect", "bar ");
    assertEquals(11, bars.size());
    long[] expected = {1, 0, 0, 1, 0, 1, 1, 1, 1, 3, 3};
    for (int score = 0; score <= 10; score++) {
      assertEquals(Integer.toString(score), bars.get(score).get("data-value"));
      assertEquals(Long.toString(expected[score]), bars.get(score).get("data-count"));
      String category = score <= 6 ? "detractor" : score <= 8 ? "passive" : "promoter";
      assertEquals("bar " + category, bars.get(score).get("class"));
    }
    List<Map<String, String>> parts = HtmlPage.marks(html, "rect", "part ");
    assertEquals(List.of("4", "2", "6"), List.of(parts.get(0).get("data-count"),
        parts.get(1).get("data-count"), parts.get(2).get("data-count")));
    // 4 / 12 = 33.3%, 2 / 12 = 16.7%, 6 / 12 = 50.0%
    assertEquals(List.of("33.3", "16.7", "50.0"), List.of(parts.get(0).get("data-pct"),
        parts.get(1).get("data-pct"), parts.get(2).get("data-pct")));
    // January 0 3 7 9: 100 (1 - 2) / 4 = -25; February 10 6 8 10: 100 (2 - 1) / 4 = 25;
    // March 9 10 5 9: 100 (3 - 1) / 4 = 50.
    List<Map<String, String>> periods = HtmlPage.marks(html, "g", "period");
    assertEquals(3, periods.size());
    assertEquals(List.of("-25.0", "25.0", "50.0"), List.of(periods.get(0).get("data-value"),
        periods.get(1).get("data-value"), periods.get(2).get("data-value")));
    // EU 0 9 8 10: 25; US 3 10 10 5: 0; APAC 7 6 9 9: 25; highest first, ties by label.
    List<Map<String, String>> segments = HtmlPage.marks(html, "g", "seg");
    assertEquals(List.of("APAC", "EU", "US"), List.of(segments.get(0).get("data-label"),
        segments.get(1).get("data-label"), segments.get(2).get("data-label")));
    assertEquals("0.0", segments.get(2).get("data-value"));
    assertTrue(html.contains("Written by nps " + VersionProvider.VERSION + " from "));
    assertTrue(html.contains("intervals adjusted Wald; confidence level 95%"), html);
    assertTrue(html.contains("p-values holm-adjusted, flagged at 0.05"), html);
  }

  @Test
  void hasNoScriptNoAddressAndAPolicyThatForbidsRequests() throws IOException {
    String html = fixture("--by", "region", "--period", "month", "--follow-up");
    assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\""
        + "default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"));
    assertFalse(Pattern.compile("(?i)<script|https?:|//[a-z]|\\b(src|href)=|url\\(|@import")
        .matcher(html).find(), html);
  }

  @Test
  void showsTheFollowUpListsOnlyWithFollowUp() throws IOException {
    String without = fixture("--by", "region");
    assertNull(HtmlPage.table(without, "detractors"));
    assertFalse(without.contains("Slow"));
    String with = fixture("--follow-up");
    List<Map<String, String>> detractors = HtmlPage.table(with, "detractors");
    // detractors 0 (r01), 3 (r02), 5 (r11), 6 (r06), lowest first
    assertEquals(4, detractors.size(), with);
    assertEquals("0", detractors.get(0).get("score"));
    assertNull(HtmlPage.table(with, "segments"));
    assertNull(HtmlPage.table(with, "trend"));
    assertFalse(with.contains("<svg id=\"trend\""));
  }

  @Test
  void escapesTextFromTheInput() throws IOException {
    Path input = HtmlPage.write(dir, "a<b>&'\".csv", "score,region",
        "9,<script>alert(1)</script>", "3,\"A&B \"\"q\"\"\"", "10,<img src=x onerror=alert(2)>");
    String html = HtmlPage.report(dir, input.toString(), "--by", "region");
    assertFalse(html.contains("<script>"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("a<b>"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(html.contains("data-label=\"A&amp;B &quot;q&quot;\""), html);
    assertTrue(html.contains("a&lt;b&gt;&amp;&#39;&quot;.csv"), html);
  }

  @Test
  void saysSoWhenNoRowCanBeUsed() throws IOException {
    Path input = HtmlPage.write(dir, "empty.csv", "score,region,answered_at");
    Path output = dir.resolve("empty.html");
    int code = Main.run(new String[] {"report", input.toString(), "--by", "region", "--period",
        "month", "--format", "html", "-o", output.toString()},
        new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(new java.io.StringWriter()));
    assertEquals(ReportCommand.NO_ROWS, code);
    String html = Files.readString(output, StandardCharsets.UTF_8);
    assertTrue(html.contains("<div class=\"score\">NPS undefined</div>"), html);
    assertFalse(html.contains("<svg"), html);
    assertTrue(html.contains("No dated answers: no trend."), html);
  }

  @Test
  void drawsCsatOnItsScale() throws IOException {
    Path input = HtmlPage.write(dir, "csat.csv", "answered_at,score,region",
        "2026-01-05T10:00:00Z,1,EU", "2026-01-06T10:00:00Z,4,US", "2026-02-02T10:00:00Z,5,EU",
        "2026-02-03T10:00:00Z,5,US", "2026-02-04T10:00:00Z,3,EU");
    String html = HtmlPage.report(dir, input.toString(), "--metric", "csat", "--by", "region",
        "--period", "month");
    assertTrue(html.contains("<title>CSAT report: "));
    // 3 of 5 answers satisfied (4, 5, 5): CSAT 60.0%
    assertTrue(html.contains("<div class=\"score\">CSAT 60.0%</div>"), html);
    List<Map<String, String>> bars = HtmlPage.marks(html, "rect", "bar ");
    assertEquals(5, bars.size());
    assertEquals(List.of("bar unsat", "bar unsat", "bar unsat", "bar sat", "bar sat"),
        List.of(bars.get(0).get("class"), bars.get(1).get("class"), bars.get(2).get("class"),
            bars.get(3).get("class"), bars.get(4).get("class")));
    assertEquals("2", bars.get(4).get("data-count"));
    // January 1 4: 50%; February 5 5 3: 66.7%
    List<Map<String, String>> periods = HtmlPage.marks(html, "g", "period");
    assertEquals(List.of("50.0", "66.7"), List.of(periods.get(0).get("data-value"),
        periods.get(1).get("data-value")));
    assertTrue(html.contains("intervals share: Wilson, mean: Student t"), html);
  }
}
