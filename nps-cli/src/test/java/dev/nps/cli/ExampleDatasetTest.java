package dev.nps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped example dataset is exactly what its seeded generator writes, and reports cleanly. */
class ExampleDatasetTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void generatorReproducesTheCommittedDataset() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(
            java, EXAMPLES.resolve("GenerateResponses.java").toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    byte[] generated = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue());
    assertEquals(Files.readString(EXAMPLES.resolve("responses.csv"), StandardCharsets.UTF_8),
        new String(generated, StandardCharsets.UTF_8));
  }

  @Test
  void readmeMainCommandPrintsWhatTheReadmeShows() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String prefix = "java -jar nps-cli/target/nps.jar ";
    String command = readme.lines().filter(line -> line.startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("README names the main command"));
    String[] args = command.substring(prefix.length()).trim().split("\\s+");
    Matcher shown = Pattern.compile("The second command prints[^`]*```text\\n(.*?)```",
        Pattern.DOTALL).matcher(readme);
    assertTrue(shown.find(), "README shows the main command's output");

    // The command runs from the repository root; the tests run in nps-cli.
    args[1] = Path.of("..").resolve(args[1]).toString();
    ReportCommandTest.Result result = ReportCommandTest.run(args);
    assertEquals(0, result.exitCode, result.toString());
    assertEquals(shown.group(1).strip(),
        result.out.replace("Rows of ../", "Rows of ").strip());
  }

  @Test
  void datasetSpansTwoYearsWithSeveralSegmentsAndReportsWithoutSkippedRows() {
    ReportCommandTest.Result result = ReportCommandTest.run("report",
        EXAMPLES.resolve("responses.csv").toString(), "--by", "region,plan", "--period",
        "month", "--follow-up", "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    assertTrue(result.out.contains("\"read\" : 4191"), result.out);
    assertTrue(result.out.contains("\"period\" : \"2024-11\""), result.out);
    assertTrue(result.out.contains("\"period\" : \"2026-10\""), result.out);
    assertEquals("", result.err);
  }

  @Test
  void followUpListsEachPersonOnceAndNobodyOnBothLists() {
    ReportCommandTest.Result result = ReportCommandTest.run("report",
        EXAMPLES.resolve("responses.csv").toString(), "--follow-up", "--format", "json");
    assertEquals(0, result.exitCode, result.toString());
    JsonNode report = JsonMapper.builder().build().readTree(result.out);
    List<String> detractors =
        PresetSampleTest.column(report.get("detractors"), "respondent");
    List<String> promoters =
        PresetSampleTest.column(report.get("review_candidates"), "respondent");
    // Per answer, the file has 1,066 detractor answers from 755 respondents. Per person (a
    // Python script over the file: for each respondent keep the row with the latest
    // answered_at, the later row on ties; 1,392 respondents, 2,799 answers replaced), 327
    // respondents' latest answer is 0-6 and 676 respondents' is 9-10.
    assertEquals(327, detractors.size());
    assertEquals(676, promoters.size());
    assertEquals(327, new HashSet<>(detractors).size());
    Set<String> both = new HashSet<>(detractors);
    both.retainAll(promoters);
    assertEquals(Set.of(), both);
    assertTrue(report.get("notes").get("detractors").toString()
        .contains("2799 earlier answers of the same people not listed"));
  }
}
