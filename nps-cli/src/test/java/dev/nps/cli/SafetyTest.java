package dev.nps.cli;

import static dev.nps.cli.ReportCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nps.cli.ReportCommandTest.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data stays out of messages, terminals stay safe from input, spreadsheets do not run
 * cells, and no input exhausts memory.
 */
class SafetyTest {
  /** Planted in the respondent, contact and comment columns of one row. */
  private static final List<String> SECRETS = List.of("SECRET-ID-4711",
      "secret.person@example.org", "Secretia Plantwell", "SECRET-COMMENT", "078-05-1120");

  private static final String HEADER = "respondent,Email,Name,score,region,answered_at,weight,"
      + "comment";
  private static final String GOOD_ROW =
      "p2,p2@example.org,Pat Two,3,US,2024-05-02T10:00:00Z,1,ok";

  @TempDir Path dir;

  /** The secret row with one field replaced, so that the row is bad in one way. */
  private static String secretRow(String score, String time, String weight, String extra) {
    return "SECRET-ID-4711,secret.person@example.org,Secretia Plantwell," + score + ",EU,"
        + time + "," + weight + ",SECRET-COMMENT my SSN is 078-05-1120" + extra;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, bytes);
    return path;
  }

  private Path csv(String name, String... lines) throws IOException {
    return write(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Every way a row or a file can be bad, each with the planted secret in it. */
  private Map<Path, List<String>> badInputs() throws IOException {
    Map<Path, List<String>> inputs = new LinkedHashMap<>();
    inputs.put(csv("score.csv", HEADER, secretRow("x", "2024-05-01T10:00:00Z", "1", ""),
        GOOD_ROW), List.of());
    inputs.put(csv("range.csv", HEADER, secretRow("11", "2024-05-01T10:00:00Z", "1", ""),
        GOOD_ROW), List.of());
    inputs.put(csv("time.csv", HEADER, secretRow("9", "yesterday", "1", ""), GOOD_ROW),
        List.of("--period", "month"));
    inputs.put(csv("weight.csv", HEADER, secretRow("9", "2024-05-01T10:00:00Z", "heavy", ""),
        GOOD_ROW), List.of());
    inputs.put(csv("zero-weight.csv", HEADER, secretRow("9", "2024-05-01T10:00:00Z", "0", ""),
        GOOD_ROW), List.of());
    inputs.put(csv("fields.csv", HEADER, secretRow("9", "2024-05-01T10:00:00Z", "1", ",more"),
        GOOD_ROW), List.of());
    ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
    latin1.writeBytes((HEADER + "\n" + secretRow("9", "2024-05-01T10:00:00Z", "1", "")
        .replace("my SSN", "caf\u00e9 my SSN") + "\n" + GOOD_ROW + "\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    inputs.put(write("bytes.csv", latin1.toByteArray()), List.of());
    inputs.put(csv("long-field.csv", HEADER, secretRow("9", "2024-05-01T10:00:00Z", "1", ""),
        GOOD_ROW), List.of("--max-field-length", "20"));
    inputs.put(csv("long-line.csv", HEADER, secretRow("9", "2024-05-01T10:00:00Z", "1", ""),
        GOOD_ROW), List.of("--max-line-length", "90"));
    inputs.put(csv("quote.csv", HEADER, GOOD_ROW,
        secretRow("9", "2024-05-01T10:00:00Z", "1", "")
            .replace("SECRET-COMMENT", "\"SECRET-COMMENT")),
        List.of());
    inputs.put(csv("segments.csv", HEADER, GOOD_ROW, secretRow("9", "2024-05-01T10:00:00Z",
        "1", "")), List.of("--max-segments", "1"));
    String jsonSecret = "\"respondent\": \"SECRET-ID-4711\", \"Email\":"
        + " \"secret.person@example.org\", \"Name\": \"Secretia Plantwell\", \"comment\":"
        + " \"SECRET-COMMENT my SSN is 078-05-1120\"";
    String jsonGood = "{\"respondent\": \"p2\", \"score\": 3, \"region\": \"US\"}";
    inputs.put(csv("malformed.jsonl", jsonGood, "{\"score\": 9, " + jsonSecret), List.of());
    inputs.put(csv("token.jsonl", jsonGood, "{\"score\": SECRET-ID-4711, " + jsonSecret + "}"),
        List.of());
    inputs.put(csv("array.jsonl", jsonGood, "[\"SECRET-ID-4711\", \"secret.person@example.org\"]"),
        List.of());
    inputs.put(csv("nested.jsonl", jsonGood, "{\"score\": 9, \"region\": {\"x\":"
        + " \"SECRET-COMMENT\"}, " + jsonSecret + "}"), List.of());
    inputs.put(csv("twice.jsonl", jsonGood, "{\"score\": 9, \"score\": 10, " + jsonSecret + "}"),
        List.of());
    inputs.put(csv("bad-score.jsonl", jsonGood, "{\"score\": \"nine\", \"region\": \"EU\", "
        + jsonSecret + "}"), List.of());
    inputs.put(csv("long.jsonl", jsonGood, "{\"score\": 9, \"region\": \"EU\", " + jsonSecret
        + "}"), List.of("--max-line-length", "80"));
    inputs.put(csv("elements.json", "[" + jsonGood + ", \"SECRET-ID-4711\", {\"score\": 9,"
        + " \"region\": \"EU\", " + jsonSecret + ", \"weight\": \"heavy\"}]"),
        List.of());
    inputs.put(csv("broken.json", "[" + jsonGood + ", {\"score\": 9, " + jsonSecret + ","
        + " SECRET-ID-4711}]"), List.of());
    return inputs;
  }

  private static void assertNoSecret(Result result, String what) {
    for (String secret : SECRETS) {
      assertFalse(result.out.contains(secret), what + ": out shows " + secret + "\n" + result);
      assertFalse(result.err.contains(secret), what + ": err shows " + secret + "\n" + result);
    }
  }

  @Test
  void noMessageOrSkippedRowsTableShowsACommentAContactOrARespondent() throws IOException {
    int failures = 0;
    for (Map.Entry<Path, List<String>> input : badInputs().entrySet()) {
      String file = input.getKey().toString();
      List<String> common = new ArrayList<>(List.of("report", file, "--by", "region"));
      common.addAll(input.getValue());
      Result strict = run(common.toArray(new String[0]));
      assertTrue(strict.exitCode == 2 || strict.exitCode == 3, file + "\n" + strict);
      assertNoSecret(strict, file + " strict");
      failures += strict.exitCode == 2 ? 1 : 0;
      List<String> lenient = new ArrayList<>(common);
      lenient.addAll(List.of("--lenient", "--follow-up", "--contact-columns", "Email,Name"));
      for (List<String> format : List.of(List.of("--format", "text"),
          List.of("--format", "json"), List.of("--format", "csv", "--table", "skipped"),
          List.of("--format", "csv", "--table", "notes"),
          List.of("--format", "csv", "--table", "detractors"))) {
        List<String> args = new ArrayList<>(lenient);
        args.addAll(format);
        Result result = run(args.toArray(new String[0]));
        assertNoSecret(result, file + " " + format);
      }
    }
    // Every bad input stops a strict run.
    assertEquals(badInputs().size(), failures);
  }

  @Test
  void aListedPersonsContactsAppearInTheListsOnly() throws IOException {
    Path file = csv("people.csv", HEADER, secretRow("2", "2024-05-01T10:00:00Z", "1", ""),
        GOOD_ROW);
    Result report = run("report", file.toString(), "--by", "region", "--follow-up",
        "--contact-columns", "Email,Name", "--format", "json");
    assertEquals(0, report.exitCode, report.toString());
    assertTrue(report.out.contains("secret.person@example.org"), report.out);
    // Without --follow-up nothing personal is written.
    Result plain = run("report", file.toString(), "--by", "region", "--format", "json");
    assertNoSecret(plain, "plain");
    Result needsFollowUp = run("report", file.toString(), "--contact-columns", "Email");
    assertEquals(2, needsFollowUp.exitCode);
  }

  @Test
  void controlAndBidiCharactersAreEscapedOnStandardErrorAndInText() throws IOException {
    Path score = csv("esc.csv", "score,comment", "\"\u001b[2J\u202e9\",x");
    Result strict = run("report", score.toString());
    assertEquals(2, strict.exitCode, strict.toString());
    assertTrue(strict.err.contains("score '\\u001b[2J\\u202e9' is not an integer"), strict.err);
    assertFalse(strict.err.contains("\u001b"), strict.err);
    assertFalse(strict.err.contains("\u202e"), strict.err);

    Path header = csv("header.csv", "rating\u001b[31m,\u2066region\u2069", "9,EU");
    Result missing = run("report", header.toString());
    assertEquals(2, missing.exitCode);
    assertTrue(missing.err.contains("[rating\\u001b[31m, \\u2066region\\u2069]"), missing.err);
    assertFalse(missing.err.contains("\u001b") || missing.err.contains("\u2066"), missing.err);

    Path comment = csv("comment.csv", "respondent,score,comment,region",
        "a,0,\"evil \u202egnp.exe\u001b]0;title\u0007 and \u2028 line\",\"E\u200bU\"");
    Result text = run("report", comment.toString(), "--follow-up", "--by", "region");
    assertEquals(0, text.exitCode, text.toString());
    assertTrue(text.out.contains("evil \\u202egnp.exe\\u001b]0;title\\u0007 and \\u2028 line"),
        text.out);
    assertTrue(text.out.contains("E\\u200bU"), text.out);
    for (char c : new char[] {'\u001b', '\u202e', '\u0007', '\u2028', '\u200b'}) {
      assertFalse(text.out.indexOf(c) >= 0, "raw U+" + Integer.toHexString(c) + "\n" + text.out);
    }
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreNeutralised() throws IOException {
    // OWASP, CSV Injection: cells starting with = + - @ tab or CR get a leading quote.
    Path file = csv("inject.csv", "respondent,score,comment,=region",
        "+1-555,0,\"=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\",-2+3",
        "@SUM(A1),1,\"-cmd\",\"\rx\"",
        "plain,2,fine,EU");
    Result lists = run("report", file.toString(), "--follow-up", "--format", "csv", "--table",
        "detractors");
    assertEquals(0, lists.exitCode, lists.toString());
    List<String> lines = lists.out.lines().toList();
    assertTrue(lines.get(1).startsWith("0,\"'+1-555\","), lines.get(1));
    assertTrue(lines.get(1).endsWith(",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\""),
        lines.get(1));
    assertTrue(lists.out.contains("\"'@SUM(A1)\""), lists.out);
    assertTrue(lists.out.contains("\"'-cmd\""), lists.out);
    // Values from input are trimmed of spaces and tabs, but a tab or CR first is neutralised too.
    assertEquals("'\tcmd", Renderer.neutralise("\tcmd"));
    assertEquals("'\rcmd", Renderer.neutralise("\rcmd"));
    assertEquals("'\u0000cmd", Renderer.neutralise("\u0000cmd"));
    assertEquals("cmd=1", Renderer.neutralise("cmd=1"));
    assertTrue(lists.out.contains("\"plain\""), lists.out);
    assertTrue(lists.out.contains(",\"fine\""), lists.out);
    Result segments = run("report", file.toString(), "--by", "=region", "--format", "csv",
        "--table", "segments");
    assertEquals(0, segments.exitCode, segments.toString());
    assertTrue(segments.out.startsWith("\"'=region\",\"n\""), segments.out);
    assertTrue(segments.out.contains("\"'-2+3\",1,"), segments.out);
    // Negative numbers the report computes stay numbers.
    assertTrue(segments.out.contains(",-100.0,"), segments.out);
  }

  @Test
  void fieldsLinesColumnsAndSegmentsAreBounded() throws IOException {
    Path field = csv("field.csv", "score,comment", "9," + "x".repeat(200));
    Result longField = run("report", field.toString(), "--max-field-length", "100");
    assertEquals(2, longField.exitCode, longField.toString());
    assertTrue(longField.err.contains(field + ":2: field 2 is longer than 100 characters"
        + " (--max-field-length)"), longField.err);
    assertEquals(0, run("report", field.toString(), "--max-field-length", "300").exitCode);

    Path huge = write("huge.csv", ("score,comment\n9,\"" + "y".repeat(Limits.DEFAULT_FIELD_LENGTH
        + 10) + "\"\n").getBytes(StandardCharsets.UTF_8));
    Result hugeField = run("report", huge.toString());
    assertEquals(2, hugeField.exitCode, hugeField.err);
    assertTrue(hugeField.err.contains(huge + ":2: field 2 is longer than 1,048,576 characters"),
        hugeField.err);

    StringBuilder wide = new StringBuilder("score");
    for (int i = 0; i < Limits.DEFAULT_COLUMNS + 5; i++) {
      wide.append(",c").append(i);
    }
    Path columns = csv("wide.csv", wide.toString(), "9");
    Result manyColumns = run("report", columns.toString());
    assertEquals(2, manyColumns.exitCode);
    assertTrue(manyColumns.err.contains(columns + ":1: a record has more than 10,000 fields"
        + " (--max-columns)"), manyColumns.err);

    Path line = csv("line.csv", "score,a,b", "9,aaaaaaaaaa,bbbbbbbbbb");
    Result longLine = run("report", line.toString(), "--max-line-length", "15");
    assertEquals(2, longLine.exitCode);
    assertTrue(longLine.err.contains(line + ":2: a record is longer than 15 characters"
        + " (--max-line-length)"), longLine.err);

    Path segments = csv("ids.csv", "score,customer", "9,a", "8,b", "7,c");
    Result manySegments = run("report", segments.toString(), "--by", "customer",
        "--max-segments", "2");
    assertEquals(2, manySegments.exitCode);
    assertTrue(manySegments.err.contains(segments + ":4: more than 2 distinct segments of"
        + " customer (--max-segments)"), manySegments.err);

    Path jsonl = csv("line.jsonl", "{\"score\": 9, \"comment\": \"" + "z".repeat(100) + "\"}");
    Result jsonLine = run("report", jsonl.toString(), "--max-line-length", "50");
    assertEquals(2, jsonLine.exitCode);
    assertTrue(jsonLine.err.contains(jsonl + ":1: a line is longer than 50 characters"),
        jsonLine.err);
  }

  @Test
  void devZeroEndsInAMessageNotOutOfMemory() {
    assumeTrue(Files.isReadable(Path.of("/dev/zero")), "needs /dev/zero");
    Result result = run("report", "/dev/zero", "--input-format", "csv");
    assertEquals(2, result.exitCode, result.err);
    assertTrue(result.err.contains("/dev/zero:1: field 1 is longer than 1,048,576 characters"
        + " (--max-field-length)"), result.err);
  }
}
