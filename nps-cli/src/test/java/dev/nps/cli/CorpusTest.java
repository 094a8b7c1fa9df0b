package dev.nps.cli;

import static dev.nps.cli.PresetSampleTest.column;
import static dev.nps.cli.PresetSampleTest.json;
import static dev.nps.cli.ReportCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.cli.ReportCommandTest.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The export-shaped files in {@code src/test/resources/corpus}, each with its numbers counted by
 * hand in the comment of its test.
 */
class CorpusTest {
  private static final Path CORPUS = Path.of("src", "test", "resources", "corpus");

  @TempDir Path dir;

  private static String corpus(String name) {
    return CORPUS.resolve(name).toString();
  }

  /** Runs with bytes on standard input. */
  static Result runWithStdin(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintWriter(out),
        new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * excel-de-windows1252.csv: German Excel, ";"-separated, decimal commas, dotted dates, in
   * Windows-1252 ("Süd" is the byte 0xFC). Scores 9, 3, 10, 7, 6: promoters 2, passive 1,
   * detractors 2: NPS 0. Weights 1.5, 0.5, 1, 2, 1: promoters 2.5 of 6, detractors 1.5: weighted
   * NPS 100 / 6; Kish effective n = 6^2 / (2.25 + 0.25 + 1 + 4 + 1) = 36 / 8.5.
   */
  @Test
  void germanExcelInWindows1252() {
    Result utf8 = run("report", corpus("excel-de-windows1252.csv"), "--by", "region");
    assertEquals(2, utf8.exitCode, utf8.toString());
    assertTrue(utf8.err.contains("excel-de-windows1252.csv:2: column 'region' has bytes that"
        + " are not valid UTF-8"), utf8.err);
    assertTrue(utf8.err.contains("--encoding windows-1252"), utf8.err);

    JsonNode report = json(run("report", corpus("excel-de-windows1252.csv"), "--encoding",
        "windows-1252", "--by", "region", "--period", "month", "--format", "json"));
    JsonNode nps = report.get("nps").get(0);
    assertEquals(5, nps.get("n").asInt());
    assertEquals(0.0, nps.get("nps").asDouble(), 1e-12);
    JsonNode weighted = report.get("weighted_nps").get(0);
    assertEquals(100.0 / 6, weighted.get("nps").asDouble(), 1e-9);
    // n / design effect (svymean's deff = "replace"): R = 1/6, residuals 5/6, -7/6, 5/6, -1/6,
    // -7/6 for weights 1.5, 0.5, 1, 2, 1; sum w r^2 = 138/36, sum w^2 r^2 = 146.5/36; deff =
    // n sum w^2 r^2 / (W sum w r^2) = 5 * 146.5 / (6 * 138), so n_eff = 6 * 138 / 146.5.
    assertEquals(6 * 138 / 146.5, weighted.get("effective_n").asDouble(), 1e-9);
    // Nord: 3, 6 -> -100; Süd: 9, 10 -> 100; Österreich: 7 -> 0.
    assertEquals(List.of("Nord", "Süd", "Österreich"), column(report.get("segments"), "region"));
    assertEquals(-100.0, report.get("segments").get(0).get("nps").asDouble(), 1e-12);
    // 01.05.2024 .. 03.05.2024 in May (9, 3, 10 -> 100 / 3); June 7, 6 -> -50.
    assertEquals(List.of("2024-05", "2024-06"), column(report.get("trend"), "period"));
    assertEquals(100.0 / 3, report.get("trend").get(0).get("nps").asDouble(), 1e-12);
    assertTrue(report.get("notes").get("rows").toString().contains(";-separated"));
  }

  /**
   * export-gzip.csv.gz: scores 10, 9, 2, 8: promoters 2, passive 1, detractor 1: NPS 25.
   * Gzip is recognised by its first two bytes, whatever the name, and on standard input.
   */
  @Test
  void gzipByMagicBytesUnderAnyNameAndOnStandardInput() throws IOException {
    JsonNode named = json(run("report", corpus("export-gzip.csv.gz"), "--format", "json"));
    assertEquals(25.0, named.get("nps").get(0).get("nps").asDouble(), 1e-12);
    assertTrue(named.get("meta").get("files").get(0).get("gzip").asBoolean());
    Path renamed = dir.resolve("export.csv");
    Files.copy(CORPUS.resolve("export-gzip.csv.gz"), renamed);
    JsonNode plainName = json(run("report", renamed.toString(), "--format", "json"));
    assertEquals(named.get("nps"), plainName.get("nps"));
    byte[] bytes = Files.readAllBytes(CORPUS.resolve("export-gzip.csv.gz"));
    JsonNode stdin = json(runWithStdin(bytes, "report", "-", "--by", "region", "--format",
        "json"));
    assertEquals(named.get("nps"), stdin.get("nps"));
    assertEquals("<stdin>", stdin.get("meta").get("files").get(0).get("name").asString());
    // EU: 10, 9 -> 100; US: 2, 8 -> -50.
    assertEquals(100.0, stdin.get("segments").get(0).get("nps").asDouble(), 1e-12);
  }

  /**
   * wave-1.csv and wave-2.csv: other column orders and case of names, the second with a byte
   * order mark and CRLF. All answers: 10, 6, 9 | 3, 8, 10, 0: promoters 3, passive 1, detractors
   * 3: NPS 0. EU: 10, 6, 8, 0 -> (1 - 2) / 4 = -25; US: 9, 3, 10 -> (2 - 1) / 3.
   */
  @Test
  void severalFilesAreReportedTogether() {
    Result result = run("report", corpus("wave-1.csv"), corpus("wave-2.csv"), "--by", "region",
        "--period", "month", "--follow-up", "--format", "json");
    JsonNode report = json(result);
    JsonNode nps = report.get("nps").get(0);
    assertEquals(7, nps.get("n").asInt());
    assertEquals(3, nps.get("promoters").asInt());
    assertEquals(3, nps.get("detractors").asInt());
    assertEquals(-25.0, report.get("segments").get(0).get("nps").asDouble(), 1e-12);
    assertEquals(100.0 / 3, report.get("segments").get(1).get("nps").asDouble(), 1e-12);
    // January (wave 1): 10, 6, 9 -> 100 / 3; February (wave 2): 3, 8, 10, 0 -> -25.
    assertEquals(-25.0, report.get("trend").get(1).get("nps").asDouble(), 1e-12);
    // r1 answered 10, then 0; r3 9, then 3: their latest answers make them detractors, listed
    // once: r1 (0), r3 (3), r2 (6); r5 (10) is the only promoter.
    assertEquals(List.of("r1", "r3", "r2"), column(report.get("detractors"), "respondent"));
    assertEquals(List.of("r5"), column(report.get("review_candidates"), "respondent"));
    JsonNode files = report.get("meta").get("files");
    assertEquals(3, files.get(0).get("rows").asInt());
    assertEquals(4, files.get(1).get("rows").asInt());
  }

  @Test
  void everyMessageNamesItsFile() throws IOException {
    Path bad = dir.resolve("wave-3.csv");
    Files.writeString(bad, "score,region\n9,EU\n12,US\n");
    Result result = run("report", corpus("wave-1.csv"), bad.toString(), "--by", "region");
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains(bad + ":3: score must be in [0, 10], was 12"), result.err);
    assertTrue(result.err.contains("read 5 rows: 4 used"), result.err);
  }

  /**
   * blank-answers.csv: 6 rows; b blank, c spaces, d "N/A". With --not-rated N/A three rows are
   * unanswered (a row count of their own, not errors) and 10, 0, 7 remain: NPS 0.
   */
  @Test
  void blankAndNotRatedAnswersAreUnansweredInEveryFormat() {
    Result strict = run("report", corpus("blank-answers.csv"));
    assertEquals(2, strict.exitCode, strict.toString());
    assertTrue(strict.err.contains("blank-answers.csv:5: score 'N/A' is not an integer"),
        strict.err);
    JsonNode report = json(run("report", corpus("blank-answers.csv"), "--not-rated", "N/A",
        "--format", "json"));
    JsonNode rows = report.get("rows").get(0);
    assertEquals(6, rows.get("read").asInt());
    assertEquals(3, rows.get("used").asInt());
    assertEquals(3, rows.get("unanswered").asInt());
    assertEquals(0, rows.get("skipped").asInt());
    assertEquals(0.0, report.get("nps").get(0).get("nps").asDouble(), 1e-12);
    Result text = run("report", corpus("blank-answers.csv"), "--not-rated", "n/a");
    assertEquals(0, text.exitCode, text.toString());
    assertTrue(text.out.contains("     6     3           3        0         0"), text.out);
    Result csv = run("report", corpus("blank-answers.csv"), "--not-rated", "N/A", "--format",
        "csv", "--table", "rows");
    assertEquals(List.of("\"read\",\"used\",\"unanswered\",\"skipped\",\"replaced\"",
        "6,3,3,0,0"), csv.out.lines().toList());
    Result lenient = run("report", corpus("blank-answers.csv"), "--lenient", "--format", "json");
    JsonNode lenientRows = json(lenient).get("rows").get(0);
    assertEquals(2, lenientRows.get("unanswered").asInt());
    assertEquals(1, lenientRows.get("skipped").asInt());
  }

  /**
   * qualtrics-3-rows.csv: three header rows, choice-text answers ("10 - Extremely likely",
   * "0 - Not at all likely"), local times in Europe/Berlin (declared in the ImportId row).
   * Answers 10, 0, 8 and a blank: NPS 0. "2024-04-01 00:20" in Berlin (CEST, +2) is
   * 2024-03-31T22:20Z: in UTC, March has 10 and 0 (NPS 0), April 8 (0); in Berlin's months
   * March has 10 (100) and April 0 and 8 (-50).
   */
  @Test
  void qualtricsThreeRowHeaderAndQuestionTexts() {
    JsonNode utc = json(run("report", corpus("qualtrics-3-rows.csv"), "--from", "qualtrics",
        "--period", "month", "--comment-column", "why?", "--follow-up", "--format", "json"));
    assertEquals(3, utc.get("nps").get(0).get("n").asInt());
    assertEquals(1, utc.get("rows").get(0).get("unanswered").asInt());
    assertEquals(List.of("2024-03", "2024-04"), column(utc.get("trend"), "period"));
    assertEquals(2, utc.get("trend").get(0).get("n").asInt());
    // The comment column is named by its question text (the second header row), any case.
    assertEquals("Broken", utc.get("detractors").get(0).get("comment").asString());
    assertEquals("2024-03-31T22:20:00Z",
        utc.get("detractors").get(0).get("answered_at").asString());
    JsonNode berlin = json(run("report", corpus("qualtrics-3-rows.csv"), "--from", "qualtrics",
        "--period", "month", "--zone", "Europe/Berlin", "--format", "json")).get("trend");
    assertEquals(100.0, berlin.get(0).get("nps").asDouble(), 1e-12);
    assertEquals(-50.0, berlin.get(1).get("nps").asDouble(), 1e-12);
  }

  /**
   * zendesk-api-values.jsonl: the API's values. Rated: good, bad_with_comment,
   * good_with_comment, bad, GOOD: 3 good of 5 = 60%; offered and unoffered are unanswered.
   */
  @Test
  void zendeskApiValuesInJsonLines() {
    JsonNode report = json(run("report", corpus("zendesk-api-values.jsonl"), "--from",
        "zendesk", "--score-column", "score", "--respondent-column", "requester_email",
        "--comment-column", "comment", "--time-column", "created_at", "--format", "json"));
    assertEquals(5, report.get("csat").get(0).get("n").asInt());
    assertEquals(60.0, report.get("csat").get(0).get("csat").asDouble(), 1e-12);
    assertEquals(2, report.get("rows").get(0).get("unanswered").asInt());
  }

  /**
   * delighted-array.json: a JSON array as the API returns it, with Unix times. Scores 0, 9, 10,
   * 8: NPS (2 - 1) / 4 = 25; USA 0, 9, 8 -> 0; CAN 10 -> 100. Person 10 answered 0
   * (1713418460, 2024-04-18T05:34:20Z) then 8 (1714500000, 2024-04-30T18:00:00Z): a passive.
   */
  @Test
  void jsonArrayWithEpochSeconds() {
    JsonNode report = json(run("report", corpus("delighted-array.json"), "--score-column",
        "score", "--respondent-column", "person", "--time-column", "created_at",
        "--time-format", "epoch-seconds", "--by", "country", "--follow-up", "--format", "json"));
    assertEquals(25.0, report.get("nps").get(0).get("nps").asDouble(), 1e-12);
    assertEquals(List.of("CAN", "USA"), column(report.get("segments"), "country"));
    assertEquals(0, report.get("detractors").size());
    assertEquals(List.of("12", "11"), column(report.get("review_candidates"), "respondent"));
    assertEquals("2024-04-24T23:06:40Z",
        report.get("review_candidates").get(0).get("answered_at").asString());
    Result undeclared = run("report", corpus("delighted-array.json"), "--time-column",
        "created_at", "--period", "month");
    assertEquals(2, undeclared.exitCode, undeclared.toString());
    assertTrue(undeclared.err.contains("looks like a Unix time: declare it with --time-format"
        + " epoch-seconds"), undeclared.err);
    assertFalse(undeclared.err.contains("Friendly staff"), undeclared.err);
  }
}
