package dev.nps.cli;

import static dev.nps.cli.PresetSampleTest.column;
import static dev.nps.cli.PresetSampleTest.json;
import static dev.nps.cli.ReportCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** CSV dialects, column names and answer labels, end to end. */
class DialectTest {
  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  /** Scores 10, 0, 8 in every dialect: promoter, detractor, passive: NPS 0, n 3. */
  @Test
  void theDelimiterIsDetectedFromTheHeader() throws IOException {
    for (String content : List.of("score;region\n10;EU\n0;US\n8;EU\n",
        "score\tregion\n10\tEU\n0\tUS\n8\tEU\n", "score|region\n10|EU\n0|US\n8|EU\n",
        "sep=;\nscore;region\n10;EU\n0;US\n8;EU\n",
        "\"a,b\";score;region\nx;10;EU\ny;0;US\nz;8;EU\n")) {
      JsonNode report = json(run("report", file("d.csv", content).toString(), "--by", "region",
          "--format", "json"));
      assertEquals(3, report.get("nps").get(0).get("n").asInt(), content);
      assertEquals(0.0, report.get("nps").get(0).get("nps").asDouble(), 1e-12);
      assertEquals(List.of("EU", "US"), column(report.get("segments"), "region"));
    }
  }

  @Test
  void aForcedDelimiterThatDoesNotFitSaysWhichWould() throws IOException {
    Path file = file("semi.csv", "score;region;answered_at;weight\n9;EU;2024-01-01;1,5\n");
    Result result = run("report", file.toString(), "--delimiter", ",");
    assertEquals(2, result.exitCode);
    assertTrue(result.err.contains("missing column 'score', the score column (--score-column);"
        + " the header has [score;region;answered_at;weight]; the header looks ;-separated: try"
        + " --delimiter ';'"), result.err);
    JsonNode report = json(run("report", file.toString(), "--delimiter", "semicolon",
        "--format", "json"));
    // 1,5 is 1.5 in a ;-separated file.
    assertEquals(1.5, report.get("aggregates").get("weighted_nps").get("totalWeight").asDouble(),
        1e-12);
    Result noComma = run("report", file.toString(), "--no-decimal-comma");
    assertEquals(2, noComma.exitCode);
    assertTrue(noComma.err.contains("weight '1,5' is not a number (for decimal commas use"
        + " --decimal-comma)"), noComma.err);
  }

  @Test
  void skipRowsSkipsTitleLinesAndLineNumbersStayTheFiles() throws IOException {
    Path file = file("title.csv", "NPS export\ncreated 2024-05-01\nscore\n9\n12\n");
    Result result = run("report", file.toString(), "--skip-rows", "2");
    assertEquals(2, result.exitCode);
    assertTrue(result.err.contains(file + ":5: score must be in [0, 10], was 12"), result.err);
  }

  @Test
  void headersWithCommasAreAddressableByQuotingOrPosition() throws IOException {
    Path file = file("commas.csv", "score,\"Region, country\",plan\n10,\"EU, DE\",pro\n"
        + "0,\"EU, FR\",pro\n");
    JsonNode quoted = json(run("report", file.toString(), "--by", "\"Region, country\",plan",
        "--format", "json"));
    assertEquals(List.of("EU, DE", "EU, FR"), column(quoted.get("segments"), "Region, country"));
    JsonNode position = json(run("report", file.toString(), "--by", "2", "--format", "json"));
    assertEquals(List.of("EU, DE", "EU, FR"), column(position.get("segments"), "Region, country"));
  }

  @Test
  void columnNamesIgnoreCaseAndAMissSuggests() throws IOException {
    Path file = file("case.csv", "Score,Region\n9,EU\n");
    assertEquals(0, run("report", file.toString(), "--by", "REGION").exitCode);
    Result typo = run("report", file.toString(), "--by", "regoin");
    assertEquals(2, typo.exitCode);
    assertTrue(typo.err.contains("missing column 'regoin', a segment column (--by); did you mean"
        + " 'Region'?"), typo.err);
  }

  @Test
  void mapTurnsLabelsIntoValues() throws IOException {
    // Good, bad, GOOD, Meh(=3 by --map) on 1-5 with --map: 5, 1, 5, 3: satisfied 2 of 4.
    Path file = file("labels.csv", "score\nGood\nbad\nGOOD\nMeh\n");
    JsonNode report = json(run("report", file.toString(), "--metric", "csat", "--map",
        "good=5,bad=1", "--map", "Meh=3", "--format", "json"));
    assertEquals(4, report.get("csat").get(0).get("n").asInt());
    assertEquals(50.0, report.get("csat").get(0).get("csat").asDouble(), 1e-12);
    assertEquals(3.5, report.get("csat").get(0).get("mean").asDouble(), 1e-12);
    Result bad = run("report", file.toString(), "--map", "Good=excellent");
    assertEquals(2, bad.exitCode);
    assertTrue(bad.err.contains("--map value must be an answer value from 0 to 10"), bad.err);
  }

  @Test
  void goodBadAcceptsWordsInAnyCaseAndShowsNoMean() throws IOException {
    // good, BAD, Good, 1: 3 good of 4.
    Path file = file("gb.csv", "score\ngood\nBAD\nGood\n1\n");
    Result text = run("report", file.toString(), "--metric", "csat", "--scale", "good-bad");
    assertEquals(0, text.exitCode, text.toString());
    assertTrue(text.out.contains("CSAT on good/bad ratings, CSAT = good / (good + bad)"),
        text.out);
    assertTrue(text.out.contains("good/bad ratings have no mean"), text.out);
    JsonNode report = json(run("report", file.toString(), "--metric", "csat", "--scale",
        "good-bad", "--format", "json"));
    assertEquals(75.0, report.get("csat").get(0).get("csat").asDouble(), 1e-12);
    assertTrue(report.get("csat").get(0).get("mean").isNull());
  }
}
