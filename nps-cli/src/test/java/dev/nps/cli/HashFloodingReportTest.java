package dev.nps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.Nps;
import dev.nps.Segment;
import dev.nps.jackson.NpsModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code nps report --by} over segment values that share one {@link String#hashCode()}: it takes
 * about as long as over random values, and its JSON aggregates read back in nps-jackson.
 *
 * <p>Before the segment index hashed with SipHash, 16,384 such values took 75 s against 2.8 s for
 * random ones, and nps-jackson rejected a report's aggregates with more than 16 of them. The
 * bound on the time, 10 times, is generous so that a loaded machine does not fail the build.
 */
class HashFloodingReportTest {
  @TempDir Path dir;

  /**
   * The {@code 2^blocks} values of that many blocks "Aa" or "BB", which share one String.hashCode
   * ("Aa" and "BB" both hash to 65 * 31 + 97 = 66 * 31 + 66 = 2112).
   */
  private static List<String> sameStringHash(int blocks) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 1 << blocks; i++) {
      StringBuilder value = new StringBuilder();
      for (int block = 0; block < blocks; block++) {
        value.append(((i >> block) & 1) == 0 ? "Aa" : "BB");
      }
      values.add(value.toString());
    }
    return values;
  }

  private static List<String> random(int count, int length) {
    SplittableRandom random = new SplittableRandom(count);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder value = new StringBuilder();
      for (int k = 0; k < length; k++) {
        value.append((char) ('a' + random.nextInt(26)));
      }
      values.add(value.toString());
    }
    return values;
  }

  /** Two answers per value, 10 then 0, in two passes. */
  private Path csv(String name, List<String> values) throws IOException {
    StringBuilder text = new StringBuilder("score,region\n");
    for (String score : new String[] {"10", "0"}) {
      for (String value : values) {
        text.append(score).append(',').append(value).append('\n');
      }
    }
    Path path = dir.resolve(name);
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return path;
  }

  private static long nanos(Path file) {
    System.gc();
    long start = System.nanoTime();
    ReportCommandTest.Result result =
        ReportCommandTest.run("report", file.toString(), "--by", "region", "--no-progress");
    long elapsed = System.nanoTime() - start;
    assertEquals(0, result.exitCode, result.err);
    return elapsed;
  }

  @Test
  void reportTimeDoesNotGrowWithCollisions() throws IOException {
    List<String> crafted = sameStringHash(14);
    assertEquals(1, crafted.stream().mapToInt(String::hashCode).distinct().count());
    Path craftedFile = csv("crafted.csv", crafted);
    Path randomFile = csv("random.csv", random(crafted.size(), 28));
    long craftedNanos = Long.MAX_VALUE;
    long randomNanos = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long randomRun = nanos(randomFile);
      long craftedRun = nanos(craftedFile);
      if (i > 0) {
        randomNanos = Math.min(randomNanos, randomRun);
        craftedNanos = Math.min(craftedNanos, craftedRun);
      }
    }
    double ratio = (double) craftedNanos / randomNanos;
    System.out.printf(Locale.ROOT, "nps report --by over 16,384 values sharing one"
        + " String.hashCode: %.0f ms, random values %.0f ms, ratio %.2f%n",
        craftedNanos / 1e6, randomNanos / 1e6, ratio);
    assertTrue(ratio < 10, ratio + " times as long as random values");
  }

  @Test
  void aReportsAggregatesWithManySegmentsReadBack() throws IOException {
    List<String> crafted = sameStringHash(11);
    ReportCommandTest.Result result = ReportCommandTest.run("report",
        csv("crafted.csv", crafted).toString(), "--by", "region", "--format", "json");
    assertEquals(0, result.exitCode, result.err);
    JsonMapper mapper = JsonMapper.builder().addModule(new NpsModule()).build();
    JsonNode segments = mapper.readTree(result.out).get("aggregates").get("segments");
    Map<Segment, Nps> bySegment =
        mapper.readValue(mapper.writeValueAsString(segments), NpsModule.NPS_BY_SEGMENT);
    assertEquals(2048, bySegment.size());
    for (String value : crafted) {
      assertEquals(Nps.ofAnswers(10, 0), bySegment.get(Segment.of("region", value)), value);
    }
  }
}
