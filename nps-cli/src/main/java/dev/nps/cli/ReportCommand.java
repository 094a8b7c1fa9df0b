package dev.nps.cli;

import dev.nps.csat.CsatScale;
import dev.nps.csat.drivers.DriverAccumulator;
import dev.nps.internal.Normal;
import dev.nps.program.Granularity;
import dev.nps.program.PeriodScheme;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nps report FILE...}: the NPS (or CSAT) report of one or more survey exports. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Reports NPS (or CSAT) with confidence intervals: overall, per segment, over time, and"
            + " the follow-up lists of people to contact.",
        "Reads CSV (delimiter detected), JSON Lines (.jsonl, .ndjson) and JSON arrays (.json),"
            + " gzip-compressed or not, one row at a time; - reads standard input. Several"
            + " files are reported together."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
        "0:report written",
        "1:unexpected failure",
        "2:bad input (missing file or column, bad row in --strict mode, a bound exceeded) or"
            + " bad usage",
        "3:report written, but no row could be used (all unanswered or skipped)"})
final class ReportCommand implements Callable<Integer> {
  /** The exit code of a run that used no row. */
  static final int NO_ROWS = 3;

  private static final Logger LOG = LoggerFactory.getLogger(ReportCommand.class);

  /** Names the per-segment tables use, which segment columns must not take. */
  private static final List<String> REPORT_COLUMNS = List.of("n", "nps", "csat", "ci_low",
      "ci_high", "mean", "vs_rest", "p_value", "holm_p", "differs");

  @Spec CommandSpec spec;

  @ParentCommand NpsCommand parent;

  @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE",
      description = "the survey exports to read; - is standard input")
  List<String> files = new ArrayList<>();

  @Option(names = "--from", paramLabel = "TOOL",
      description = "the tool that wrote the export: delighted, surveymonkey, qualtrics or"
          + " zendesk (names its columns and values; options given here win)")
  String from;

  @Option(names = "--by", split = ",", paramLabel = "COLUMN",
      description = "segment columns, e.g. --by region,plan (names or 1-based positions; quote a"
          + " name with a comma: --by '\"Region, country\"')")
  List<String> by = new ArrayList<>();

  @Option(names = "--band", paramLabel = "COLUMN=EDGES",
      description = "cut a numeric --by column into half-open bands: --band response_hours=1,4,24"
          + " gives the segments <1, 1-4 (1 <= x < 4), 4-24 and >=24; repeatable")
  List<String> bands = new ArrayList<>();

  @Option(names = "--drivers", split = ",", paramLabel = "COLUMN",
      description = "key-driver analysis of these dimension rating columns against the score"
          + " (NPS 0-10, or the CSAT answer): importance, performance and what to fix first;"
          + " a blank rating is not answered")
  List<String> drivers = new ArrayList<>();

  @Option(names = "--driver-scale", paramLabel = "SCALE",
      description = "scale of the --drivers ratings: 1-5, 1-7, 1-10, 0-10 or"
          + " MIN-MAX:SATISFIED_FROM (default: 1-5)")
  String driverScale;

  @Option(names = "--rate", split = ",", paramLabel = "COLUMN",
      description = "report a yes/no column (true/false, yes/no, 1/0) as a rate with its Wilson"
          + " interval: overall, per --by segment and per --period; a blank is not counted;"
          + " repeatable")
  List<String> rates = new ArrayList<>();

  @Option(names = "--period", paramLabel = "PERIOD",
      description = "trend per day, week, month, quarter or year (needs the time column)")
  String period;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
      converter = ZoneConverter.class,
      description = "time zone for periods and for times without an offset, such as"
          + " Europe/Berlin or +02:00 (default: ${DEFAULT-VALUE}); a time's own offset wins")
  ZoneId zone;

  @Option(names = "--follow-up",
      description = "list the people to contact: NPS detractors and promoters to ask for a"
          + " review, or CSAT unsatisfied to call back and satisfied with a comment to thank;"
          + " one entry per respondent (per --period with --latest-per-respondent)")
  boolean followUp;

  @Option(names = "--contact-columns", split = ",", paramLabel = "COLUMN",
      description = "columns shown in the follow-up lists only, such as Email,Name")
  List<String> contactColumns;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "list at most N people per follow-up list; 0 lists all"
          + " (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--latest-per-respondent",
      description = "count one answer per respondent per --period, the latest")
  boolean latestPerRespondent;

  @Option(names = "--metric", paramLabel = "METRIC",
      description = "nps or csat (default: nps, or the preset's)")
  String metric;

  @Option(names = "--scale", paramLabel = "SCALE",
      description = "CSAT scale: 1-5, 1-7, 1-10, 0-10, good-bad or MIN-MAX:SATISFIED_FROM"
          + " (default: 1-5, or the preset's)")
  String scale;

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "0.95",
      description = "confidence level of intervals, in (0, 1) (default: ${DEFAULT-VALUE})")
  double level;

  @Mixin OutputOptions output;

  @Option(names = "--lenient", description = "skip bad rows, then say how many and why")
  boolean lenient;

  @Option(names = "--strict",
      description = "stop with exit code 2 at the first bad row (the default)")
  boolean strict;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "csv, jsonl or json (default: from the file name, else from the content)")
  String inputFormat;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "character set of the input, such as windows-1252 or iso-8859-1 (default:"
          + " UTF-8, or UTF-16 after its byte order mark)")
  String encoding;

  @Option(names = "--delimiter", paramLabel = "CHAR",
      description = "CSV delimiter: , ; | tab or any one character (default: detected from the"
          + " header)")
  String delimiter;

  @Option(names = "--decimal-comma", negatable = true, fallbackValue = "true",
      description = "read weights such as 1,5 (default: on for ;-separated files)")
  Boolean decimalComma;

  @Option(names = "--skip-rows", paramLabel = "N", defaultValue = "0",
      description = "lines to skip before the header (extra header rows of SurveyMonkey and"
          + " Qualtrics exports are recognised without it)")
  int skipRows;

  @Option(names = "--score-column", paramLabel = "COLUMN",
      description = "column of the answer (default: score, or the preset's)")
  String scoreColumn;

  @Option(names = "--respondent-column", paramLabel = "COLUMN",
      description = "column of the respondent id (default: respondent, or the preset's)")
  String respondentColumn;

  @Option(names = "--time-column", paramLabel = "COLUMN",
      description = "column of the answer time (default: answered_at, or the preset's)")
  String timeColumn;

  @Option(names = "--comment-column", paramLabel = "COLUMN",
      description = "column of the comment (default: comment, or the preset's)")
  String commentColumn;

  @Option(names = "--weight-column", paramLabel = "COLUMN",
      description = "column of the response weight (default: weight)")
  String weightColumn;

  @Option(names = "--time-format", paramLabel = "PATTERN",
      description = "form of the times: a java.time pattern such as 'MM/dd/yyyy hh:mm:ss a',"
          + " epoch-seconds or epoch-millis (default: ISO-8601 and other common forms)")
  String timeFormat;

  @Option(names = "--map", split = ",", paramLabel = "LABEL=VALUE",
      description = "answer labels and their values, such as --map Good=1,Bad=0 (any case)")
  List<String> map = new ArrayList<>();

  @Option(names = "--not-rated", split = ",", paramLabel = "VALUE",
      description = "answer values that mean \"not answered\", counted as unanswered like blank"
          + " answers, such as --not-rated Offered,Unoffered")
  List<String> notRated = new ArrayList<>();

  @Option(names = "--max-field-length", paramLabel = "N",
      description = "longest field, in characters (default: 1,048,576)")
  int maxFieldLength = Limits.DEFAULT_FIELD_LENGTH;

  @Option(names = "--max-line-length", paramLabel = "N",
      description = "longest record, in characters (default: 4,194,304)")
  int maxLineLength = Limits.DEFAULT_LINE_LENGTH;

  @Option(names = "--max-columns", paramLabel = "N",
      description = "most columns or JSON properties (default: 10,000)")
  int maxColumns = Limits.DEFAULT_COLUMNS;

  @Option(names = "--max-segments", paramLabel = "N",
      description = "most distinct segments of --by (default: 100,000)")
  int maxSegments = Limits.DEFAULT_SEGMENTS;

  @Option(names = "--no-progress", description = "do not print progress on standard error")
  boolean noProgress;

  @Option(names = "--progress-every", hidden = true, defaultValue = "1000000")
  long progressEvery;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportSettings settings;
    ReadOptions read;
    Renderer renderer;
    List<Input> inputs;
    try {
      renderer = output.renderer();
      output.check(renderer);
      inputs = inputs();
      Preset preset = from == null ? null : Preset.named(from);
      Metric chosen = metric(preset);
      read = readOptions(preset, chosen);
      settings = settings(read.columns, chosen, renderer, inputs);
    } catch (IllegalArgumentException e) {
      err.println("nps report: " + Text.escape(e.getMessage()));
      return 2;
    }
    Aggregation aggregation = null;
    List<Map<String, Object>> fileMeta = new ArrayList<>();
    try {
      for (Input input : inputs) {
        long before = aggregation == null ? 0 : aggregation.read();
        try (RowReader reader = open(input, read)) {
          if (aggregation == null) {
            settings = named(settings, reader);
            read = read.withColumns(settings.columns);
            aggregation = new Aggregation(settings, settings.metric.sections(settings));
          }
          note(reader, aggregation);
          reader.countInto(aggregation.fastCounts());
          Row row;
          while ((row = reader.next()) != null) {
            aggregation.add(input.name, row);
            if (!noProgress && aggregation.read() % progressEvery == 0) {
              err.printf(Locale.ROOT, "nps: %,d rows read from %s%n", aggregation.read(),
                  Text.escape(input.name));
              err.flush();
            }
          }
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", input.name);
        meta.put("rows", aggregation.read() - before);
        meta.put("gzip", input.gzip());
        meta.put("encoding", input.charset() == null ? null : input.charset().name());
        fileMeta.add(meta);
      }
      aggregation.finish();
    } catch (InputException e) {
      err.println("nps: " + Text.escape(e.getMessage()));
      if (aggregation != null) {
        err.println("nps: " + aggregation.countsSentence() + " before stopping");
      }
      return 2;
    } catch (IOException e) {
      err.println("nps: cannot read: " + Text.escape(e.getClass().getSimpleName()));
      return 2;
    }
    LOG.debug("read {} rows from {} files", aggregation.read(), inputs.size());
    Map<String, Object> meta = meta(settings, fileMeta, aggregation);
    Report report = new Report(aggregation.tables(), meta, null);
    int code = write(report, settings.metric, renderer, out, err, output);
    if (code != 0) {
      return code;
    }
    if (aggregation.skipped() > 0) {
      err.println("nps: " + aggregation.countsSentence());
    }
    if (aggregation.used() == 0) {
      err.println("nps: no row could be used: " + aggregation.countsSentence()
          + (aggregation.read() == 0 ? " (the files have a header but no data rows)" : ""));
      return NO_ROWS;
    }
    return 0;
  }

  /** Writes a report in its format; returns 0, or the exit code of a failure it printed. */
  static int write(Report report, Metric metric, Renderer renderer, PrintWriter out,
      PrintWriter err, OutputOptions output) {
    Report written = report;
    if (renderer == Renderer.CSV) {
      String table = output.csvTable(report, metric);
      if (table == null) {
        err.println("nps: this report has no table " + Text.quote(output.table) + " (--table);"
            + " it has " + report.keys());
        return 2;
      }
      written = new Report(report.tables, report.meta, table);
    }
    try {
      output.write(written, renderer, out);
    } catch (IOException e) {
      err.println("nps: cannot write the report: " + Text.escape(String.valueOf(e.getMessage())));
      return 1;
    }
    return 0;
  }

  private List<Input> inputs() {
    List<Input> inputs = new ArrayList<>();
    boolean stdin = false;
    for (String file : files) {
      Input input = Input.of(file);
      if (input.isStdin()) {
        if (stdin) {
          throw new IllegalArgumentException("standard input (-) can be read only once");
        }
        stdin = true;
      } else if (output.output != null && Files.exists(input.path())
          && Files.exists(output.output)) {
        try {
          if (Files.isSameFile(input.path(), output.output)) {
            throw new IllegalArgumentException("--output " + Text.quote(output.output.toString())
                + " is also an input; the report would overwrite it");
          }
        } catch (IOException e) {
          // cannot tell; the open will report a problem with the file
        }
      }
      inputs.add(input);
    }
    return inputs;
  }

  private Metric metric(Preset preset) {
    String metricName = metric != null ? metric : preset != null && preset.metric != null
        ? preset.metric : "nps";
    String scaleName = scale != null ? scale : preset != null && preset.scale != null
        && metricName.equalsIgnoreCase(preset.metric) ? preset.scale : "1-5";
    Metric chosen = Metric.parse(metricName, scaleName);
    if (!chosen.isCsat() && scale != null) {
      throw new IllegalArgumentException("--scale applies to --metric csat only");
    }
    return chosen;
  }

  private ReadOptions readOptions(Preset preset, Metric chosen) {
    if (lenient && strict) {
      throw new IllegalArgumentException("--strict and --lenient exclude each other");
    }
    if (progressEvery <= 0) {
      throw new IllegalArgumentException("--progress-every must be positive, was " + progressEvery);
    }
    if (skipRows < 0) {
      throw new IllegalArgumentException("--skip-rows must not be negative, was " + skipRows);
    }
    Limits limits = new Limits(maxFieldLength, maxLineLength, maxColumns, maxSegments);
    Charset charset = null;
    if (encoding != null) {
      try {
        charset = Charset.forName(encoding);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new IllegalArgumentException("--encoding " + Text.quote(encoding) + " is not a"
            + " character set this Java knows, such as UTF-8, windows-1252 or ISO-8859-1");
      }
    }
    Character separator = delimiter == null ? null : delimiter(delimiter);
    boolean wantsTime = period != null || latestPerRespondent;
    String presetName = preset == null ? null : "--from " + preset.name;
    ColumnRef scoreRef = column(scoreColumn, "--score-column", preset == null ? null
        : preset.score, presetName, "score", "the score column", true)
        .required(null);
    if (scoreColumn == null && preset != null && preset.scoreFinder != null) {
      scoreRef = new ColumnRef(preset.score, presetName, "the score column", true,
          preset.scoreFinder);
    }
    ColumnRef respondent = column(respondentColumn, "--respondent-column",
        preset == null ? null : preset.respondent, presetName, "respondent",
        "the respondent column", latestPerRespondent);
    if (latestPerRespondent) {
      respondent = respondent.required("needed by --latest-per-respondent");
    }
    ColumnRef time = column(timeColumn, "--time-column", preset == null ? null : preset.time,
        presetName, "answered_at", "the time column", wantsTime);
    if (wantsTime) {
      time = time.required("needed by --period");
    }
    ColumnRef comment = column(commentColumn, "--comment-column",
        preset == null ? null : preset.comment, presetName, "comment", "the comment column",
        false);
    ColumnRef weight = column(weightColumn, "--weight-column", null, null, "weight",
        "the weight column", false);
    List<ColumnRef> segments = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String dimension : by) {
      String name = unquote(dimension);
      if (name.isBlank()) {
        throw new IllegalArgumentException("--by names an empty column");
      }
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("--by names column " + Text.quote(name) + " twice");
      }
      segments.add(new ColumnRef(name, "--by", "a segment column", true));
    }
    List<ColumnRef> contacts = new ArrayList<>();
    if (contactColumns != null) {
      if (!followUp) {
        throw new IllegalArgumentException("--contact-columns are shown in the follow-up lists"
            + " only; add --follow-up");
      }
      for (String contact : contactColumns) {
        contacts.add(new ColumnRef(unquote(contact), "--contact-columns", "a contact column",
            true));
      }
    } else if (followUp && preset != null) {
      for (String contact : preset.contacts) {
        contacts.add(new ColumnRef(contact, presetName, "a contact column", false));
      }
    }
    Columns columns = new Columns(scoreRef, respondent, time, comment, weight, segments,
        contacts, analysisColumns(segments));
    Map<String, Integer> labels = new LinkedHashMap<>();
    if (chosen.isCsat() && chosen.csatScale.equals(CsatScale.GOOD_BAD)) {
      labels.put("good", CsatScale.GOOD);
      labels.put("bad", CsatScale.BAD);
    }
    Set<String> unanswered = new LinkedHashSet<>();
    if (preset != null) {
      labels.putAll(preset.labels);
      unanswered.addAll(preset.notRated);
    }
    for (String pair : map) {
      int equals = pair.lastIndexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("--map takes LABEL=VALUE pairs such as Good=1, was "
            + Text.quote(pair));
      }
      String value = pair.substring(equals + 1).trim();
      if (!value.matches("[0-9]{1,2}")) {
        throw new IllegalArgumentException("--map value must be an answer value from 0 to 10,"
            + " was " + Text.quote(value) + " in " + Text.quote(pair));
      }
      labels.put(pair.substring(0, equals).trim(), Integer.parseInt(value));
    }
    for (String value : notRated) {
      unanswered.add(value.trim());
    }
    TimeParser times = TimeParser.of(timeFormat != null ? timeFormat
        : preset == null ? null : preset.timeFormat, zone, timeFormat == null);
    boolean readContacts = followUp && !contacts.isEmpty();
    return new ReadOptions(inputFormat, charset, separator, decimalComma, skipRows, limits,
        columns, new ScoreValues(labels, unanswered), times, readContacts);
  }

  /** The columns of --drivers, --rate and --band, checked. */
  private AnalysisColumns analysisColumns(List<ColumnRef> segments) {
    if (driverScale != null && drivers.isEmpty()) {
      throw new IllegalArgumentException("--driver-scale applies to --drivers only");
    }
    if (latestPerRespondent && (!drivers.isEmpty() || !rates.isEmpty())) {
      throw new IllegalArgumentException("--drivers and --rate do not work with"
          + " --latest-per-respondent yet");
    }
    if (drivers.size() > DriverAccumulator.MAX_DIMENSIONS) {
      throw new IllegalArgumentException("--drivers names " + drivers.size() + " columns; at"
          + " most " + DriverAccumulator.MAX_DIMENSIONS + " are allowed");
    }
    CsatScale scale = CsatScale.ONE_TO_FIVE;
    if (driverScale != null) {
      try {
        scale = CsatScale.parse(driverScale);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--driver-scale: " + e.getMessage(), e);
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    List<ColumnRef> driverRefs = new ArrayList<>();
    for (String driver : drivers) {
      String name = unquote(driver);
      if (name.isBlank() || !seen.add(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("--drivers names " + (name.isBlank() ? "an empty"
            + " column" : "column " + Text.quote(name) + " twice"));
      }
      driverRefs.add(new ColumnRef(name, "--drivers", "a driver rating column", true));
    }
    seen.clear();
    List<ColumnRef> rateRefs = new ArrayList<>();
    for (String rate : rates) {
      String name = unquote(rate);
      if (name.isBlank() || !seen.add(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("--rate names " + (name.isBlank() ? "an empty"
            + " column" : "column " + Text.quote(name) + " twice"));
      }
      rateRefs.add(new ColumnRef(name, "--rate", "a yes/no rate column", true));
    }
    List<Band> bandList = new ArrayList<>();
    segments.forEach(segment -> bandList.add(null));
    for (String spec : bands) {
      Band band = Band.parse(spec);
      int index = -1;
      for (int i = 0; i < segments.size(); i++) {
        if (segments.get(i).text.equalsIgnoreCase(band.column)) {
          index = i;
        }
      }
      if (index < 0) {
        throw new IllegalArgumentException("--band column " + Text.quote(band.column)
            + " is not a --by column; add it, as in --by " + band.column);
      }
      if (bandList.get(index) != null) {
        throw new IllegalArgumentException("--band names column " + Text.quote(band.column)
            + " twice");
      }
      bandList.set(index, band);
    }
    if (!rateRefs.isEmpty()) {
      for (ColumnRef segment : segments) {
        if (AnalysisSections.RATE_COLUMNS.contains(segment.text)) {
          throw new IllegalArgumentException("--by column " + Text.quote(segment.text)
              + " has the name of a rate table column; rename it in the file (rate columns: "
              + AnalysisSections.RATE_COLUMNS + ")");
        }
      }
    }
    return new AnalysisColumns(driverRefs, scale, rateRefs, bandList);
  }

  /** A column named by an option, else by the preset, else by its default name. */
  private ColumnRef column(String option, String optionName, String presetValue,
      String presetName, String defaultName, String role, boolean required) {
    if (option != null) {
      return new ColumnRef(unquote(option), optionName, role, true);
    }
    if (presetValue != null) {
      return new ColumnRef(presetValue, presetName, role, required);
    }
    return new ColumnRef(defaultName, optionName, role, required);
  }

  /** A value given in double quotes, so that it can hold a comma, without them. */
  private static String unquote(String value) {
    String trimmed = value.trim();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      return trimmed.substring(1, trimmed.length() - 1);
    }
    return trimmed;
  }

  private static char delimiter(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "tab":
      case "\\t":
      case "\t":
        return '\t';
      case "comma":
        return ',';
      case "semicolon":
        return ';';
      case "pipe":
        return '|';
      default:
        if (text.length() == 1 && text.charAt(0) != '"' && text.charAt(0) != '\n'
            && text.charAt(0) != '\r') {
          return text.charAt(0);
        }
        throw new IllegalArgumentException("--delimiter must be one character such as , ; |"
            + " or tab, was " + Text.quote(text));
    }
  }

  private ReportSettings settings(Columns columns, Metric chosen, Renderer renderer,
      List<Input> inputs) {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must not be negative, was " + limit);
    }
    for (String dimension : columns.segments) {
      if (REPORT_COLUMNS.contains(dimension)) {
        throw new IllegalArgumentException("--by column '" + dimension + "' has the name of a"
            + " report column; rename it in the file (report columns: " + REPORT_COLUMNS + ")");
      }
    }
    try {
      // The library's own check, so the rule and its wording are those of every interval.
      Normal.checkLevel(level);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--" + e.getMessage(), e);
    }
    Granularity granularity = null;
    if (period != null) {
      try {
        granularity = Granularity.valueOf(period.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--period must be day, week, month, quarter or year, was " + Text.quote(period));
      }
    }
    if (latestPerRespondent && granularity == null) {
      throw new IllegalArgumentException(
          "--latest-per-respondent needs --period: one answer per respondent per period");
    }
    PeriodScheme scheme = granularity == null ? null : PeriodScheme.calendar(granularity, zone);
    List<String> names = new ArrayList<>();
    inputs.forEach(input -> names.add(input.name));
    return new ReportSettings(String.join(", ", names), columns, scheme, granularity, zone,
        followUp, limit, latestPerRespondent, chosen, level, renderer, lenient, maxSegments);
  }

  /**
   * Takes the first file's names for segment and contact columns given by position, and checks
   * that no two segment columns end up with one name.
   */
  private ReportSettings named(ReportSettings settings, RowReader reader) throws InputException {
    if (!(reader instanceof CsvRowReader)) {
      return settings;
    }
    Columns columns = ((CsvRowReader) reader).columns();
    Set<String> dimensions = new LinkedHashSet<>();
    for (String dimension : columns.segments) {
      if (!dimensions.add(dimension.toLowerCase(Locale.ROOT))) {
        throw new InputException("--by names column " + Text.quote(dimension) + " twice");
      }
      if (REPORT_COLUMNS.contains(dimension)) {
        throw new InputException("--by column " + Text.quote(dimension) + " has the name of a"
            + " report column; name it differently (report columns: " + REPORT_COLUMNS + ")");
      }
    }
    return columns == settings.columns ? settings : settings.withColumns(columns);
  }

  /** Says in the report how a file was read, and which optional columns it lacks. */
  private void note(RowReader reader, Aggregation aggregation) {
    if (!(reader instanceof CsvRowReader)) {
      return;
    }
    CsvRowReader csv = (CsvRowReader) reader;
    csv.notes().forEach(aggregation::note);
    for (String column : csv.absent()) {
      if (!followUp) {
        continue;
      }
      ColumnRef comment = aggregation.columns().ref(Columns.COMMENT);
      ColumnRef respondent = aggregation.columns().ref(Columns.RESPONDENT);
      if (column.equals(comment.text)) {
        aggregation.note("no " + Text.quote(column) + " column: every answer counts as without"
            + " a comment (--comment-column names it)");
      } else if (column.equals(respondent.text)) {
        aggregation.note("no " + Text.quote(column) + " column: the follow-up lists cannot tell"
            + " people apart and list every answer (--respondent-column names it)");
      } else if (aggregation.columns().contacts.contains(column)) {
        aggregation.note("no " + Text.quote(column) + " contact column in this file");
      }
    }
  }

  private RowReader open(Input input, ReadOptions options) throws InputException, IOException {
    BufferedReader reader = input.open(parent.stdin(), options.encoding);
    try {
      String kind = input.format(options.inputFormat, reader);
      switch (kind) {
        case "jsonl":
          return new JsonLinesRowReader(input, reader, options);
        case "json":
          return new JsonArrayRowReader(input, reader, options);
        default:
          return new CsvRowReader(input, reader, options);
      }
    } catch (InputException | IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private Map<String, Object> meta(ReportSettings settings, List<Map<String, Object>> files,
      Aggregation aggregation) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("format", Report.FORMAT);
    meta.put("command", "report");
    meta.put("version", VersionProvider.VERSION);
    meta.put("files", files);
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put("read", aggregation.read());
    rows.put("used", aggregation.used());
    rows.put("unanswered", aggregation.unanswered());
    rows.put("skipped", aggregation.skipped());
    meta.put("rows", rows);
    settings.metric.describe(meta);
    meta.put("level", settings.level);
    meta.put("segments", settings.columns.segments);
    meta.put("period", settings.granularity == null ? null
        : settings.granularity.name().toLowerCase(Locale.ROOT));
    meta.put("zone", settings.zone.getId());
    meta.put("latest_per_respondent", settings.latestPerRespondent);
    meta.put("preset", from == null ? null : from.toLowerCase(Locale.ROOT));
    return meta;
  }
}
