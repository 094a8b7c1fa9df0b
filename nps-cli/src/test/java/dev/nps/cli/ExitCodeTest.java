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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exit codes, usage, versions, zones, output files, CSV tables and JSON metadata. */
class ExitCodeTest {
  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  @Test
  void badUsageExitsWithTwoAndSaysHow() {
    Result none = run();
    assertEquals(2, none.exitCode, none.toString());
    assertTrue(none.err.contains("Usage: nps"), none.err);
    Result noFile = run("report");
    assertEquals(2, noFile.exitCode);
    assertTrue(noFile.err.contains("Missing required parameter: 'FILE'"), noFile.err);
    Result unknown = run("report", "x.csv", "--bogus\u001b[2J");
    assertEquals(2, unknown.exitCode);
    assertTrue(unknown.err.contains("Unknown option: '--bogus\\u001b[2J'"), unknown.err);
    assertTrue(unknown.err.contains("Try 'nps report --help'"), unknown.err);
    assertFalse(unknown.err.contains("\u001b"), unknown.err);
    assertEquals(2, run("merge").exitCode);
  }

  @Test
  void everyCommandPrintsItsVersion() {
    for (List<String> args : List.of(List.of("-V"), List.of("report", "-V"),
        List.of("merge", "--version"))) {
      Result result = run(args.toArray(new String[0]));
      assertEquals(0, result.exitCode, args.toString());
      assertTrue(result.out.matches("nps \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\s*"), result.out);
    }
  }

  @Test
  void aRunThatUsesNoRowExitsWithThree() throws IOException {
    Path allBad = file("bad.csv", "score\nx\n11\n");
    Result lenient = run("report", allBad.toString(), "--lenient");
    assertEquals(3, lenient.exitCode, lenient.toString());
    assertTrue(lenient.err.contains("no row could be used: read 2 rows: 0 used, 0 unanswered,"
        + " 2 skipped"), lenient.err);
    assertTrue(lenient.out.contains("no responses: NPS is undefined"), lenient.out);
    Path blank = file("blank.csv", "score\n\n \n\"\"\n");
    Result unanswered = run("report", blank.toString(), "--input-format", "csv");
    assertEquals(3, unanswered.exitCode, unanswered.toString());
  }

  @Test
  void zoneAbbreviationsAreRefusedWithTheRegionsTheyMean() throws IOException {
    Path file = file("z.csv", "score\n9\n");
    Result cest = run("report", file.toString(), "--zone", "CEST");
    assertEquals(2, cest.exitCode);
    assertTrue(cest.err.contains("--zone 'CEST' is an abbreviation, not a time zone: use a region"
        + " such as Europe/Berlin or Europe/Paris"), cest.err);
    assertFalse(cest.err.contains("Exception"), cest.err);
    Result mars = run("report", file.toString(), "--zone", "Mars/Olympus");
    assertEquals(2, mars.exitCode);
    assertTrue(mars.err.contains("--zone 'Mars/Olympus' is not a time zone: use a region such as"
        + " Europe/Berlin"), mars.err);
    assertEquals(0, run("report", file.toString(), "--zone", "+02:00").exitCode);
  }

  @Test
  void aJsonFileIsReadAsAnArrayOrRejectedClearly() throws IOException {
    Path array = file("a.json", "[{\"score\": 9}, {\"score\": 3}]");
    Result read = run("report", array.toString(), "--format", "json");
    assertEquals(0, read.exitCode, read.toString());
    Path object = file("o.json", "{\"score\": 9}\n");
    Result lines = run("report", object.toString(), "--input-format", "json");
    assertEquals(2, lines.exitCode);
    assertTrue(lines.err.contains(object + ": expected a JSON array of objects; for one object"
        + " per line, name the file .jsonl or use --input-format jsonl"), lines.err);
    // By content, a .json file of one object per line is JSON Lines.
    Path jsonl = file("lines.json", "{\"score\": 9}\n{\"score\": 10}\n");
    assertEquals(0, run("report", jsonl.toString()).exitCode);
    Path unnamed = file("export.dat", "[{\"score\": 10}]");
    assertEquals(0, run("report", unnamed.toString()).exitCode);
  }

  @Test
  void csvWritesOneNamedTable() throws IOException {
    Path file = file("t.csv", "score,region\n9,EU\n3,US\n10,EU\n");
    Result segments = run("report", file.toString(), "--by", "region", "--format", "csv",
        "--table", "segments");
    assertEquals(0, segments.exitCode, segments.toString());
    List<String> lines = segments.out.lines().toList();
    assertEquals(3, lines.size());
    assertTrue(lines.get(0).startsWith("\"region\",\"n\",\"nps\""), lines.get(0));
    assertTrue(lines.get(1).startsWith("\"EU\",2,100.0,"), lines.get(1));
    Result absent = run("report", file.toString(), "--format", "csv", "--table", "trend");
    assertEquals(2, absent.exitCode);
    assertTrue(absent.err.contains("this report has no table 'trend' (--table); it has rows,"
        + " nps, notes"), absent.err);
    Result unknown = run("report", file.toString(), "--format", "csv", "--table", "nope");
    assertEquals(2, unknown.exitCode);
    assertTrue(unknown.err.contains("--table must name a table of the report"), unknown.err);
    Result notCsv = run("report", file.toString(), "--table", "nps");
    assertEquals(2, notCsv.exitCode);
    assertTrue(notCsv.err.contains("--table applies to --format csv only"), notCsv.err);
  }

  @Test
  void outputGoesToAFileAndNeverOverAnInput() throws IOException {
    Path file = file("in.csv", "score\n9\n");
    Path report = dir.resolve("report.json");
    Result written = run("report", file.toString(), "--format", "json", "--output",
        report.toString());
    assertEquals(0, written.exitCode, written.toString());
    assertEquals("", written.out);
    assertTrue(Files.readString(report).contains("\"promoters\" : 1"));
    Result clobber = run("report", file.toString(), "-o", file.toString());
    assertEquals(2, clobber.exitCode);
    assertTrue(clobber.err.contains("is also an input"), clobber.err);
    assertEquals("score\n9\n", Files.readString(file));
  }

  @Test
  void jsonCarriesMetadata() throws IOException {
    Path file = file("m.csv", "score,region,answered_at\n9,EU,2024-01-01\n,US,2024-01-02\n");
    Result result = run("report", file.toString(), "--by", "region", "--period", "month",
        "--level", "0.9", "--format", "json");
    JsonNode meta = JsonMapper.builder().build().readTree(result.out).get("meta");
    assertEquals(1, meta.get("format").asInt());
    assertEquals("report", meta.get("command").asString());
    assertTrue(meta.get("version").asString().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
    assertEquals(file.toString(), meta.get("files").get(0).get("name").asString());
    assertEquals(2, meta.get("files").get(0).get("rows").asInt());
    assertEquals("UTF-8", meta.get("files").get(0).get("encoding").asString());
    assertEquals(2, meta.get("rows").get("read").asInt());
    assertEquals(1, meta.get("rows").get("unanswered").asInt());
    assertEquals("nps", meta.get("metric").asString());
    assertEquals("adjusted_wald", meta.get("interval_method").asString());
    assertEquals(0.9, meta.get("level").asDouble(), 0);
    assertEquals("region", meta.get("segments").get(0).asString());
    assertEquals("month", meta.get("period").asString());
    assertEquals("UTC", meta.get("zone").asString());
  }

  @Test
  void helpListsTheNewOptions() {
    Result result = run("report", "--help");
    assertEquals(0, result.exitCode);
    for (String option : List.of("--from", "--encoding", "--delimiter", "--[no-]decimal-comma",
        "--skip-rows", "--contact-columns", "--time-format", "--map", "--not-rated", "--table",
        "--output", "--max-field-length", "--max-line-length", "--max-columns",
        "--max-segments")) {
      assertTrue(result.out.contains(option), option);
    }
    assertTrue(result.out.contains("report written, but no row could be used"), result.out);
  }
}
