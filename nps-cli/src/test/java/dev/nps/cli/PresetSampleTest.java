package dev.nps.cli;

import static dev.nps.cli.ReportCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.cli.ReportCommandTest.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each preset's sample in {@code examples/}, read with {@code --from}: every expected number is
 * counted by hand from the sample, as the comments show.
 */
class PresetSampleTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  static JsonNode json(Result result) {
    assertEquals(0, result.exitCode, result.toString());
    return JsonMapper.builder().build().readTree(result.out);
  }

  static List<String> column(JsonNode rows, String name) {
    List<String> values = new ArrayList<>();
    rows.forEach(row -> values.add(row.get(name).isNull() ? null : row.get(name).asString()));
    return values;
  }

  private static String sample(String name) {
    return EXAMPLES.resolve(name).toString();
  }

  /**
   * examples/delighted.csv: 10 responses of 8 people. Scores 10, 3, 9, 7, 10, 0, 8, 6, 4, 9:
   * promoters 10, 9, 10, 9 (4), passives 7, 8 (2), detractors 3, 0, 6, 4 (4): NPS 0.
   */
  @Test
  void delighted() {
    JsonNode report = json(run("report", sample("delighted.csv"), "--from", "delighted",
        "--by", "Country", "--period", "month", "--follow-up", "--format", "json"));
    JsonNode nps = report.get("nps").get(0);
    assertEquals(10, nps.get("n").asInt());
    assertEquals(4, nps.get("detractors").asInt());
    assertEquals(2, nps.get("passives").asInt());
    assertEquals(4, nps.get("promoters").asInt());
    assertEquals(0.0, nps.get("nps").asDouble(), 1e-12);
    // DE: 9, 7, 6, 9 -> (2 - 1) / 4 = 25; GB: 0, 8 -> -50; US: 10, 3, 10, 4 -> 0.
    JsonNode segments = report.get("segments");
    assertEquals(List.of("DE", "GB", "US"), column(segments, "Country"));
    assertEquals(25.0, segments.get(0).get("nps").asDouble(), 1e-12);
    assertEquals(-50.0, segments.get(1).get("nps").asDouble(), 1e-12);
    assertEquals(0.0, segments.get(2).get("nps").asDouble(), 1e-12);
    // "2024-05-01 10:12:33 -0700" is 17:12:33Z: the offsets decide the instants. May in UTC:
    // 10, 3, 9, 7 -> (2 - 1) / 4 = 25; June: 10, 0, 8, 6, 4, 9 -> (2 - 3) / 6 = -16.67.
    JsonNode trend = report.get("trend");
    assertEquals(4, trend.get(0).get("n").asInt());
    assertEquals(25.0, trend.get(0).get("nps").asDouble(), 1e-12);
    assertEquals(6, trend.get(1).get("n").asInt());
    assertEquals(-100.0 / 6, trend.get(1).get("nps").asDouble(), 1e-12);
    // People: p-101 answered 10 then 4 (latest), p-102 3 then 10 (latest): two answers are not
    // listed, and nobody is on both lists. Detractors 0 (p-105), 4 (p-101), 6 (p-107).
    JsonNode detractors = report.get("detractors");
    assertEquals(List.of("p-105", "p-101", "p-107"), column(detractors, "respondent"));
    assertEquals("ada@example.com", detractors.get(1).get("Email").asString());
    assertEquals("Ada Lovelace", detractors.get(1).get("Name").asString());
    assertEquals("2024-06-20T18:00:00Z", detractors.get(1).get("answered_at").asString());
    // Promoters: the 10 (p-102) first, then the 9s newest first: p-108 (June), p-103 (May).
    assertEquals(List.of("p-102", "p-108", "p-103"),
        column(report.get("review_candidates"), "respondent"));
    assertTrue(report.get("notes").get("detractors").toString()
        .contains("2 earlier answers of the same people not listed"));
  }

  /**
   * examples/surveymonkey.csv: a second header row of answer types; 8 respondents, one of whom
   * skipped the NPS question. Answers 10, 0, 8, 9, 6, 7, 10: promoters 3, passives 2,
   * detractors 2: NPS 100 / 7.
   */
  @Test
  void surveyMonkey() {
    JsonNode report = json(run("report", sample("surveymonkey.csv"), "--from", "surveymonkey",
        "--by", "12", "--comment-column", "11", "--follow-up", "--format", "json"));
    JsonNode rows = report.get("rows").get(0);
    assertEquals(8, rows.get("read").asInt());
    assertEquals(7, rows.get("used").asInt());
    assertEquals(1, rows.get("unanswered").asInt());
    JsonNode nps = report.get("nps").get(0);
    assertEquals(3, nps.get("promoters").asInt());
    assertEquals(2, nps.get("passives").asInt());
    assertEquals(2, nps.get("detractors").asInt());
    assertEquals(100.0 / 7, nps.get("nps").asDouble(), 1e-12);
    // Column 12 is named by its header; Basic: 0, 9, 7 -> 0; Pro: 10, 8, 6, 10 -> 25.
    JsonNode segments = report.get("segments");
    assertEquals(List.of("Basic", "Pro"), column(segments, "Which plan are you on?"));
    assertEquals(3, segments.get(0).get("n").asInt());
    assertEquals(0.0, segments.get(0).get("nps").asDouble(), 1e-12);
    assertEquals(25.0, segments.get(1).get("nps").asDouble(), 1e-12);
    JsonNode detractors = report.get("detractors");
    assertEquals(List.of("114002", "114006"), column(detractors, "respondent"));
    assertEquals("Broken on arrival", detractors.get(0).get("comment").asString());
    assertEquals("bob@example.com", detractors.get(0).get("Email Address").asString());
    // "05/02/2024 02:15:00 PM" by the preset's pattern, in UTC.
    assertEquals("2024-05-02T14:15:00Z", detractors.get(0).get("answered_at").asString());
    assertEquals(List.of("114008", "114001", "114004"),
        column(report.get("review_candidates"), "respondent"));
  }

  /**
   * examples/qualtrics.csv: three header rows; Q1 is the NPS question (it has Q1_NPS_GROUP).
   * Answers 9, 2, 10, 5, 8 and one blank: promoters 2, passive 1, detractors 2: NPS 0.
   */
  @Test
  void qualtrics() {
    JsonNode report = json(run("report", sample("qualtrics.csv"), "--from", "qualtrics",
        "--by", "Q3", "--period", "month", "--follow-up", "--format", "json"));
    JsonNode rows = report.get("rows").get(0);
    assertEquals(6, rows.get("read").asInt());
    assertEquals(1, rows.get("unanswered").asInt());
    JsonNode nps = report.get("nps").get(0);
    assertEquals(5, nps.get("n").asInt());
    assertEquals(0.0, nps.get("nps").asDouble(), 1e-12);
    // East: 2, 8 -> -50; West: 9, 10, 5 -> 100 / 3.
    JsonNode segments = report.get("segments");
    assertEquals(List.of("East", "West"), column(segments, "Q3"));
    assertEquals(-50.0, segments.get(0).get("nps").asDouble(), 1e-12);
    assertEquals(100.0 / 3, segments.get(1).get("nps").asDouble(), 1e-12);
    // RecordedDate is local time in America/Denver (the ImportId row): "2024-05-31 20:30:00"
    // is 2024-06-01T02:30:00Z (UTC-6 in summer), so June in UTC: 5, 8 -> -50; May 9, 2, 10.
    JsonNode trend = report.get("trend");
    assertEquals(List.of("2024-05", "2024-06"), column(trend, "period"));
    assertEquals(100.0 / 3, trend.get(0).get("nps").asDouble(), 1e-12);
    assertEquals(-50.0, trend.get(1).get("nps").asDouble(), 1e-12);
    // In Denver's own months, the 5 is May's: 9, 2, 10, 5 -> 0; June 8 -> 0.
    JsonNode denver = json(run("report", sample("qualtrics.csv"), "--from", "qualtrics",
        "--period", "month", "--zone", "America/Denver", "--format", "json")).get("trend");
    assertEquals(4, denver.get(0).get("n").asInt());
    assertEquals(1, denver.get(1).get("n").asInt());
    // kim.lee answered 9 then 5: one entry, the 5. Ray's blank second answer is unanswered.
    JsonNode detractors = report.get("detractors");
    assertEquals(List.of("ray@example.com", "kim.lee@example.com"),
        column(detractors, "respondent"));
    assertEquals("Kim", detractors.get(1).get("RecipientFirstName").asString());
    assertEquals(List.of("sam@example.com"),
        column(report.get("review_candidates"), "respondent"));
  }

  /**
   * examples/zendesk.csv: good/bad ratings; "Offered" and "Unoffered" are unanswered. Rated:
   * Good, Bad, good, Good with comment, Bad, Good, Good, Bad: 5 good of 8: CSAT 62.5%.
   */
  @Test
  void zendesk() {
    JsonNode report = json(run("report", sample("zendesk.csv"), "--from", "zendesk",
        "--by", "Group", "--follow-up", "--format", "json"));
    JsonNode rows = report.get("rows").get(0);
    assertEquals(10, rows.get("read").asInt());
    assertEquals(8, rows.get("used").asInt());
    assertEquals(2, rows.get("unanswered").asInt());
    JsonNode csat = report.get("csat").get(0);
    assertEquals(8, csat.get("n").asInt());
    assertEquals(5, csat.get("satisfied").asInt());
    assertEquals(62.5, csat.get("csat").asDouble(), 1e-12);
    // Wilson 95% for 5 of 8 (Wilson 1927), z = 1.959964, z^2 = 3.841459: centre
    // (5 + 1.920729) / 11.841459 = 0.584450; half-width 1.959964 * sqrt(0.625 * 0.375 * 8
    // + 0.960365) / 11.841459 = 0.278707: [30.57, 86.32] percent.
    assertEquals(30.57, csat.get("ci_low").asDouble(), 0.01);
    assertEquals(86.32, csat.get("ci_high").asDouble(), 0.01);
    assertTrue(csat.get("mean").isNull(), "good/bad has no mean");
    // Billing: Good, Bad, Bad, Good -> 50%; Tech: good, Good with comment, Good, Bad -> 75%.
    JsonNode segments = report.get("segments");
    assertEquals(List.of("Billing", "Tech"), column(segments, "Group"));
    assertEquals(50.0, segments.get(0).get("csat").asDouble(), 1e-12);
    assertEquals(75.0, segments.get(1).get("csat").asDouble(), 1e-12);
    // Bob's Bad (1002) was followed by a Good with comment (1006): he is thanked, not called.
    JsonNode callBack = report.get("call_back");
    assertEquals(List.of("fay@example.com", "ivy@example.com"),
        column(callBack, "respondent"));
    assertEquals("1007", callBack.get(0).get("Ticket ID").asString());
    assertEquals(List.of("hal@example.com", "bob@example.com", "ann@example.com"),
        column(report.get("thank"), "respondent"));
    assertEquals("Fixed, thanks", report.get("thank").get(1).get("comment").asString());
  }

  @Test
  void unknownPresetNamesTheKnownOnes() {
    Result result = run("report", sample("zendesk.csv"), "--from", "freshdesk");
    assertEquals(2, result.exitCode);
    assertTrue(result.err.contains("--from must be one of delighted, surveymonkey, qualtrics,"
        + " zendesk, was 'freshdesk'"), result.err);
  }
}
