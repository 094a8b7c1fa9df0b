package dev.nps.cli;

import static dev.nps.cli.PresetSampleTest.json;
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

/** {@code nps merge}: the report of several reports' JSON equals the report of all the files. */
class MergeCommandTest {
  @TempDir Path dir;

  private Path file(String name, String... lines) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return path;
  }

  private Path report(String name, String... args) throws IOException {
    Result result = run(args);
    assertEquals(0, result.exitCode, result.toString());
    return file(name, result.out);
  }

  private Path first() throws IOException {
    return file("a.csv", "respondent,score,region,answered_at,weight",
        "a,10,EU,2024-01-05T10:00:00Z,2", "b,0,US,2024-01-06T10:00:00Z,1",
        "c,,US,2024-01-07T10:00:00Z,1", "d,7,EU,2024-03-01T10:00:00Z,0.5");
  }

  private Path second() throws IOException {
    return file("b.csv", "respondent,score,region,answered_at,weight",
        "e,9,EU,2024-02-10T10:00:00Z,1", "f,x,EU,2024-02-11T10:00:00Z,1",
        "g,3,APAC,2024-02-12T10:00:00Z,3");
  }

  private static final String[] OPTIONS = {"--by", "region", "--period", "month", "--lenient",
      "--format", "json"};

  private static String[] args(String command, Path... files) {
    List<String> args = new java.util.ArrayList<>(List.of(command));
    for (Path file : files) {
      args.add(file.toString());
    }
    args.addAll(List.of(OPTIONS));
    return args.toArray(new String[0]);
  }

  @Test
  void mergedReportsEqualTheReportOfAllTheirFiles() throws IOException {
    Path a = first();
    Path b = second();
    Path reportA = report("a.json", args("report", a));
    Path reportB = report("b.json", args("report", b));
    JsonNode merged = json(run("merge", reportA.toString(), reportB.toString(), "--format",
        "json"));
    JsonNode together = json(run(args("report", a, b)));
    for (String section : List.of("nps", "weighted_nps", "segments", "trend", "skipped")) {
      assertEquals(together.get(section), merged.get(section), section);
    }
    assertEquals(together.get("aggregates"), merged.get("aggregates"));
    // Rows: 7 read: 10, 0, 7, 9, 3 used; c unanswered; f skipped.
    JsonNode rows = merged.get("rows").get(0);
    assertEquals(7, rows.get("read").asInt());
    assertEquals(5, rows.get("used").asInt());
    assertEquals(1, rows.get("unanswered").asInt());
    assertEquals(1, rows.get("skipped").asInt());
    assertEquals(together.get("rows").get(0), rows);
    // NPS of 10, 0, 7, 9, 3: (2 - 2) / 5 = 0; February (9, 3) between January and March.
    assertEquals(0.0, merged.get("nps").get(0).get("nps").asDouble(), 1e-12);
    assertEquals("2024-02", merged.get("trend").get(1).get("period").asString());
    assertEquals("merge", merged.get("meta").get("command").asString());
    assertTrue(merged.get("notes").get("rows").toString().contains("merged 2 reports exactly"));

    // A merged report merges again: (a + b) + a equals a, b and a read together.
    Path both = file("ab.json", run("merge", reportA.toString(), reportB.toString(),
        "--format", "json").out);
    JsonNode again = json(run("merge", both.toString(), reportA.toString(), "--format", "json"));
    JsonNode thrice = json(run(args("report", a, b, a)));
    assertEquals(thrice.get("aggregates"), again.get("aggregates"));
    assertEquals(thrice.get("segments"), again.get("segments"));
  }

  @Test
  void mergedTextReportShowsTheUnion() throws IOException {
    Path reportA = report("a.json", args("report", first()));
    Path reportB = report("b.json", args("report", second()));
    Result text = run("merge", reportA.toString(), reportB.toString());
    assertEquals(0, text.exitCode, text.toString());
    assertTrue(text.out.contains("Rows of " + reportA + ", " + reportB), text.out);
    assertTrue(text.out.contains("NPS by region"), text.out);
    Result csv = run("merge", reportA.toString(), reportB.toString(), "--format", "csv",
        "--table", "segments");
    assertEquals(4, csv.out.lines().count(), csv.out);
  }

  @Test
  void csatReportsMergeToo() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "examples", "zendesk.csv"));
    Path head = file("z1.csv", String.join("\n", lines.subList(0, 6)));
    List<String> rest = new java.util.ArrayList<>(List.of(lines.get(0)));
    rest.addAll(lines.subList(6, lines.size()));
    Path tail = file("z2.csv", String.join("\n", rest));
    Path r1 = report("z1.json", "report", head.toString(), "--from", "zendesk", "--by", "Group",
        "--format", "json");
    Path r2 = report("z2.json", "report", tail.toString(), "--from", "zendesk", "--by", "Group",
        "--format", "json");
    JsonNode merged = json(run("merge", r1.toString(), r2.toString(), "--format", "json"));
    // As the whole sample: 5 good of 8 rated, Billing 50%, Tech 75% (PresetSampleTest).
    assertEquals(62.5, merged.get("csat").get(0).get("csat").asDouble(), 1e-12);
    assertEquals(50.0, merged.get("segments").get(0).get("csat").asDouble(), 1e-12);
    assertEquals(2, merged.get("rows").get(0).get("unanswered").asInt());
  }

  @Test
  void reportsOfOtherSegmentsMetricsOrShapesAreRefused() throws IOException {
    Path byRegion = report("region.json", args("report", first()));
    Path overall = report("overall.json", "report", first().toString(), "--format", "json");
    Result segments = run("merge", byRegion.toString(), overall.toString());
    assertEquals(2, segments.exitCode);
    assertTrue(segments.err.contains("segments by [] cannot merge with segments by [region]"),
        segments.err);
    Path csat = report("csat.json", "report", file("c.csv", "score", "5", "4").toString(),
        "--metric", "csat", "--format", "json");
    Result metric = run("merge", overall.toString(), csat.toString());
    assertEquals(2, metric.exitCode);
    assertTrue(metric.err.contains("a report of CSAT on 1-5"), metric.err);
    Result notAReport = run("merge", file("x.json", "{\"score\": 9}").toString());
    assertEquals(2, notAReport.exitCode);
    assertTrue(notAReport.err.contains("not a report of nps report --format json"),
        notAReport.err);
    Result malformed = run("merge", file("m.json", "{\"meta\": ").toString());
    assertEquals(2, malformed.exitCode);
    assertTrue(malformed.err.contains("malformed JSON"), malformed.err);
    // A count that disagrees with the histogram is caught by nps-jackson.
    String text = Files.readString(overall).replace("\"promoters\" : 1", "\"promoters\" : 2");
    Result tampered = run("merge", file("t.json", text).toString());
    assertEquals(2, tampered.exitCode, tampered.toString());
    assertFalse(tampered.err.contains("Exception"), tampered.err);
  }

  @Test
  void reportsWithOtherPeriodsMergeWithoutATrend() throws IOException {
    Path months = report("months.json", args("report", first()));
    Path weeks = report("weeks.json", "report", second().toString(), "--by", "region",
        "--period", "week", "--lenient", "--format", "json");
    JsonNode merged = json(run("merge", months.toString(), weeks.toString(), "--format",
        "json"));
    assertTrue(merged.get("trend") == null, "no trend");
    assertTrue(merged.get("notes").get("rows").toString().contains("the reports' periods differ"));
  }

  @Test
  void aWeightedSectionIsMergedOnlyWhenEveryReportHasOne() throws IOException {
    Path weighted = report("w.json", args("report", first()));
    Path plain = report("p.json", args("report", file("p.csv", "score,region,answered_at",
        "9,EU,2024-01-01T00:00:00Z")));
    JsonNode merged = json(run("merge", weighted.toString(), plain.toString(), "--format",
        "json"));
    assertTrue(merged.get("weighted_nps") == null, "no weighted section");
    assertTrue(merged.get("notes").get("rows").toString()
        .contains("no weighted section: only 1 of the 2 reports have one"));
    assertEquals(4, merged.get("nps").get(0).get("n").asInt());
  }
}
