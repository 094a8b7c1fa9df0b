package dev.nps.benchmarks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check of {@code nps report --format json} against the generator's counts. */
class EndToEndCheckTest {
  private static final CrossTable EXPECTED = CrossTable.parse(List.of(
      "EU,pro,2024-01,10,2,5,30",
      "EU,pro,2024-02,4,1,1,0",
      "NA,free,2024-01,6,3,2,12"));

  /**
   * A report of those cells in the shape nps writes, the numbers worked by hand: 20 answers, 6
   * detractors, 8 promoters; EU/pro 14, 3, 6 and NA/free 6, 3, 2; 2024-01 has 16 answers and
   * 7 - 5 = 2 more promoters than detractors, NPS 100 * 2 / 16 = 12.5; 2024-02 has 4 answers and
   * NPS 100 * (1 - 1) / 4 = 0.
   */
  private static String report(long euProDetractors, double januaryNps) {
    return "{\"rows\":[{\"read\":20,\"used\":20,\"skipped\":0,\"replaced\":0}],"
        + "\"trend\":[{\"period\":\"2024-01\",\"n\":16,\"nps\":" + januaryNps + "},"
        + "{\"period\":\"2024-02\",\"n\":4,\"nps\":0.0}],"
        + "\"aggregates\":{\"nps\":{\"total\":20,\"detractors\":6,\"promoters\":8},"
        + "\"segments\":{\"segments\":["
        + "{\"segment\":{\"region\":\"EU\",\"plan\":\"pro\"},\"total\":14,\"detractors\":"
        + euProDetractors + ",\"promoters\":6},"
        + "{\"segment\":{\"region\":\"NA\",\"plan\":\"free\"},\"total\":6,\"detractors\":3,"
        + "\"promoters\":2}]}}}";
  }

  @Test
  void acceptsAReportWithTheGeneratorsCounts() {
    assertDoesNotThrow(
        () -> EndToEnd.checkNpsJson(Path.of("x.csv"), report(3, 12.5), EXPECTED, 20));
  }

  @Test
  void failsOnADifferentSegmentCount() {
    EndToEnd.CheckFailed e = assertThrows(EndToEnd.CheckFailed.class,
        () -> EndToEnd.checkNpsJson(Path.of("x.csv"), report(4, 12.5), EXPECTED, 20));
    assertEquals("nps report on x.csv: EU,pro detractors is 4, the generator wrote 3",
        e.getMessage());
  }

  @Test
  void failsOnADifferentMonthlyScore() {
    // 100 * 3 / 16 = 18.75: three more promoters than detractors instead of two.
    EndToEnd.CheckFailed e = assertThrows(EndToEnd.CheckFailed.class,
        () -> EndToEnd.checkNpsJson(Path.of("x.csv"), report(3, 18.75), EXPECTED, 20));
    assertEquals("nps report on x.csv: 2024-01 promoters - detractors is 3, the generator"
        + " wrote 2", e.getMessage());
  }

  @Test
  void failsOnADifferentRowCount() {
    EndToEnd.CheckFailed e = assertThrows(EndToEnd.CheckFailed.class,
        () -> EndToEnd.checkNpsJson(Path.of("x.csv"), report(3, 12.5), EXPECTED, 21));
    assertEquals("nps report on x.csv: rows read is 20, the generator wrote 21", e.getMessage());
  }
}
