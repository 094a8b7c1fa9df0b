package dev.nps.cli;

import dev.nps.program.Granularity;
import dev.nps.program.PeriodScheme;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code nps merge FILE...}: the report of the union of several reports' inputs, from their JSON
 * ({@code nps report --format json}). Every count is summed exactly, so the result equals the
 * report of all the inputs read at once (except the follow-up lists, which name people and are
 * not in the aggregates).
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Merges the JSON of several reports (nps report --format json) exactly and prints the"
            + " report of the union: overall, per segment and per period.",
        "The reports must have the same metric, scale and --by columns."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
        "0:report written",
        "1:unexpected failure",
        "2:a report is missing, malformed or of another metric, scale or segmentation;"
            + " bad usage",
        "3:report written, but the reports used no row"})
final class MergeCommand implements Callable<Integer> {
  /** The largest report document read, in characters. */
  private static final int MAX_DOCUMENT = 512 << 20;

  @Spec CommandSpec spec;

  @ParentCommand NpsCommand parent;

  @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE",
      description = "reports written by nps report --format json (or nps merge --format json);"
          + " - is standard input")
  List<String> files = new ArrayList<>();

  @Option(names = "--level", paramLabel = "LEVEL",
      description = "confidence level of intervals (default: the reports' level)")
  Double level;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Renderer renderer;
    try {
      renderer = output.renderer();
      output.check(renderer);
      if (level != null && !(level > 0 && level < 1)) {
        throw new IllegalArgumentException("--level must be in (0, 1), was " + level);
      }
    } catch (IllegalArgumentException e) {
      err.println("nps merge: " + Text.escape(e.getMessage()));
      return 2;
    }
    JsonMapper mapper = Renderer.mapper();
    List<JsonNode> roots = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try {
      for (String file : files) {
        Input input = Input.of(file);
        roots.add(read(input, mapper));
        names.add(input.name);
      }
      JsonNode first = ReportDocument.meta(roots.get(0), names.get(0));
      Metric metric = metric(first, names.get(0));
      List<String> segments = segments(first);
      String period = text(first, "period");
      String zone = text(first, "zone");
      boolean trend = period != null;
      List<String> notes = new ArrayList<>();
      double chosenLevel = level != null ? level : first.path("level").asDouble(0.95);
      boolean sawFollowUp = false;
      boolean latest = false;
      for (int i = 0; i < roots.size(); i++) {
        JsonNode meta = ReportDocument.meta(roots.get(i), names.get(i));
        Metric other = metric(meta, names.get(i));
        if (!other.name().equals(metric.name())
            || !Objects.equals(other.csatScale, metric.csatScale)) {
          throw new InputException(names.get(i) + ": a report of " + describe(other)
              + " cannot merge with one of " + describe(metric) + " (" + names.get(0) + ")");
        }
        if (!segments(meta).equals(segments)) {
          throw new InputException(names.get(i) + ": segments by " + segments(meta)
              + " cannot merge with segments by " + segments + " (" + names.get(0) + "); report"
              + " every file with the same --by");
        }
        if (trend && (!Objects.equals(text(meta, "period"), period)
            || !Objects.equals(text(meta, "zone"), zone))) {
          trend = false;
          notes.add("no trend: the reports' periods differ (" + period + " in " + zone + " and "
              + text(meta, "period") + " in " + text(meta, "zone") + ")");
        }
        if (level == null && meta.path("level").asDouble(0.95) != chosenLevel) {
          notes.add("the reports' confidence levels differ; the merged report uses "
              + Sections.levelText(chosenLevel) + " (--level sets it)");
        }
        JsonNode root = roots.get(i);
        sawFollowUp |= root.has("detractors") || root.has("call_back");
        latest |= meta.path("latest_per_respondent").asBoolean(false);
      }
      Granularity granularity = null;
      ZoneId zoneId = ZoneId.of("UTC");
      if (trend) {
        try {
          granularity = Granularity.valueOf(period.toUpperCase(Locale.ROOT));
          zoneId = ZoneId.of(zone);
        } catch (IllegalArgumentException | DateTimeException e) {
          throw new InputException(names.get(0) + ": unknown period " + Text.quote(period)
              + " in " + Text.quote(String.valueOf(zone)));
        }
      }
      PeriodScheme scheme = granularity == null ? null
          : PeriodScheme.calendar(granularity, zoneId);
      List<ColumnRef> segmentRefs = new ArrayList<>();
      for (String segment : segments) {
        segmentRefs.add(new ColumnRef(segment, "--by", "a segment column", true));
      }
      ColumnRef none = new ColumnRef("", "merge", "unused", false);
      Columns columns = new Columns(none, none, none, none, none, segmentRefs, List.of());
      ReportSettings settings = new ReportSettings(String.join(", ", names), columns, scheme,
          granularity, zoneId, false, 0, false, metric, chosenLevel, renderer, true,
          Integer.MAX_VALUE);
      Aggregation aggregation = new Aggregation(settings, metric.sections(settings));
      List<ReportDocument> documents = new ArrayList<>();
      int weighted = 0;
      for (int i = 0; i < roots.size(); i++) {
        ReportDocument document = ReportDocument.read(roots.get(i), names.get(i), mapper,
            metric, scheme);
        weighted += document.weighted != null ? 1 : 0;
        documents.add(document);
      }
      if (weighted > 0 && weighted < documents.size()) {
        // A report without weights has no weighted aggregate, so a merged one would leave its
        // answers out: the weighted section goes, with the reason.
        documents.forEach(document -> document.weighted = null);
        notes.add("no weighted section: only " + weighted + " of the " + documents.size()
            + " reports have one");
      }
      List<Object> inputs = new ArrayList<>();
      for (int i = 0; i < documents.size(); i++) {
        ReportDocument document = documents.get(i);
        aggregation.merge(document);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", names.get(i));
        entry.put("files", mapper.treeToValue(document.meta.path("files"), Object.class));
        inputs.add(entry);
      }
      aggregation.finish();
      aggregation.note("merged " + roots.size() + " reports exactly: every count is the sum of"
          + " theirs");
      notes.forEach(aggregation::note);
      if (sawFollowUp) {
        aggregation.note("the follow-up lists are not merged: they name people, and a report's"
            + " aggregates hold only counts");
      }
      if (latest) {
        aggregation.note("--latest-per-respondent applied within each report; a respondent"
            + " in two reports counts once in each");
      }
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("format", Report.FORMAT);
      meta.put("command", "merge");
      meta.put("version", VersionProvider.VERSION);
      meta.put("reports", inputs);
      Map<String, Object> rows = new LinkedHashMap<>();
      rows.put("read", aggregation.read());
      rows.put("used", aggregation.used());
      rows.put("unanswered", aggregation.unanswered());
      rows.put("skipped", aggregation.skipped());
      meta.put("rows", rows);
      metric.describe(meta);
      meta.put("level", chosenLevel);
      meta.put("segments", segments);
      meta.put("period", trend ? period : null);
      meta.put("zone", trend ? zone : zoneId.getId());
      meta.put("latest_per_respondent", latest);
      Report report = new Report(aggregation.tables(), meta, null);
      int code = ReportCommand.write(report, metric, renderer, out, err, output);
      if (code != 0) {
        return code;
      }
      if (aggregation.used() == 0) {
        err.println("nps: no row was used by the merged reports");
        return ReportCommand.NO_ROWS;
      }
      return 0;
    } catch (InputException e) {
      err.println("nps: " + Text.escape(e.getMessage()));
      return 2;
    } catch (ArithmeticException e) {
      err.println("nps: the merged counts overflow a 64-bit integer");
      return 2;
    }
  }

  private JsonNode read(Input input, JsonMapper mapper) throws InputException {
    try (BufferedReader reader = input.open(parent.stdin(), null)) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[1 << 16];
      int n;
      while ((n = reader.read(buffer)) > 0) {
        if (text.length() + n > MAX_DOCUMENT) {
          throw new InputException(input.name + ": a report is larger than "
              + Limits.count(MAX_DOCUMENT) + " characters");
        }
        text.append(buffer, 0, n);
      }
      JsonNode root = mapper.readTree(text.toString());
      ReportDocument.meta(root, input.name);
      return root;
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? ""
          : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": ";
      throw new InputException(input.name + ":" + where + "malformed JSON", e);
    } catch (IOException e) {
      throw new InputException(input.name + ": cannot read: " + e.getClass().getSimpleName(), e);
    }
  }

  private static Metric metric(JsonNode meta, String file) throws InputException {
    String name = text(meta, "metric");
    if ("nps".equals(name)) {
      return Metric.parse("nps", null);
    }
    if ("csat".equals(name)) {
      JsonNode scale = meta.path("scale");
      try {
        return Metric.parse("csat", scale.path("min").asInt() + "-" + scale.path("max").asInt()
            + ":" + scale.path("satisfiedFrom").asInt());
      } catch (IllegalArgumentException e) {
        throw new InputException(file + ": the report's scale is not valid: "
            + Text.escape(e.getMessage()));
      }
    }
    throw new InputException(file + ": unknown metric " + Text.quote(String.valueOf(name)));
  }

  private static String describe(Metric metric) {
    return metric.isCsat() ? "CSAT on " + metric.csatScale : "NPS";
  }

  private static List<String> segments(JsonNode meta) {
    List<String> segments = new ArrayList<>();
    for (JsonNode segment : meta.path("segments")) {
      segments.add(segment.asString());
    }
    return segments;
  }

  private static String text(JsonNode meta, String name) {
    JsonNode value = meta.get(name);
    return value == null || value.isNull() ? null : value.asString();
  }
}
