package dev.nps.csat.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.csat.CsatScale;
import dev.nps.stats.Interval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example of the README's "Key-driver analysis" section, kept compiling and true. */
class ReadmeDriversExampleTest {
  @Test
  void readmeExample() {
    DriverFixtures data = new DriverFixtures();
    DriverAccumulator part = data.accumulate(1500, DriverFixtures.RESPONSES);
    int[] first = data.ratings[0];
    int recommend = data.outcomes[0];

    // --- README begins
    DriverAccumulator drivers = new DriverAccumulator(CsatScale.ZERO_TO_TEN, // 0-10 outcome
        CsatScale.ONE_TO_FIVE, "business", "human", "hidden", "speed");     // ratings 1-5
    drivers.add(recommend, first);                      // first = {4, 5, MISSING, 3}, say
    // ... one add per response, or addAll(outcomes, columns) ...
    drivers.addAll(part);                               // merge a partial, exactly

    DriverAnalysis analysis = drivers.analyze();        // listwise, Shapley (LMG)
    double r2 = analysis.rSquared();                    // what the four explain together
    for (Driver driver : analysis.ranking()) {          // most important first
      double share = driver.importancePercent();        // % of R², the shares add up to 100
      double topBox = driver.performance();             // % in 4-5
      Interval r = driver.correlationInterval(0.95);    // Fisher z
      double p = driver.pValue();                       // t test of the standardized beta
      double vif = driver.varianceInflation();          // collinearity, with conditionNumber()
      Quadrant quadrant = driver.quadrant();            // FIX_FIRST, KEEP_UP, ...
    }
    List<Driver> fixFirst = analysis.fixFirst();        // important, below-median top box
    DriverAnalysis pairwise = drivers.snapshot()
        .analyze(MissingAnswers.PAIRWISE, ImportanceMethod.RELATIVE_WEIGHTS);
    // --- README ends

    // The first response and the second half of the data set: 1 + 1500 responses.
    assertEquals(1501, drivers.respondents());
    assertTrue(r2 > 0.5 && r2 < 1.0);
    assertEquals("business", analysis.ranking().get(0).dimension());
    assertTrue(fixFirst.stream().allMatch(d -> d.quadrant() == Quadrant.FIX_FIRST));
    assertEquals(MissingAnswers.PAIRWISE, pairwise.missingAnswers());
  }

  /** The README shows the lines between the markers above, unindented, after its declarations. */
  @Test
  void readmeShowsThisExample() throws IOException {
    String source = Files.readString(
        Path.of("src/test/java/dev/nps/csat/drivers/ReadmeDriversExampleTest.java"));
    String begin = "// --- README begins\n";
    String snippet = source.substring(source.indexOf(begin) + begin.length(),
        source.indexOf("    // --- README ends"));
    String unindented = snippet.lines().map(line -> line.substring(Math.min(4, line.length())))
        .collect(Collectors.joining("\n", "\n\n", "\n```"));
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains(unindented), "README.md should contain:\n" + unindented);
  }
}
