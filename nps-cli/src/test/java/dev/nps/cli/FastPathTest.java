package dev.nps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counting path for plain rows against the ordinary path: the same answers read either way
 * give the same report, and the character-level time reader agrees with the ordinary one.
 */
class FastPathTest {
  @TempDir Path dir;

  private static final String[] FORMS = {
      "%04d-%02d-%02dT%02d:%02d:%02dZ", "%04d-%02d-%02d %02d:%02d:%02d+02:00",
      "%04d-%02d-%02dt%02d:%02d:%02d-0530", "%04d-%02d-%02dT%02d:%02d:%02d.123-07",
      "%04d-%02d-%02dT%02d:%02d:%02d", "%04d-%02d-%02d %02d:%02d:%02d,5z"};

  @Test
  void knownTimes() {
    TimeParser utc = TimeParser.of(null, ZoneOffset.UTC);
    char[] text = "2024-05-01T10:12:33-07:00".toCharArray();
    // 10:12:33 at UTC-7 is 17:12:33Z, epoch second 1714583553 (Python's datetime.timestamp()).
    assertEquals(1714583553L, utc.epochSecond(text, 0, text.length));
    // Days from civil: 2000-03-01 is day 11017 (30 years of 365 days, 7 leap days, Jan+Feb 60).
    assertEquals(30 * 365 + 7 + 60, TimeParser.epochDay(2000, 3, 1));
    char[] invalid = "2023-02-29T10:00:00Z".toCharArray();
    assertEquals(TimeParser.NOT_FAST, utc.epochSecond(invalid, 0, invalid.length));
    char[] hour24 = "2023-02-28T24:00:00Z".toCharArray();
    assertEquals(TimeParser.NOT_FAST, utc.epochSecond(hour24, 0, hour24.length));
  }

  @Test
  void timesAgreeWithTheOrdinaryReader() {
    TimeParser berlin = TimeParser.of(null, ZoneId.of("Europe/Berlin"));
    // The form and the year (1960 to 2210) in one number, as QuickTheories takes four sources.
    qt().withExamples(3000).forAll(integers().between(0, FORMS.length * 251 - 1),
        integers().between(0, 13), integers().between(0, 32),
        longs().between(0, 24L * 61 * 61)).checkAssert((formYear, month, day, clock) -> {
          int form = formYear % FORMS.length;
          int year = 1960 + formYear / FORMS.length;
          int hour = (int) (clock / 3721);
          int minute = (int) (clock / 61 % 61);
          int second = (int) (clock % 61);
          String text = String.format(FORMS[form], year, month, day, hour, minute, second);
          char[] chars = text.toCharArray();
          long fast = berlin.epochSecond(chars, 0, chars.length);
          Instant ordinary = berlin.parse(text);
          if (ordinary == null) {
            assertEquals(TimeParser.NOT_FAST, fast, text);
          } else {
            assertEquals(ordinary.getEpochSecond(), fast, text);
          }
        });
  }

  /**
   * The same answers, once as bare scores (counted without a row object) and once as labelled
   * scores such as "9 - likely" (each through the ordinary path), give the same JSON report.
   */
  @Test
  void plainAndOrdinaryRowsGiveTheSameReport() throws IOException {
    Random random = new Random(13);
    String[] regions = {"north", "south", " east ", "west\t", "\"n,e\""};
    List<String> plain = new ArrayList<>();
    List<String> labelled = new ArrayList<>();
    List<String> mixed = new ArrayList<>();
    String header = "respondent,answered_at,region,plan,score,comment";
    plain.add(header);
    labelled.add(header);
    mixed.add(header);
    for (int i = 0; i < 3000; i++) {
      int score = random.nextInt(11);
      String time = String.format("2025-%02d-%02dT%02d:00:00%s", 1 + random.nextInt(12),
          1 + random.nextInt(28), random.nextInt(24), random.nextBoolean() ? "Z" : "+05:00");
      String rest = "," + regions[random.nextInt(regions.length)] + ",p" + random.nextInt(3);
      String comment = random.nextInt(3) == 0 ? ",\"a, \"\"b\"\"\"" : ",c";
      String bare = "r" + i + "," + time + rest + "," + score + comment;
      String label = "r" + i + "," + time + rest + "," + score + " - label" + comment;
      plain.add(bare);
      labelled.add(label);
      mixed.add(random.nextBoolean() ? bare : label);
    }
    String a = report(write("plain.csv", plain));
    String b = report(write("labelled.csv", labelled));
    String c = report(write("mixed.csv", mixed));
    assertTrue(a.contains("\"segments\""), a);
    assertEquals(b.replace("labelled.csv", "X"), a.replace("plain.csv", "X"));
    assertEquals(c.replace("mixed.csv", "X"), a.replace("plain.csv", "X"));
  }

  @Test
  void maxSegmentsNamesTheSameLineOnEitherPath() throws IOException {
    List<String> plain = new ArrayList<>(List.of("score,region", "9,a", "9,b", "7,a", "8,c"));
    List<String> labelled = new ArrayList<>(
        List.of("score,region", "9 - x,a", "9 - x,b", "7 - x,a", "8 - x,c"));
    ReportCommandTest.Result a = ReportCommandTest.run("report",
        write("p.csv", plain).toString(), "--by", "region", "--max-segments", "2",
        "--no-progress");
    ReportCommandTest.Result b = ReportCommandTest.run("report",
        write("l.csv", labelled).toString(), "--by", "region", "--max-segments", "2",
        "--no-progress");
    assertEquals(2, a.exitCode, a.toString());
    // The fourth data row, on line 5, brings the third segment.
    assertTrue(a.err.contains("p.csv:5: more than 2 distinct segments"), a.err);
    assertEquals(b.err.replace("l.csv", "X"), a.err.replace("p.csv", "X"));
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return path;
  }

  private static String report(Path file) {
    ReportCommandTest.Result result = ReportCommandTest.run("report", file.toString(), "--by",
        "region,plan", "--period", "month", "--format", "json", "--no-progress");
    assertEquals(0, result.exitCode, result.toString());
    return result.out;
  }
}
