package dev.nps.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export the end-to-end benchmark reads: reproducible, well-formed RFC 4180 with the quoting
 * the benchmark promises, the same rows in JSON Lines, and counts that match the rows written.
 * The files are read back here with a small reader of the test's own, not with the generator's
 * code.
 */
class ExportGeneratorTest {
  private static final int ROWS = 3_000;

  @TempDir Path dir;

  @Test
  void theSameSeedWritesTheSameBytes() throws IOException {
    ExportGenerator.write(ROWS, 7, dir.resolve("a.csv"), dir.resolve("a.jsonl"));
    ExportGenerator.write(ROWS, 7, dir.resolve("b.csv"), dir.resolve("b.jsonl"));
    ExportGenerator.write(ROWS, 8, dir.resolve("c.csv"), dir.resolve("c.jsonl"));
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.csv")),
        Files.readAllBytes(dir.resolve("b.csv")));
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.jsonl")),
        Files.readAllBytes(dir.resolve("b.jsonl")));
    assertFalse(Files.readString(dir.resolve("a.csv"))
        .equals(Files.readString(dir.resolve("c.csv"))));
  }

  @Test
  void theCsvHoldsTheCountsTheGeneratorReturns() throws IOException {
    Path csv = dir.resolve("e.csv");
    ExportGenerator.Cell[] cells = ExportGenerator.write(ROWS, 11, csv, dir.resolve("e.jsonl"));
    List<List<String>> records = readCsv(Files.readString(csv, StandardCharsets.US_ASCII));
    assertEquals(List.of("respondent", "answered_at", "region", "plan", "channel", "score",
        "comment"), records.get(0));
    assertEquals(ROWS + 1, records.size());

    TreeMap<String, long[]> counted = new TreeMap<>();
    String previousTime = "";
    for (List<String> record : records.subList(1, records.size())) {
      assertEquals(7, record.size(), record.toString());
      String time = record.get(1);
      assertTrue(time.matches("202[45]-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), time);
      assertTrue(time.compareTo(previousTime) >= 0, "times rise: " + previousTime + ", " + time);
      previousTime = time;
      int score = Integer.parseInt(record.get(5));
      assertTrue(score >= 0 && score <= 10, record.toString());
      // Months are the first seven characters of a UTC time.
      long[] c = counted.computeIfAbsent(
          record.get(2) + "," + record.get(3) + "," + time.substring(0, 7), k -> new long[4]);
      c[0]++;
      c[1] += score <= 6 ? 1 : 0;
      c[2] += score >= 9 ? 1 : 0;
      c[3] += record.get(6).length();
    }
    List<String> lines = new ArrayList<>();
    counted.forEach((key, c) -> lines.add(key + "," + c[0] + "," + c[1] + "," + c[2] + ","
        + c[3]));
    CrossTable generated = CrossTable.of(cells);
    assertNull(generated.firstDifference("generator", CrossTable.parse(lines), "CSV"));
    assertEquals(ROWS, generated.total()[0]);
  }

  @Test
  void aboutAThirdOfTheCommentsAreQuotedWithACommaAndADoubledQuote() throws IOException {
    Path csv = dir.resolve("q.csv");
    ExportGenerator.write(ROWS, 12, csv, dir.resolve("q.jsonl"));
    List<String> lines = Files.readAllLines(csv, StandardCharsets.US_ASCII);
    int quoted = 0;
    for (String line : lines.subList(1, lines.size())) {
      int quote = line.indexOf('"');
      if (quote >= 0) {
        quoted++;
        String field = line.substring(quote);
        assertTrue(field.startsWith("\"") && field.endsWith("\""), line);
        assertTrue(field.contains(","), line);
        assertTrue(field.contains("\"\""), line);
      }
    }
    // Each row's comment is quoted with probability 1/3; over 3,000 rows the share has a standard
    // deviation of sqrt(1/3 * 2/3 / 3000) = 0.0086, so 0.29 to 0.38 is five deviations each way.
    double share = quoted / (double) ROWS;
    assertTrue(share > 0.29 && share < 0.38, "share of quoted comments " + share);
  }

  @Test
  void theJsonLinesHoldTheSameRows() throws IOException {
    Path csv = dir.resolve("j.csv");
    Path jsonLines = dir.resolve("j.jsonl");
    ExportGenerator.write(ROWS, 13, csv, jsonLines);
    List<List<String>> records = readCsv(Files.readString(csv, StandardCharsets.US_ASCII));
    List<String> lines = Files.readAllLines(jsonLines, StandardCharsets.US_ASCII);
    assertEquals(ROWS, lines.size());
    JsonMapper mapper = JsonMapper.builder().build();
    for (int i = 0; i < ROWS; i++) {
      JsonNode node = mapper.readTree(lines.get(i));
      List<String> record = records.get(i + 1);
      List<String> header = records.get(0);
      for (int f = 0; f < header.size(); f++) {
        JsonNode value = node.get(header.get(f));
        assertEquals(record.get(f), header.get(f).equals("score") ? value.toString()
            : value.asString(), "row " + i + " " + header.get(f));
      }
      assertEquals(header.size(), node.size());
      assertTrue(node.get("score").isNumber());
    }
  }

  /** RFC 4180: fields split at commas outside quotes; inside quotes, "" is one quote. */
  private static List<List<String>> readCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    assertFalse(quoted, "the file ends inside quotes");
    assertTrue(record.isEmpty() && field.length() == 0, "the last line ends with a newline");
    return records;
  }
}
