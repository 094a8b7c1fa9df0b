package dev.nps.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code --from TOOL} knows about a tool's standard export: which columns hold the score,
 * the respondent, the time, the comment and the contact details, how times and answers are
 * written, and which values mean "not rated". Every option given on the command line wins over
 * the preset. The one registry is {@link #ALL}: a preset is documented, tested with a sample in
 * {@code examples/} and listed in {@code --help} from here.
 */
final class Preset {
  final String name;
  final String tool;
  /** The public page that documents the export's shape. */
  final String source;
  final String score;
  final ColumnRef.Finder scoreFinder;
  final String respondent;
  final String time;
  final String timeFormat;
  final String comment;
  final List<String> contacts;
  final Map<String, Integer> labels;
  final List<String> notRated;
  final String metric;
  final String scale;

  private Preset(String name, String tool, String source, String score,
      ColumnRef.Finder scoreFinder, String respondent, String time, String timeFormat,
      String comment, List<String> contacts, Map<String, Integer> labels, List<String> notRated,
      String metric, String scale) {
    this.name = name;
    this.tool = tool;
    this.source = source;
    this.score = score;
    this.scoreFinder = scoreFinder;
    this.respondent = respondent;
    this.time = time;
    this.timeFormat = timeFormat;
    this.comment = comment;
    this.contacts = contacts;
    this.labels = labels;
    this.notRated = notRated;
    this.metric = metric;
    this.scale = scale;
  }

  /** The first column whose name contains "recommend", as the NPS question's text does. */
  private static int recommendQuestion(Header header) {
    for (List<String> names : List.of(header.names(), header.texts())) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).toLowerCase(Locale.ROOT).contains("recommend")) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Qualtrics adds an X_NPS_GROUP column beside the NPS question X. */
  private static int npsGroupQuestion(Header header) {
    List<String> names = header.names();
    for (String name : names) {
      if (name.endsWith("_NPS_GROUP")) {
        String question = name.substring(0, name.length() - "_NPS_GROUP".length());
        int index = names.indexOf(question);
        if (index >= 0) {
          return index;
        }
      }
    }
    return recommendQuestion(header);
  }

  private static Map<String, Integer> zendeskLabels() {
    Map<String, Integer> labels = new LinkedHashMap<>();
    labels.put("good", 1);
    labels.put("good with comment", 1);
    labels.put("good_with_comment", 1);
    labels.put("bad", 0);
    labels.put("bad with comment", 0);
    labels.put("bad_with_comment", 0);
    return labels;
  }

  /** Every preset, by the name {@code --from} takes. */
  static final Map<String, Preset> ALL = registry(
      // Delighted's CSV export: one row per response, with the person's name and e-mail, the
      // 0-10 score, the comment and "Created At" as "2024-05-01 10:12:33 -0700"; the API
      // (delighted.com/docs/api/listing-survey-responses) names the same fields.
      new Preset("delighted", "Delighted",
          "https://delighted.com/docs/api/listing-survey-responses",
          "Score", null, "Person ID", "Created At", null, "Comment", List.of("Email", "Name"),
          Map.of(), List.of(), null, null),
      // SurveyMonkey's "All responses" CSV: "Respondent ID", "Collector ID", "Start Date",
      // "End Date" (MM/dd/yyyy hh:mm:ss AM), "IP Address", "Email Address", "First Name",
      // "Last Name", then one column per question headed by its text, and a second header row
      // of answer types; NPS answers read "10 - Extremely likely" (SurveyMonkey User Manual,
      // "All Responses Collected" spreadsheet).
      new Preset("surveymonkey", "SurveyMonkey",
          "https://usermanual.wiki/Surveymonkey/SurveymonkeySurveymonkey2009UsersManual779563"
              + ".562412878/html",
          "the question containing 'recommend'", Preset::recommendQuestion, "Respondent ID",
          "End Date", "MM/dd/yyyy hh:mm:ss a", null,
          List.of("Email Address", "First Name", "Last Name"), Map.of(), List.of(), null, null),
      // Qualtrics' CSV export: three header rows (column ids such as Q1, question texts,
      // {"ImportId":...} descriptors with the time zone), the NPS question's 0-10 answer in its
      // column and a derived Qx_NPS_GROUP column; "RecordedDate" as "2024-05-01 10:12:33"
      // ("Understanding Your Dataset", qualtrics.com/support).
      new Preset("qualtrics", "Qualtrics",
          "https://www.qualtrics.com/support/survey-platform/data-and-analysis-module/data/"
              + "download-data/understanding-your-dataset/",
          "the question with a _NPS_GROUP column", Preset::npsGroupQuestion, "RecipientEmail",
          "RecordedDate", null, null, List.of("RecipientFirstName", "RecipientLastName"),
          Map.of(), List.of(), null, null),
      // Zendesk's satisfaction ratings: "Good" and "Bad" (also "good", "good with comment"),
      // "Offered" (survey sent, not answered) and "Unoffered"; the API's score values
      // (developer.zendesk.com, Satisfaction Ratings) are offered, unoffered, good,
      // good_with_comment, bad, bad_with_comment. CSAT is good / (good + bad).
      new Preset("zendesk", "Zendesk",
          "https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/"
              + "incremental-ticket-export-csat",
          "Satisfaction", null, "Requester email", "Solved at", null, "Satisfaction comment",
          List.of("Requester", "Ticket ID"), zendeskLabels(), List.of("offered", "unoffered"),
          "csat", "good-bad"));

  private static Map<String, Preset> registry(Preset... presets) {
    Map<String, Preset> all = new LinkedHashMap<>();
    for (Preset preset : presets) {
      all.put(preset.name, preset);
    }
    return Collections.unmodifiableMap(all);
  }

  static Preset named(String name) {
    Preset preset = ALL.get(name.toLowerCase(Locale.ROOT));
    if (preset == null) {
      throw new IllegalArgumentException("--from must be one of " + String.join(", ", ALL.keySet())
          + ", was " + Text.quote(name));
    }
    return preset;
  }
}
