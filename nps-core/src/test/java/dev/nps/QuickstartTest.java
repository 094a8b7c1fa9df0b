package dev.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's quickstart is the file examples/Quickstart.java, and the README's command runs it
 * and prints what the README says.
 */
class QuickstartTest {
  private static final Path ROOT = Path.of("..");

  private static String block(String readme, String heading, String language) {
    Matcher matcher = Pattern.compile(
            Pattern.quote(heading) + ".*?```" + language + "\\n(.*?)```", Pattern.DOTALL)
        .matcher(readme);
    assertTrue(matcher.find(), "README has a " + language + " block after " + heading);
    return matcher.group(1);
  }

  @Test
  void readmeQuickstartIsTheExampleFileAndPrintsWhatTheReadmeSays()
      throws IOException, InterruptedException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Path example = ROOT.resolve("examples/Quickstart.java");
    assertEquals(Files.readString(example), block(readme, "## Quickstart", "java"));

    // The README's second command, with the freshly compiled classes in place of the jar,
    // which is only packaged after the tests: java -cp <classes> examples/Quickstart.java
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(
            java, "-cp", Path.of("target", "classes").toString(), example.toString())
        .redirectErrorStream(true)
        .start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the quickstart finishes");
    assertEquals(0, process.exitValue(), printed);

    // Worked out by hand: EU has 10, 9 (promoters), 7 (passive), 3 (detractor): (2 - 1) / 4 = 25.
    // US has 9 (promoter), 8 (passive), 6, 5 (detractors): (1 - 2) / 4 = -25. Overall 3 - 3 = 0.
    assertEquals(
        List.of(
            "NPS 0.0 from 8 answers: 3 promoters, 2 passives, 3 detractors",
            "region=EU: NPS 25.0 (n=4)",
            "region=US: NPS -25.0 (n=4)"),
        printed.lines().toList());
    assertEquals(printed, block(readme, "It prints:", "text"));
  }

  /** The lines between two marker comments of a test, unindented by one method level. */
  private static String example(Path test, String start, String end) throws IOException {
    Matcher example = Pattern.compile(
            Pattern.quote(start) + "\\n(.*?)\\n\\s*" + Pattern.quote(end), Pattern.DOTALL)
        .matcher(Files.readString(test));
    assertTrue(example.find(), test + " has the README example markers");
    return example.group(1).lines()
        .map(line -> line.length() >= 4 ? line.substring(4) : line)
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
  }

  @Test
  void readmeExamplesAreTheCodeThatTestsRun() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String statistics = example(Path.of("src/test/java/dev/nps/StatisticsExampleTest.java"),
        "// --- README example starts here ---", "// --- README example ends here");
    // The README block begins with the imports, then this code.
    assertTrue(readme.contains("\n\n" + statistics + "```"), "README shows:\n" + statistics);
    String csat = example(ROOT.resolve("nps-csat/src/test/java/dev/nps/csat/ReadmeExampleTest.java"),
        "// --- README begins", "// --- README ends");
    assertTrue(readme.contains("\n\n" + csat + "```"), "README shows:\n" + csat);
  }
}
