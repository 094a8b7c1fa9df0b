package dev.nps.cli;

import static dev.nps.cli.ReportCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.cli.ReportCommandTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How nps report reads awkward files, and the options not covered by ReportCommandTest. */
class ReportInputTest {
  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  private static JsonNode json(Result result) {
    return JsonMapper.builder().build().readTree(result.out);
  }

  @Test
  void byteOrderMarkCrlfAndSpacesAroundNamesAreRead() throws IOException {
    Path file = file("excel.csv",
        "\uFEFFrespondent , score ,region,\r\na,10,EU,\r\nb, 0 ,US,\r\n");
    Result result = run("report", file.toString(), "--by", "region", "--follow-up",
        "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    JsonNode report = json(result);
    assertEquals(2, report.get("results").get("nps").get("total").asInt());
    assertEquals("a",
        report.get("results").get("review_candidates").get(0).get("respondentId").asString());
    assertEquals("EU", report.get("results").get("segments").get("segments").get(0).get("segment").get("region")
        .asString());
  }

  @Test
  void lineNumbersCountBlankLinesAndMultiLineValues() throws IOException {
    Path file = file("lines.csv",
        "score,comment\n9,ok\n\n\n7,\"two\nlines\"\n11,late\n");
    Result result = run("report", file.toString());
    assertEquals(2, result.exitCode, result.toString());
    // Line 1 header, 2 the 9, 3 and 4 blank, 5-6 the 7 with its two-line comment, 7 the 11.
    assertTrue(result.err.contains(file + ":7: score must be in [0, 10], was 11"), result.err);
  }

  @Test
  void aDuplicateHeaderNameCanOnlyBeNamedByPosition() throws IOException {
    Path file = file("dup.csv", "score,region,score\n9,EU,0\n");
    Result result = run("report", file.toString());
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains(file + ": column 'score' of --score-column fits columns 1 and"
        + " 3; name it by its 1-based position instead"), result.err);
    Result third = run("report", file.toString(), "--score-column", "3", "--format", "json");
    assertEquals(0, third.exitCode, third.toString());
    assertEquals(1, json(third).get("nps").get(0).get("detractors").asInt());
  }

  @Test
  void invalidUtf8IsABadRowWithItsLine() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, new byte[] {
        's', 'c', 'o', 'r', 'e', ',', 'r', 'e', 'g', 'i', 'o', 'n', '\n', '9', ',', 'o', 'k', '\n',
        '8', ',', 'c', 'a', 'f', (byte) 0xE9, '\n'});
    Result strict = run("report", file.toString(), "--by", "region");
    assertEquals(2, strict.exitCode, strict.toString());
    assertTrue(strict.err.contains(file + ":3: column 'region' has bytes that are not valid"
        + " UTF-8; if the file comes from Excel or an older system it may be Windows-1252 or"
        + " ISO-8859-1: read it with --encoding windows-1252"), strict.err);
    assertFalse(strict.err.contains("caf"), strict.err);
    Result lenient = run("report", file.toString(), "--by", "region", "--lenient",
        "--format", "json");
    assertEquals(0, lenient.exitCode, lenient.toString());
    assertEquals("undecodable bytes",
        json(lenient).get("skipped").get(0).get("reason").asString());
    Result latin1 = run("report", file.toString(), "--by", "region", "--encoding",
        "iso-8859-1", "--format", "json");
    assertEquals(0, latin1.exitCode, latin1.toString());
    assertEquals("caf\u00e9", json(latin1).get("segments").get(0).get("region").asString());
  }

  @Test
  void implausibleDatesAreBadRows() throws IOException {
    Path file = file("old.csv", "score,answered_at\n9,1900-01-01\n");
    Result result = run("report", file.toString(), "--period", "day");
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains(file + ":2: answered_at '1900-01-01' is outside the plausible"
        + " span [1970-01-01T00:00:00Z, 2200-01-01T00:00:00Z)"), result.err);
  }

  @Test
  void scoresMustBeAnOptionalSignAndDigits() throws IOException {
    // +9 is 9; an Arabic-Indic nine, 9.0, 9 followed by NUL, NUL then 9, and 9 followed by
    // control characters are not scores (trimming removes spaces and tabs only).
    Path file = file("signs.csv",
        "score\n+9\n\u0669\n9.0\n\"9\u0000\"\n\"\u00009\"\n\"9\u0001\u0002\u0003\"\n\t9 \n");
    Result result = run("report", file.toString(), "--lenient", "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    assertEquals(5, json(result).get("rows").get(0).get("skipped").asInt());
    assertEquals(2, json(result).get("nps").get(0).get("promoters").asInt());
  }

  @Test
  void jsonLinesBadInputNamesTheLine() throws IOException {
    Path file = file("bad.jsonl",
        "{\"score\": 9, \"region\": \"EU\"}\n"
            + "\n"
            + "{\"score\": 9, \"region\": \n"
            + "[1, 2]\n"
            + "{\"score\": 0, \"score\": 10, \"region\": \"EU\"}\n"
            + "{\"score\": 8}\n"
            + "{\"score\": {\"value\": 8}, \"region\": \"EU\"}\n");
    Result strict = run("report", file.toString(), "--by", "region");
    assertEquals(2, strict.exitCode, strict.toString());
    assertTrue(strict.err.contains(file + ":3: malformed JSON"), strict.err);

    Result lenient = run("report", file.toString(), "--by", "region", "--lenient",
        "--format", "json");
    assertEquals(0, lenient.exitCode, lenient.toString());
    JsonNode report = json(lenient);
    assertEquals(6, report.get("rows").get(0).get("read").asInt());
    assertEquals(1, report.get("rows").get(0).get("used").asInt());
    JsonNode skipped = report.get("skipped");
    assertEquals("malformed JSON", skipped.get(0).get("reason").asString());
    assertEquals(4, skipped.get(0).get("rows").asInt()); // lines 3, 4, 5 (duplicate key) and 7
    assertEquals("missing region", skipped.get(1).get("reason").asString());
    assertEquals(6, skipped.get(1).get("first_line").asInt());
  }

  @Test
  void emptyJsonLinesFileIsRejected() throws IOException {
    Path file = file("empty.jsonl", "\n\n");
    Result result = run("report", file.toString());
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains(file + ": the file is empty"), result.err);
  }

  @Test
  void inputFormatOverridesTheFileName() throws IOException {
    Path file = file("export.txt", "{\"score\": 10}\n{\"score\": 3}\n");
    Result result = run("report", file.toString(), "--input-format", "jsonl", "--format",
        "json");
    assertEquals(0, result.exitCode, result.toString());
    assertEquals(0.0, json(result).get("results").get("nps").get("score").asDouble(), 1e-12);
    Result bad = run("report", file.toString(), "--input-format", "xml");
    assertEquals(2, bad.exitCode);
    assertTrue(bad.err.contains("--input-format must be csv, jsonl or json, was 'xml'"), bad.err);
  }

  @Test
  void columnOptionsRenameColumnsAndMustExistWhenNamed() throws IOException {
    Path file = file("renamed.csv",
        "who,when,nps,note,w\nx,2026-01-01,10,Great,2\ny,2026-02-01,3,,1\n");
    Result result = run("report", file.toString(), "--score-column", "nps",
        "--respondent-column", "who", "--time-column", "when", "--comment-column", "note",
        "--weight-column", "w", "--period", "month", "--follow-up", "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    JsonNode report = json(result);
    JsonNode results = report.get("results");
    assertEquals("x", results.get("review_candidates").get(0).get("respondentId").asString());
    assertEquals("Great", results.get("review_candidates").get(0).get("comment").asString());
    assertEquals(2, results.get("trend").get("points").size());
    // Weights 2 and 1: (2 - 1) / 3.
    assertEquals(100.0 / 3, results.get("weighted_nps").get("score").asDouble(), 1e-9);

    Result typo = run("report", file.toString(), "--score-column", "nps",
        "--comment-column", "notes");
    assertEquals(2, typo.exitCode, typo.toString());
    assertTrue(typo.err.contains("missing column 'notes', the comment column (--comment-column);"
        + " did you mean 'note'?"), typo.err);
  }

  @Test
  void absentOptionalColumnsAreNoted() throws IOException {
    Path file = file("bare.csv", "score\n10\n0\n");
    Result result = run("report", file.toString(), "--follow-up", "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    String notes = json(result).get("notes").get("rows").toString();
    assertTrue(notes.contains("no 'comment' column: every answer counts as without a comment"),
        notes);
    assertTrue(notes.contains("no 'respondent' column"), notes);
    // Without respondent ids every answer is its own entry, and the lists say so.
    assertTrue(json(result).get("notes").get("detractors").toString()
        .contains("1 of them are answers without a respondent id, listed one per answer"));
  }

  @Test
  void zoneDecidesTheDayOfLocalTimesAndPeriods() throws IOException {
    Path file = file("zones.csv", "score,answered_at\n10,2026-03-31T23:30:00Z\n");
    JsonNode utc = json(run("report", file.toString(), "--period", "month", "--format", "json"));
    assertEquals("2026-03",
        utc.get("results").get("trend").get("points").get(0).get("period").get("label").asString());
    JsonNode paris = json(run("report", file.toString(), "--period", "month", "--zone",
        "Europe/Paris", "--format", "json"));
    assertEquals("2026-04",
        paris.get("results").get("trend").get("points").get(0).get("period").get("label").asString());
    // April in Paris starts at 22:00 UTC on 31 March (UTC+2 from 29 March 2026).
    assertEquals("2026-03-31T22:00:00Z",
        paris.get("results").get("trend").get("points").get(0).get("period").get("start").asString());
    Result bad = run("report", file.toString(), "--zone", "Mars/Olympus");
    assertEquals(2, bad.exitCode);
  }

  @Test
  void levelWidensTheInterval() throws IOException {
    Path file = file("level.csv", "score\n10\n9\n0\n7\n8\n10\n");
    JsonNode at95 = json(run("report", file.toString(), "--format", "json")).get("intervals")
        .get("nps").get(0).get("confidenceInterval");
    JsonNode at99 = json(run("report", file.toString(), "--level", "0.99", "--format", "json"))
        .get("intervals").get("nps").get(0).get("confidenceInterval");
    assertTrue(at99.get("lower").asDouble() < at95.get("lower").asDouble());
    assertTrue(at99.get("upper").asDouble() > at95.get("upper").asDouble());
    Result text = run("report", file.toString(), "--level", "0.9");
    assertTrue(text.out.contains("NPS (90% confidence interval, adjusted Wald)"), text.out);
  }

  @Test
  void limitShortensTheFollowUpLists() throws IOException {
    Path file = file("limit.csv", "respondent,score\na,0\nb,1\nc,2\nd,10\n");
    Result result = run("report", file.toString(), "--follow-up", "--limit", "2", "--format",
        "json");
    assertEquals(0, result.exitCode, result.toString());
    JsonNode report = json(result);
    assertEquals(2, report.get("detractors").size());
    assertTrue(report.get("notes").get("detractors").toString().contains("1 more not listed"));
    assertEquals(2, run("report", file.toString(), "--limit", "-1").exitCode);
  }

  @Test
  void progressGoesToStandardErrorUnlessTurnedOff() throws IOException {
    Path file = file("progress.csv", "score\n1\n2\n3\n4\n");
    Result result = run("report", file.toString(), "--progress-every", "2");
    assertTrue(result.err.contains("nps: 2 rows read from " + file), result.err);
    assertTrue(result.err.contains("nps: 4 rows read from " + file), result.err);
    Result quiet = run("report", file.toString(), "--progress-every", "2", "--no-progress");
    assertEquals("", quiet.err);
  }

  @Test
  void textCellsEscapeControlCharacters() throws IOException {
    Path file = file("escape.csv",
        "respondent,score,comment\na,0,\"line one\nline two \u001b[31mred\"\n");
    Result result = run("report", file.toString(), "--follow-up");
    assertEquals(0, result.exitCode, result.toString());
    assertTrue(result.out.contains("line one\\nline two \\u001b[31mred"), result.out);
    assertFalse(result.out.contains("\u001b"));
  }

  @Test
  void segmentOptionsAreValidated() throws IOException {
    Path file = file("seg.csv", "score,region,n\n9,EU,x\n");
    Result twice = run("report", file.toString(), "--by", "region,region");
    assertEquals(2, twice.exitCode);
    assertTrue(twice.err.contains("--by names column 'region' twice"), twice.err);
    Result clash = run("report", file.toString(), "--by", "n");
    assertEquals(2, clash.exitCode);
    assertTrue(clash.err.contains("--by column 'n' has the name of a report column"), clash.err);
  }

  // CSAT

  /** 1-5 answers: 5, 5, 4 satisfied; 3, 1 not: CSAT 60%, mean 18 / 5 = 3.6. */
  private Path csat() throws IOException {
    return file("csat.csv",
        "score,complexity,answered_at\n5,simple,2026-01-03\n5,complex,2026-01-04\n"
            + "4,simple,2026-02-01\n3,complex,2026-02-02\n1,complex,2026-02-03\n");
  }

  @Test
  void csatReportGivesShareMeanAndIntervals() throws IOException {
    Result result = run("report", csat().toString(), "--metric", "csat", "--scale", "1-5",
        "--by", "complexity", "--period", "month", "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    JsonNode report = json(result);
    JsonNode csat = report.get("results").get("csat");
    assertEquals(5, csat.get("total").asInt());
    assertEquals(3, csat.get("satisfied").asInt());
    assertEquals(60.0, csat.get("score").asDouble(), 1e-12);
    assertEquals(3.6, csat.get("mean").asDouble(), 1e-12);
    // Wilson 95% for 3 of 5 (Wilson 1927): centre (3 + 1.92) / 8.84 = 0.5566, half-width
    // 1.96 sqrt(0.6 * 0.4 * 5 + 0.9604) / 8.84 = 0.4050 -> [23.07, 88.24] percent.
    JsonNode share = report.get("intervals").get("csat").get(0).get("confidenceInterval");
    assertEquals(23.07, share.get("lower").asDouble(), 0.01);
    assertEquals(88.24, share.get("upper").asDouble(), 0.01);
    assertTrue(report.get("intervals").get("csat").get(0).has("meanConfidenceInterval"));
    // The comparison lists the segments in the order they were first seen: simple, complex.
    JsonNode segments = report.get("results").get("segments");
    assertEquals("share", segments.get("measure").asString());
    assertEquals("simple",
        segments.get("segments").get(0).get("segment").get("complexity").asString());
    assertEquals(100.0, segments.get("segments").get(0).get("csat").get("score").asDouble(),
        1e-9);
    assertEquals(100.0 / 3, segments.get("segments").get(1).get("csat").get("score").asDouble(),
        1e-9);
    // The trend is nps-jackson's document of the library's CSAT trend.
    JsonNode trend = report.get("results").get("trend");
    assertEquals("share", trend.get("measure").asString());
    assertEquals(1, trend.get("scale").get("min").asInt());
    JsonNode points = trend.get("points");
    assertEquals("2026-01", points.get(0).get("period").get("label").asString());
    assertEquals(100.0, points.get(0).get("csat").get("score").asDouble(), 1e-12);
    // February: 1 of 3 satisfied; change 33.3 - 100 = -66.7 points.
    assertEquals(-200.0 / 3, points.get(1).get("change").get("estimate").asDouble(), 1e-9);
  }

  @Test
  void csatAnswersOutsideTheScaleAreBadRows() throws IOException {
    Path file = file("csat-bad.csv", "score\n5\n7\n");
    Result result = run("report", file.toString(), "--metric", "csat", "--scale", "1-5");
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains(file + ":3: answer must be in [1, 5] for --scale 1-5, was 7"),
        result.err);
    Result lenient = run("report", file.toString(), "--metric", "csat", "--lenient",
        "--format", "json");
    assertEquals("answer outside the scale",
        json(lenient).get("skipped").get(0).get("reason").asString());
  }

  @Test
  void csatOptionsAreValidated() throws IOException {
    String file = csat().toString();
    Result scale = run("report", file, "--metric", "csat", "--scale", "banana");
    assertEquals(2, scale.exitCode);
    assertTrue(scale.err.contains("--scale must be 1-5, 1-7, 1-10, 0-10, good-bad or"
        + " MIN-MAX:SATISFIED_FROM such as 1-5:4, was 'banana'"), scale.err);
    Result custom = run("report", file, "--metric", "csat", "--scale", "1-5:5", "--format",
        "json");
    assertEquals(0, custom.exitCode, custom.toString());
    assertEquals(40.0, json(custom).get("results").get("csat").get("score").asDouble(), 1e-12);
    Result npsScale = run("report", file, "--scale", "1-7");
    assertEquals(2, npsScale.exitCode);
    assertTrue(npsScale.err.contains("--scale applies to --metric csat only"), npsScale.err);
    Result followUp = run("report", file, "--metric", "csat", "--follow-up");
    assertEquals(0, followUp.exitCode, followUp.toString());
    Result metric = run("report", file, "--metric", "ces");
    assertEquals(2, metric.exitCode);
    assertTrue(metric.err.contains("--metric must be nps or csat, was 'ces'"), metric.err);
  }
}
