package dev.nps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.cli.ReportCommandTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code nps report} with --drivers, --band and --rate, end to end. */
class SupportReportTest {
  private static final double EPS = 1e-9;

  @TempDir Path dir;

  private Path file(String name, String... lines) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return path;
  }

  private static JsonNode json(Result result) {
    return JsonMapper.builder().build().readTree(result.out);
  }

  /** Eleven answers with two 1-5 ratings; b is blank twice. */
  private Path ratings() throws IOException {
    return file("ratings.csv", "score,a,b", "10,5,4", "9,5,2", "8,4,5", "7,4,1", "6,3,3",
        "5,3,", "4,2,4", "3,2,1", "2,1,2", "1,1,3", "0,1,");
  }

  @Test
  void driverTableMatchesAnIndependentComputation() throws IOException {
    Result result = ReportCommandTest.run("report", ratings().toString(), "--drivers", "a,b",
        "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    JsonNode drivers = json(result).get("drivers");
    assertEquals(2, drivers.size());
    // Python 3 statistics on the 9 rows where both are answered: r(a, score) =
    // 0.9863939238321436, r(b, score) = 0.28272324353054606, r(a, b) = 0.17008401285415226;
    // R^2 = (ra^2 + rb^2 - 2 ra rb rab) / (1 - rab^2) = 0.9865809170700672. With two
    // dimensions the Shapley share of a is (ra^2 + R^2 - rb^2) / 2, 95.25936621563076% of R^2;
    // b has 4.740633784369236%. beta_a = (ra - rb rab) / (1 - rab^2) = 0.9662597337723113,
    // beta_b = 0.11837791055116652; VIF = 1 / (1 - rab^2) = 1.0297903641044501.
    JsonNode a = drivers.get(0);
    JsonNode b = drivers.get(1);
    assertEquals("a", a.get("dimension").asString());
    assertEquals(0.9863939238321436, a.get("r").asDouble(), EPS);
    assertEquals(0.28272324353054606, b.get("r").asDouble(), EPS);
    assertEquals(95.25936621563076, a.get("importance_pct").asDouble(), 1e-7);
    assertEquals(4.740633784369236, b.get("importance_pct").asDouble(), 1e-7);
    assertEquals(0.9662597337723113, a.get("beta").asDouble(), 1e-9);
    assertEquals(0.11837791055116652, b.get("beta").asDouble(), 1e-9);
    assertEquals(1.0297903641044501, a.get("vif").asDouble(), 1e-9);
    assertTrue(a.get("r_low").asDouble() < 0.9863939238321436
        && a.get("r_high").asDouble() > 0.9863939238321436);
    // n, mean and top box over everyone who rated: a 11 ratings, mean 31/11 = 2.8181..., 4 of
    // 11 in 4-5 = 36.36%; b 9 ratings, mean 25/9 = 2.7777..., 3 of 9 = 33.33%.
    assertEquals(11, a.get("n").asLong());
    assertEquals(31.0 / 11, a.get("mean").asDouble(), EPS);
    assertEquals(400.0 / 11, a.get("top_box_pct").asDouble(), EPS);
    assertEquals(9, b.get("n").asLong());
    assertEquals(25.0 / 9, b.get("mean").asDouble(), EPS);
    assertEquals(100.0 / 3, b.get("top_box_pct").asDouble(), EPS);
    // Medians of two: importance 50%, top box (36.36 + 33.33) / 2 = 34.85%. a is important and
    // at or above the median top box: keep up; b is less important and below it: low priority.
    assertEquals("keep_up", a.get("quadrant").asString());
    assertEquals("low_priority", b.get("quadrant").asString());
    JsonNode quadrants = json(result).get("quadrants");
    assertEquals("keep_up", quadrants.get(1).get("quadrant").asString());
    assertEquals("a", quadrants.get(1).get("dimensions").asString());
    assertEquals("", quadrants.get(0).get("dimensions").asString());
    assertTrue(json(result).get("aggregates").has("drivers"), result.out);
    assertTrue(json(result).get("notes").get("drivers").get(0).asString()
        .contains("n = 9 complete responses"), result.out);
  }

  @Test
  void driverTableInTextAndCsv() throws IOException {
    Result text = ReportCommandTest.run("report", ratings().toString(), "--drivers", "a,b");
    assertEquals(0, text.exitCode, text.toString());
    assertTrue(text.out.contains("Key drivers of likelihood to recommend"), text.out);
    assertTrue(text.out.contains("fix first: none"), text.out);
    Result csv = ReportCommandTest.run("report", ratings().toString(), "--drivers", "a,b",
        "--format", "csv", "--table", "drivers");
    assertEquals(0, csv.exitCode, csv.toString());
    assertTrue(csv.out.startsWith("\"dimension\",\"n\",\"mean\",\"top_box_pct\",\"r\""), csv.out);
    assertTrue(csv.out.contains("\"a\",11,"), csv.out);
  }

  @Test
  void csatOutcomeAndAnotherDriverScale() throws IOException {
    Path path = file("csat.csv", "score,x,y", "5,7,1", "4,6,3", "3,4,2", "2,3,5", "1,1,4",
        "5,6,2");
    Result result = ReportCommandTest.run("report", path.toString(), "--metric", "csat",
        "--drivers", "x,y", "--driver-scale", "1-7", "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    assertTrue(result.out.contains("\"dimension\" : \"x\""), result.out);
    Result offScale = ReportCommandTest.run("report", path.toString(), "--metric", "csat",
        "--drivers", "x,y");
    assertEquals(2, offScale.exitCode, offScale.toString());
    assertTrue(offScale.err.contains(":2: rating of 'x' 7 is outside the scale 1-5"),
        offScale.err);
  }

  @Test
  void badRatingsAreBadRowsThatNameTheColumnNotTheValue() throws IOException {
    Path path = file("bad.csv", "score,a,b,email", "10,5,4,x@example.com", "9,5,secret,y",
        "8,4,5,z");
    Result result = ReportCommandTest.run("report", path.toString(), "--drivers", "a,b");
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains("bad.csv:3: rating of 'b' is not an integer"), result.err);
    assertFalse(result.err.contains("secret"), result.err);
    Result lenient = ReportCommandTest.run("report", path.toString(), "--drivers", "a,b",
        "--lenient", "--format", "json");
    assertEquals(0, lenient.exitCode, lenient.toString());
    assertEquals("rating not an integer",
        json(lenient).get("skipped").get(0).get("reason").asString());
    // Three responses for two dimensions: too few for the model (k + 2 = 4), said in a note.
    assertTrue(json(lenient).get("notes").get("drivers").get(0).asString()
        .startsWith("no driver analysis"), lenient.out);
  }

  @Test
  void bandsAreHalfOpenSegmentsBesideCategoricalColumns() throws IOException {
    Path path = file("bands.csv", "score,region,hours", "10,EU,0.5", "9,EU,1", "8,US,3.9",
        "7,US,4", "6,EU,24", "0,US,30.0", "5,EU, 4.0 ");
    Result result = ReportCommandTest.run("report", path.toString(), "--by", "region,hours",
        "--band", "hours=1,4,24", "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    List<String> seen = new ArrayList<>();
    long total = 0;
    for (JsonNode row : json(result).get("segments")) {
      seen.add(row.get("region").asString() + " " + row.get("hours").asString() + " "
          + row.get("n").asLong());
      total += row.get("n").asLong();
    }
    // 0.5 < 1; 1 and 3.9 in [1, 4); 4, 4.0 in [4, 24); 24 and 30 >= 24.
    assertEquals(7, total);
    assertTrue(seen.containsAll(List.of("EU <1 1", "EU 1-4 1", "US 1-4 1", "US 4-24 1",
        "EU 4-24 1", "EU >=24 1", "US >=24 1")), seen.toString());
    Path bad = file("badband.csv", "score,hours", "10,1", "9,soon");
    Result notNumber = ReportCommandTest.run("report", bad.toString(), "--by", "hours",
        "--band", "hours=1,4,24");
    assertEquals(2, notNumber.exitCode, notNumber.toString());
    assertTrue(notNumber.err.contains("badband.csv:3: band column 'hours' is not a number"),
        notNumber.err);
    assertFalse(notNumber.err.contains("soon"), notNumber.err);
  }

  @Test
  void bandOptionsAreChecked() throws IOException {
    Path path = file("b.csv", "score,hours", "10,1");
    Result notBy = ReportCommandTest.run("report", path.toString(), "--band", "hours=1,4");
    assertEquals(2, notBy.exitCode);
    assertTrue(notBy.err.contains("is not a --by column"), notBy.err);
    Result decreasing = ReportCommandTest.run("report", path.toString(), "--by", "hours",
        "--band", "hours=4,1");
    assertEquals(2, decreasing.exitCode);
    assertTrue(decreasing.err.contains("edges must increase, but 1 follows 4"), decreasing.err);
  }

  private Path escalations() throws IOException {
    return file("tickets.csv", "score,region,escalated,answered_at",
        "9,EU,yes,2026-01-05T10:00:00Z", "8,EU,NO,2026-01-06T10:00:00Z",
        "7,EU,True,2026-01-07T10:00:00Z", "6,EU,,2026-02-05T10:00:00Z",
        "5,US,0,2026-02-06T10:00:00Z", "4,US,1,2026-02-07T10:00:00Z",
        "3,US,false,2026-02-08T10:00:00Z", "2,US,no,2026-02-09T10:00:00Z");
  }

  @Test
  void rateOverallPerSegmentAndPerPeriod() throws IOException {
    Result result = ReportCommandTest.run("report", escalations().toString(), "--rate",
        "escalated", "--by", "region", "--period", "month", "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    JsonNode document = json(result);
    JsonNode overall = document.get("rates").get(0);
    // yes: rows 1, 3 and 6 of the 7 answered; 1 blank. Wilson 95% (z = 1.959963984540054):
    // centre (p + z^2/2n) / (1 + z^2/n), half-width z sqrt(p(1-p)/n + z^2/4n^2) / (1 + z^2/n),
    // for 3 of 7: [15.821985525146975, 74.95416354723427] (Python, math module).
    assertEquals(7, overall.get("n").asLong());
    assertEquals(3, overall.get("yes").asLong());
    assertEquals(1, overall.get("blank").asLong());
    assertEquals(300.0 / 7, overall.get("rate_pct").asDouble(), EPS);
    assertEquals(15.821985525146975, overall.get("ci_low").asDouble(), 1e-9);
    assertEquals(74.95416354723427, overall.get("ci_high").asDouble(), 1e-9);
    JsonNode eu = document.get("rate_segments").get(0);
    JsonNode us = document.get("rate_segments").get(1);
    assertEquals("EU", eu.get("region").asString());
    // EU 2 of 3, US 1 of 4: EU vs rest = 66.67 - 25 = +41.67 points; Wilson for 2 of 3:
    // [20.76596008020477, 93.85080552796038].
    assertEquals(200.0 / 3 - 25.0, eu.get("vs_rest").asDouble(), EPS);
    assertEquals(25.0 - 200.0 / 3, us.get("vs_rest").asDouble(), EPS);
    assertEquals(20.76596008020477, eu.get("ci_low").asDouble(), 1e-9);
    assertEquals(93.85080552796038, eu.get("ci_high").asDouble(), 1e-9);
    double p = eu.get("p_value").asDouble();
    assertTrue(p > 0 && p < 1, eu.toString());
    assertTrue(eu.get("holm_p").asDouble() >= p, eu.toString());
    JsonNode january = document.get("rate_trend").get(0);
    JsonNode february = document.get("rate_trend").get(1);
    assertEquals("2026-01", january.get("period").asString());
    assertTrue(january.get("change").isNull());
    // February 1 of 4 against January 2 of 3.
    assertEquals(25.0 - 200.0 / 3, february.get("change").asDouble(), EPS);
    assertTrue(february.get("p_value").asDouble() > 0);
  }

  @Test
  void rateInTextAndCsvAndBadValues() throws IOException {
    Result text = ReportCommandTest.run("report", escalations().toString(), "--rate",
        "escalated", "--by", "region");
    assertEquals(0, text.exitCode, text.toString());
    assertTrue(text.out.contains("Rates by region"), text.out);
    Result csv = ReportCommandTest.run("report", escalations().toString(), "--rate",
        "escalated", "--format", "csv", "--table", "rates");
    assertEquals(0, csv.exitCode, csv.toString());
    assertTrue(csv.out.contains("\"escalated\",7,3,42.857142857142"), csv.out);
    Path bad = file("bad.csv", "score,escalated", "9,yes", "8,maybe");
    Result result = ReportCommandTest.run("report", bad.toString(), "--rate", "escalated");
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains("bad.csv:3: 'escalated' is not true/false, yes/no or 1/0"),
        result.err);
    assertFalse(result.err.contains("maybe"), result.err);
    Result missing = ReportCommandTest.run("report", bad.toString(), "--rate", "escalatd");
    assertEquals(2, missing.exitCode);
    assertTrue(missing.err.contains("did you mean 'escalated'"), missing.err);
  }

  @Test
  void generatorReproducesTheSupportExample() throws IOException, InterruptedException {
    Path examples = Path.of("..", "examples");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, examples.resolve("GenerateSupport.java").toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    byte[] generated = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue());
    assertEquals(Files.readString(examples.resolve("support.csv"), StandardCharsets.UTF_8),
        new String(generated, StandardCharsets.UTF_8));
  }

  @Test
  void readmeSupportCommandPrintsWhatTheReadmeShows() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher shown = Pattern.compile("```sh\\njava -jar nps-cli/target/nps.jar (report"
        + " examples/support.csv [^\\n]*)\\n```\\n\\n```text\\n(.*?)```", Pattern.DOTALL)
        .matcher(readme);
    assertTrue(shown.find(), "README shows a report of examples/support.csv and its output");
    String[] args = shown.group(1).trim().split("\\s+");
    args[1] = Path.of("..", "examples", "support.csv").toString();
    Result result = ReportCommandTest.run(args);
    assertEquals(0, result.exitCode, result.toString());
    assertEquals(shown.group(2), result.out.replace(args[1], "examples/support.csv"));
    // The data were built with business weighted most and hidden least.
    assertTrue(result.out.indexOf("  business") < result.out.indexOf("  human")
        && result.out.indexOf("  human") < result.out.indexOf("  hidden"), result.out);
  }
}
