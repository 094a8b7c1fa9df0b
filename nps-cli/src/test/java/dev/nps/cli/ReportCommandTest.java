package dev.nps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Nps;
import dev.nps.Response;
import dev.nps.Segment;
import dev.nps.WeightedNps;
import dev.nps.csat.Csat;
import dev.nps.csat.CsatScale;
import dev.nps.csat.CsatTrend;
import dev.nps.jackson.NpsModule;
import dev.nps.program.Granularity;
import dev.nps.program.PeriodScheme;
import dev.nps.program.SurveyPeriod;
import dev.nps.program.Trend;
import dev.nps.stats.Interval;
import dev.nps.stats.Rate;
import dev.nps.stats.SegmentComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** End-to-end runs of {@code nps report} through {@link Main#run}, on small files. */
class ReportCommandTest {
  @TempDir Path dir;

  /** What one run printed, and its exit code. */
  static final class Result {
    final int exitCode;
    final String out;
    final String err;

    Result(int exitCode, String out, String err) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(exitCode, out.toString(), err.toString());
  }

  private Path file(String name, String... lines) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return path;
  }

  /** Six answers: 0 and 6 detractors, 7 and 8 passives, 9 and 10 promoters: NPS 0. */
  private Path sixAnswers() throws IOException {
    return file("six.csv",
        "respondent,answered_at,score,region,comment",
        "a,2026-01-05T10:00:00Z,10,EU,Great",
        "b,2026-01-06T10:00:00Z,0,US,",
        "c,2026-03-07T10:00:00Z,7,EU,",
        "d,2026-03-08T10:00:00Z,9,US,",
        "e,2026-03-09T10:00:00Z,6,EU,\"Slow, and rude\"",
        "f,2026-03-10T10:00:00Z,8,US,");
  }

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new NpsModule()).build();

  private static Response answer(int score, String day) {
    return Response.builder().score(score).answeredAt(Instant.parse(day + "T10:00:00Z")).build();
  }

  private static JsonNode json(Result result) {
    return JsonMapper.builder().build().readTree(result.out);
  }

  @Test
  void overallReportGivesCountsScoreAndInterval() throws IOException {
    Result result = run("report", sixAnswers().toString(), "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    // The section is nps-jackson's document of the result.
    JsonNode nps = json(result).get("results").get("nps");
    assertEquals(Nps.ofAnswers(10, 0, 7, 9, 6, 8), MAPPER.treeToValue(nps, Nps.class));
    assertEquals(6, nps.get("total").asInt());
    assertEquals(2, nps.get("detractors").asInt());
    assertEquals(0.0, nps.get("score").asDouble(), 1e-12);
    // Adjusted Wald (Rocks 2016): add 0.75 detractors, 1.5 passives, 0.75 promoters: n = 9,
    // p = d = 2.75 / 9, score 0, V = p + d - 0 = 5.5 / 9, SE = sqrt(V / 9) = 0.26058;
    // 1.959964 * 0.26058 = 0.51073, so the interval is +-51.07 points.
    JsonNode intervals = json(result).get("intervals");
    assertEquals(0.95, intervals.get("level").asDouble());
    JsonNode interval = intervals.get("nps").get(0).get("confidenceInterval");
    assertEquals(-51.07, interval.get("lower").asDouble(), 0.01);
    assertEquals(51.07, interval.get("upper").asDouble(), 0.01);
    Result level = run("report", sixAnswers().toString(), "--format", "json", "--level", "0.5");
    // At 50%: z = 0.674490, 0.674490 * 0.26058 = 0.17576.
    assertEquals(0.5, json(level).get("intervals").get("level").asDouble());
    assertEquals(17.58, json(level).get("intervals").get("nps").get(0)
        .get("confidenceInterval").get("upper").asDouble(), 0.01);
    JsonNode rows = json(result).get("rows").get(0);
    assertEquals(6, rows.get("read").asInt());
    assertEquals(6, rows.get("used").asInt());
    assertEquals(0, rows.get("skipped").asInt());
  }

  @Test
  void textReportIsAlignedAndSaysWhatWasRead() throws IOException {
    Result result = run("report", sixAnswers().toString());
    assertEquals(0, result.exitCode, result.toString());
    List<String> lines = result.out.lines().toList();
    assertEquals("Rows of " + dir.resolve("six.csv"), lines.get(0));
    assertEquals("  read  used  unanswered  skipped  replaced", lines.get(1));
    assertEquals("     6     6           0        0         0", lines.get(2));
    assertTrue(result.out.contains("NPS (95% confidence interval, adjusted Wald)"), result.out);
    assertTrue(result.out.contains("  6           2         2          2"), result.out);
    assertEquals("", result.err);
  }

  @Test
  void bySegmentGivesEachSegmentWithItsComparison() throws IOException {
    Result result = run("report", sixAnswers().toString(), "--by", "region", "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    // The section is nps-jackson's document of the segment comparison.
    JsonNode comparison = json(result).get("results").get("segments");
    SegmentComparison<?> read = MAPPER.treeToValue(comparison, SegmentComparison.class);
    Map<Segment, Nps> expected = new LinkedHashMap<>();
    expected.put(Segment.of("region", "EU"), Nps.ofAnswers(10, 7, 6));
    expected.put(Segment.of("region", "US"), Nps.ofAnswers(0, 9, 8));
    assertEquals(SegmentComparison.of(expected), read);
    assertEquals(0.05, comparison.get("significanceLevel").asDouble());
    JsonNode segments = comparison.get("segments");
    assertEquals(2, segments.size());
    // EU: 10, 7, 6 -> (1 - 1) / 3 = 0; US: 0, 9, 8 -> (1 - 1) / 3 = 0.
    assertEquals("EU", segments.get(0).get("segment").get("region").asString());
    assertEquals(3, segments.get(0).get("nps").get("total").asInt());
    assertEquals(0.0, segments.get(0).get("nps").get("score").asDouble(), 1e-12);
    assertEquals("US", segments.get(1).get("segment").get("region").asString());
    assertEquals(0.0, segments.get(1).get("difference").asDouble(), 1e-12);
    assertFalse(segments.get(0).get("flagged").asBoolean());
    JsonNode intervals = json(result).get("intervals").get("segments");
    assertEquals("EU", intervals.get(0).get("segment").get("region").asString());
    assertTrue(intervals.get(0).get("confidenceInterval").has("lower"));
  }

  @Test
  void aSegmentThatCannotBeComparedIsNotedWithTheLibrarysReason() throws IOException {
    Path one = file("one.csv", "score,region", "10,EU", "0,EU");
    Result result = run("report", one.toString(), "--by", "region");
    assertEquals(0, result.exitCode, result.toString());
    assertTrue(result.out.contains("  1 segment with answers cannot be compared with the rest"
        + " (region=EU): the rest has no answers"), result.out);
    Path two = file("two.csv", "score,region", "10,EU", "9,US", "10,US");
    Result same = run("report", two.toString(), "--by", "region");
    assertTrue(same.out.contains("  2 segments with answers cannot be compared with the rest,"
        + " such as region=EU: every answer of the segment and the rest is in one category"),
        same.out);
    Path fine = file("fine.csv", "score,region", "10,EU", "0,US", "8,US");
    assertFalse(run("report", fine.toString(), "--by", "region").out.contains("cannot be"));
  }

  @Test
  void trendListsEmptyMonths() throws IOException {
    Result result = run("report", sixAnswers().toString(), "--period", "month", "--format",
        "json");
    assertEquals(0, result.exitCode, result.toString());
    // The section is nps-jackson's document of the trend.
    JsonNode document = json(result).get("results").get("trend");
    assertEquals(Trend.of(List.of(answer(10, "2026-01-05"), answer(0, "2026-01-06"),
            answer(7, "2026-03-07"), answer(9, "2026-03-08"), answer(6, "2026-03-09"),
            answer(8, "2026-03-10")), PeriodScheme.calendar(Granularity.MONTH, ZoneOffset.UTC)),
        MAPPER.treeToValue(document, Trend.class));
    JsonNode trend = document.get("points");
    assertEquals(3, trend.size());
    assertEquals("2026-01", trend.get(0).get("period").get("label").asString());
    assertEquals("2026-01-01T00:00:00Z", trend.get(0).get("period").get("start").asString());
    assertEquals(2, trend.get(0).get("nps").get("total").asInt());
    assertEquals(0.0, trend.get(0).get("nps").get("score").asDouble(), 1e-12); // 10 and 0
    assertEquals("2026-02", trend.get(1).get("period").get("label").asString());
    assertEquals(0, trend.get(1).get("nps").get("total").asInt());
    assertFalse(trend.get(1).get("nps").has("score"));
    assertEquals("2026-03", trend.get(2).get("period").get("label").asString());
    assertEquals(4, trend.get(2).get("nps").get("total").asInt());
    // 7, 9, 6, 8: (1 - 1) / 4 = 0; no change shown after an empty month.
    assertFalse(trend.get(2).has("change"));
    // Intervals for the months with answers only.
    JsonNode intervals = json(result).get("intervals").get("trend");
    assertEquals(2, intervals.size());
    assertEquals("2026-03", intervals.get(1).get("period").get("label").asString());
  }

  @Test
  void followUpListsDetractorsAndReviewCandidatesInOrder() throws IOException {
    Result result = run("report", sixAnswers().toString(), "--follow-up", "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    // The lists are nps-jackson's responses, the comment rates its rates.
    JsonNode detractors = json(result).get("results").get("detractors");
    assertEquals("b", detractors.get(0).get("respondentId").asString()); // 0 first
    assertEquals("e", detractors.get(1).get("respondentId").asString()); // then 6
    assertEquals("Slow, and rude", detractors.get(1).get("comment").asString());
    assertEquals(0, MAPPER.treeToValue(detractors.get(0), Response.class).score());
    JsonNode promoters = json(result).get("results").get("review_candidates");
    assertEquals("a", promoters.get(0).get("respondentId").asString()); // 10 before 9
    assertEquals("d", promoters.get(1).get("respondentId").asString());
    JsonNode rates = json(result).get("results").get("comment_rates");
    assertEquals(List.of("detractor", "passive", "promoter"),
        List.copyOf(rates.propertyNames()));
    // Detractors b (no comment) and e ("Slow, and rude"): 1 of 2.
    assertEquals(Rate.of(1, 2), MAPPER.treeToValue(rates.get("detractor"), Rate.class));
    assertEquals(50.0, rates.get("detractor").get("percent").asDouble(), 1e-12);
  }

  @Test
  void csvFormatWritesOneTableWithOneHeader() throws IOException {
    Result result = run("report", sixAnswers().toString(), "--format", "csv");
    assertEquals(0, result.exitCode, result.toString());
    List<String> lines = result.out.lines().toList();
    // The nps table by default: header, one row; text cells quoted, numbers not.
    assertEquals(2, lines.size(), result.out);
    assertEquals("\"n\",\"detractors\",\"passives\",\"promoters\",\"detractor_pct\","
        + "\"passive_pct\",\"promoter_pct\",\"nps\",\"ci_low\",\"ci_high\"", lines.get(0));
    assertTrue(lines.get(1).startsWith("6,2,2,2,"), lines.get(1));
    Result rows = run("report", sixAnswers().toString(), "--format", "csv", "--table", "rows");
    assertEquals(List.of("\"read\",\"used\",\"unanswered\",\"skipped\",\"replaced\"",
        "6,6,0,0,0"), rows.out.lines().toList());
  }

  @Test
  void jsonLinesGiveTheSameReportAsCsv() throws IOException {
    Path jsonl = file("six.jsonl",
        "{\"respondent\":\"a\",\"answered_at\":\"2026-01-05T10:00:00Z\",\"score\":10,\"region\":\"EU\"}",
        "{\"respondent\":\"b\",\"answered_at\":\"2026-01-06T10:00:00Z\",\"score\":0,\"region\":\"US\"}",
        "",
        "{\"respondent\":\"c\",\"answered_at\":\"2026-03-07T10:00:00Z\",\"score\":7,\"region\":\"EU\"}",
        "{\"respondent\":\"d\",\"answered_at\":\"2026-03-08T10:00:00Z\",\"score\":9,\"region\":\"US\"}",
        "{\"respondent\":\"e\",\"answered_at\":\"2026-03-09T10:00:00Z\",\"score\":\"6\",\"region\":\"EU\"}",
        "{\"respondent\":\"f\",\"answered_at\":\"2026-03-10T10:00:00Z\",\"score\":8,\"region\":\"US\"}");
    JsonNode fromJsonl = json(run("report", jsonl.toString(), "--by", "region", "--period",
        "month", "--format", "json"));
    JsonNode fromCsv = json(run("report", sixAnswers().toString(), "--by", "region", "--period",
        "month", "--format", "json"));
    assertEquals(fromCsv.get("nps"), fromJsonl.get("nps"));
    assertEquals(fromCsv.get("segments"), fromJsonl.get("segments"));
    assertEquals(fromCsv.get("trend"), fromJsonl.get("trend"));
  }

  @Test
  void weightsGiveAWeightedSection() throws IOException {
    Path weighted = file("weighted.csv",
        "score,weight",
        "10,3",
        "0,1",
        "8,");
    Result result = run("report", weighted.toString(), "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    JsonNode section = json(result).get("results").get("weighted_nps");
    // Weights 3, 1 and 1 (missing counts as 1): (3 - 1) / 5 = 40 points.
    assertEquals(40.0, section.get("score").asDouble(), 1e-9);
    assertEquals(3, section.get("total").asInt());
    // n / design effect. R = 0.4; residuals 0.6 (promoter), -1.4 (detractor), -0.4 (passive);
    // sum w r^2 = 3 * 0.36 + 1.96 + 0.16 = 3.2, sum w^2 r^2 = 9 * 0.36 + 1.96 + 0.16 = 5.36;
    // deff = 3 * 5.36 / (5 * 3.2) = 1.005 (svymean's deff = "replace"), n_eff = 3 / 1.005.
    // Kish's (3 + 1 + 1)^2 / (9 + 1 + 1) = 25 / 11 would ignore that the heavy weight sits on an
    // answer far from the mean.
    assertEquals(3 / 1.005, section.get("effectiveSampleSize").asDouble(), 1e-9);
    assertEquals("[\"1 rows without a weight count with weight 1\"]",
        json(result).get("notes").get("weighted_nps").toString());
  }

  // Bad input: every case names the file, the line and the value, and sets the exit code.

  private Path badScore() throws IOException {
    return file("bad.csv",
        "score,region",
        "9,EU",
        "11,EU",
        "x,US",
        "0,US");
  }

  @Test
  void strictStopsAtTheFirstBadRowWithFileLineAndValue() throws IOException {
    Path bad = badScore();
    Result result = run("report", bad.toString());
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains(bad + ":3: score must be in [0, 10], was 11"), result.err);
    assertTrue(result.err.contains("read 2 rows: 1 used, 0 unanswered, 0 skipped before stopping"),
        result.err);
    assertEquals("", result.out);
    assertEquals(2, run("report", bad.toString(), "--strict").exitCode);
  }

  @Test
  void lenientSkipsBadRowsAndSaysHowManyAndWhy() throws IOException {
    Path bad = badScore();
    Result result = run("report", bad.toString(), "--lenient", "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    JsonNode report = json(result);
    assertEquals(4, report.get("rows").get(0).get("read").asInt());
    assertEquals(2, report.get("rows").get(0).get("used").asInt());
    assertEquals(2, report.get("rows").get(0).get("skipped").asInt());
    JsonNode skipped = report.get("skipped");
    assertEquals("score out of range", skipped.get(0).get("reason").asString());
    assertEquals(3, skipped.get(0).get("first_line").asInt());
    assertEquals("score must be in [0, 10], was 11",
        skipped.get(0).get("first_problem").asString());
    assertEquals("score not an integer", skipped.get(1).get("reason").asString());
    assertEquals("score 'x' is not an integer (map labels to values with --map LABEL=VALUE)",
        skipped.get(1).get("first_problem").asString());
    assertEquals(bad.toString(), skipped.get(1).get("first_file").asString());
    assertEquals(2, report.get("results").get("nps").get("total").asInt());
    assertTrue(result.err.contains("read 4 rows: 2 used, 0 unanswered, 2 skipped"), result.err);
  }

  @Test
  void missingColumnIsNamedWithTheHeader() throws IOException {
    Path file = file("columns.csv", "rating,region", "9,EU");
    Result result = run("report", file.toString());
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains(file + ": missing column 'score', the score column"
        + " (--score-column); the header has [rating, region]"), result.err);
    Result renamed = run("report", file.toString(), "--score-column", "rating");
    assertEquals(0, renamed.exitCode, renamed.toString());
    Result segment = run("report", file.toString(), "--score-column", "rating", "--by", "plan");
    assertEquals(2, segment.exitCode);
    assertTrue(segment.err.contains("missing column 'plan', a segment column (--by)"),
        segment.err);
  }

  @Test
  void malformedDateIsNamedWithItsLine() throws IOException {
    Path file = file("dates.csv",
        "score,answered_at",
        "9,2026-01-05",
        "7,05/01/2026");
    Result result = run("report", file.toString(), "--period", "month");
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains(file + ":3: answered_at '05/01/2026' is not a date or date-time"
        + " in a common form"), result.err);
    assertTrue(result.err.contains("--time-format"), result.err);
    Path undated = file("undated.csv", "score,answered_at", "9,2026-01-05", "7,");
    result = run("report", undated.toString(), "--period", "month");
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains(undated + ":3: answered_at is missing; --period needs it"),
        result.err);
  }

  @Test
  void emptyFileIsRejected() throws IOException {
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "");
    Result result = run("report", empty.toString());
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains(empty + ": the file is empty"), result.err);
  }

  @Test
  void headerWithoutRowsReportsAnUndefinedScoreAndExitsWithItsOwnCode() throws IOException {
    Result result = run("report", file("header.csv", "score").toString());
    assertEquals(3, result.exitCode, result.toString());
    assertTrue(result.out.contains("no responses: NPS is undefined"), result.out);
    assertTrue(result.err.contains("no row could be used: read 0 rows"), result.err);
  }

  @Test
  void missingFileIsRejected() {
    Path missing = dir.resolve("nope.csv");
    Result result = run("report", missing.toString());
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains(missing + ": no such file"), result.err);
  }

  @Test
  void badUsageIsRejected() throws IOException {
    String file = sixAnswers().toString();
    Result period = run("report", file, "--period", "fortnight");
    assertEquals(2, period.exitCode);
    assertTrue(period.err.contains(
        "--period must be day, week, month, quarter or year, was 'fortnight'"), period.err);
    Result both = run("report", file, "--strict", "--lenient");
    assertEquals(2, both.exitCode);
    assertTrue(both.err.contains("--strict and --lenient exclude each other"), both.err);
    Result level = run("report", file, "--level", "1.5");
    assertEquals(2, level.exitCode);
    assertTrue(level.err.contains("--level must be in (0, 1), was 1.5"), level.err);
    // The library's own check, so NaN is named as every interval of the library names it.
    Result nan = run("report", file, "--level", "NaN");
    assertEquals(2, nan.exitCode);
    assertTrue(nan.err.contains("--level must be in (0, 1), was NaN"), nan.err);
    assertEquals(2, run("report", file, "--no-such-option").exitCode);
    Result dedupe = run("report", file, "--latest-per-respondent");
    assertEquals(2, dedupe.exitCode);
    assertTrue(dedupe.err.contains("--latest-per-respondent needs --period"), dedupe.err);
  }

  @Test
  void latestPerRespondentCountsARepeatedAnswerOnce() throws IOException {
    Path file = file("repeat.csv",
        "respondent,answered_at,score",
        "a,2026-01-05T10:00:00Z,0",
        "a,2026-01-20T10:00:00Z,10",
        "b,2026-01-07T10:00:00Z,9",
        "a,2026-02-01T10:00:00Z,7");
    Result result = run("report", file.toString(), "--period", "month",
        "--latest-per-respondent", "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    JsonNode report = json(result);
    assertEquals(3, report.get("rows").get(0).get("used").asInt());
    assertEquals(1, report.get("rows").get(0).get("replaced").asInt());
    // Kept: a's 10 in January, b's 9, a's 7 in February: (2 - 0) / 3.
    assertEquals(200.0 / 3, report.get("results").get("nps").get("score").asDouble(), 1e-9);
  }

  @Test
  void helpListsTheOptions() {
    Result result = run("report", "--help");
    assertEquals(0, result.exitCode);
    for (String option : List.of("--by", "--period", "--follow-up", "--metric", "--scale",
        "--format", "--strict", "--lenient")) {
      assertTrue(result.out.contains(option), option);
    }
  }

  @Test
  void everySectionOfTheJsonReportIsALibraryDocument() throws IOException {
    Path weighted = file("all.csv",
        "respondent,answered_at,score,region,comment,weight",
        "a,2026-01-05T10:00:00Z,10,EU,Great,2",
        "b,2026-01-06T10:00:00Z,0,US,,1",
        "c,2026-03-07T10:00:00Z,7,EU,,",
        "d,2026-03-08T10:00:00Z,9,US,,1.5");
    JsonNode report = json(run("report", weighted.toString(), "--by", "region", "--period",
        "month", "--follow-up", "--format", "json"));
    Map<String, Class<?>> sections = new LinkedHashMap<>();
    sections.put("nps", Nps.class);
    sections.put("weighted_nps", WeightedNps.class);
    sections.put("segments", SegmentComparison.class);
    sections.put("trend", Trend.class);
    List<String> names = new ArrayList<>(sections.keySet());
    names.addAll(List.of("detractors", "review_candidates", "comment_rates"));
    // Every table is there as rows, and its library result under "results".
    List<String> tables = new ArrayList<>(names);
    tables.addAll(List.of("rows", "meta", "results", "intervals", "notes", "aggregates"));
    assertEquals(new TreeSet<>(tables), new TreeSet<>(List.copyOf(report.propertyNames())));
    JsonNode results = report.get("results");
    assertEquals(new TreeSet<>(names), new TreeSet<>(List.copyOf(results.propertyNames())));
    sections.forEach((name, type) -> MAPPER.treeToValue(results.get(name), type));
    for (String list : List.of("detractors", "review_candidates")) {
      for (JsonNode response : results.get(list)) {
        MAPPER.treeToValue(response, Response.class);
      }
    }
    for (JsonNode rate : results.get("comment_rates")) {
      MAPPER.treeToValue(rate, Rate.class);
    }
    JsonNode intervals = report.get("intervals");
    for (String section : List.of("nps", "weighted_nps", "segments", "trend")) {
      for (JsonNode entry : intervals.get(section)) {
        MAPPER.treeToValue(entry.get("confidenceInterval"), Interval.class);
        if (entry.has("segment")) {
          MAPPER.treeToValue(entry.get("segment"), Segment.class);
        }
        if (entry.has("period")) {
          MAPPER.treeToValue(entry.get("period"), SurveyPeriod.class);
        }
      }
    }

    Path csat = file("csat.csv", "score,complexity,answered_at", "5,simple,2026-01-03",
        "5,complex,2026-01-04", "4,simple,2026-02-01", "3,complex,2026-02-02");
    JsonNode csatReport = json(run("report", csat.toString(), "--metric", "csat", "--by",
        "complexity", "--period", "month", "--format", "json"));
    assertEquals(new TreeSet<>(List.of("rows", "meta", "csat", "segments", "trend", "results",
        "intervals", "aggregates")), new TreeSet<>(List.copyOf(csatReport.propertyNames())));
    JsonNode csatResults = csatReport.get("results");
    assertEquals(Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 5, 5, 4, 3),
        MAPPER.treeToValue(csatResults.get("csat"), Csat.class));
    Map<SurveyPeriod, Csat> months = new LinkedHashMap<>();
    PeriodScheme scheme = PeriodScheme.calendar(Granularity.MONTH, ZoneOffset.UTC);
    months.put(scheme.periodOf(Instant.parse("2026-01-01T00:00:00Z")),
        Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 5, 5));
    months.put(scheme.periodOf(Instant.parse("2026-02-01T00:00:00Z")),
        Csat.ofAnswers(CsatScale.ONE_TO_FIVE, 4, 3));
    assertEquals(Trend.of(months, CsatTrend.metric(CsatScale.ONE_TO_FIVE)),
        MAPPER.treeToValue(csatResults.get("trend"), Trend.class));
    MAPPER.treeToValue(csatResults.get("segments"), SegmentComparison.class);
  }

  @Test
  void jsonCarriesMergeableAggregatesInNpsJacksonFormat() throws IOException {
    JsonMapper mapper = JsonMapper.builder().addModule(new NpsModule()).build();
    Path first = file("first.csv", "score,region", "10,EU", "0,US");
    Path second = file("second.csv", "score,region", "9,EU", "7,EU");
    JsonNode a = json(run("report", first.toString(), "--by", "region", "--format", "json"));
    JsonNode b = json(run("report", second.toString(), "--by", "region", "--format", "json"));
    Nps overall = mapper.treeToValue(a.get("aggregates").get("nps"), Nps.class)
        .plus(mapper.treeToValue(b.get("aggregates").get("nps"), Nps.class));
    // Merging the two reports' aggregates gives exactly the result of all four answers.
    assertEquals(Nps.ofAnswers(10, 0, 9, 7), overall);
    Map<Segment, Nps> bySegment = mapper.readValue(
        mapper.writeValueAsString(a.get("aggregates").get("segments")), NpsModule.NPS_BY_SEGMENT);
    assertEquals(Nps.ofAnswers(10), bySegment.get(Segment.of("region", "EU")));
    assertEquals(Nps.ofAnswers(0), bySegment.get(Segment.of("region", "US")));
  }
}
