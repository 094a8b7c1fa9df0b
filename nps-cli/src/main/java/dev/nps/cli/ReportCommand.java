package dev.nps.cli;

import dev.nps.internal.Normal;
import dev.nps.program.Granularity;
import dev.nps.program.PeriodScheme;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nps report FILE}: the NPS (or CSAT) report of a survey export. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Reports NPS (or CSAT) with confidence intervals: overall, per segment, over time, and"
            + " the follow-up lists.",
        "Reads CSV with a header row (.csv) or JSON Lines (.jsonl, .ndjson), one row at a time."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
        "0:report written",
        "1:unexpected failure",
        "2:bad input (missing file or column, bad row in --strict mode) or bad usage"})
final class ReportCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ReportCommand.class);

  /** Names the per-segment tables use, which segment columns must not take. */
  private static final List<String> REPORT_COLUMNS = List.of("n", "nps", "csat", "ci_low",
      "ci_high", "mean", "vs_rest", "p_value", "holm_p", "differs");

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the survey export to read")
  Path file;

  @Option(names = "--by", split = ",", paramLabel = "COLUMN",
      description = "segment columns, e.g. --by region,plan")
  List<String> by = new ArrayList<>();

  @Option(names = "--period", paramLabel = "PERIOD",
      description = "trend per day, week, month, quarter or year (needs the time column)")
  String period;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "time zone for periods and for times without offset (default: ${DEFAULT-VALUE})")
  ZoneId zone;

  @Option(names = "--follow-up",
      description = "list detractors to contact and promoters to ask for a review")
  boolean followUp;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "list at most N people per follow-up list; 0 lists all (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--latest-per-respondent",
      description = "count one answer per respondent per --period, the latest (holds rows in memory)")
  boolean latestPerRespondent;

  @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "nps",
      description = "nps or csat (default: ${DEFAULT-VALUE})")
  String metric;

  @Option(names = "--scale", paramLabel = "SCALE", defaultValue = "1-5",
      description = "CSAT scale: 1-5, 1-7, 1-10, 0-10 or good-bad (default: ${DEFAULT-VALUE})")
  String scale;

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "0.95",
      description = "confidence level of intervals, in (0, 1) (default: ${DEFAULT-VALUE})")
  double level;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, csv or json (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--lenient", description = "skip bad rows, then say how many and why")
  boolean lenient;

  @Option(names = "--strict",
      description = "stop with exit code 2 at the first bad row (the default)")
  boolean strict;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "csv or jsonl (default: from the file name)")
  String inputFormat;

  @Option(names = "--score-column", defaultValue = "score", paramLabel = "NAME",
      description = "column of the 0-10 answer (default: ${DEFAULT-VALUE})")
  String scoreColumn;

  @Option(names = "--respondent-column", defaultValue = "respondent", paramLabel = "NAME",
      description = "column of the respondent id (default: ${DEFAULT-VALUE})")
  String respondentColumn;

  @Option(names = "--time-column", defaultValue = "answered_at", paramLabel = "NAME",
      description = "column of the answer time, ISO-8601 (default: ${DEFAULT-VALUE})")
  String timeColumn;

  @Option(names = "--comment-column", defaultValue = "comment", paramLabel = "NAME",
      description = "column of the comment (default: ${DEFAULT-VALUE})")
  String commentColumn;

  @Option(names = "--weight-column", defaultValue = "weight", paramLabel = "NAME",
      description = "column of the response weight (default: ${DEFAULT-VALUE})")
  String weightColumn;

  @Option(names = "--no-progress", description = "do not print progress on standard error")
  boolean noProgress;

  @Option(names = "--progress-every", hidden = true, defaultValue = "1000000")
  long progressEvery;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportSettings settings;
    try {
      settings = settings();
    } catch (IllegalArgumentException e) {
      err.println("nps report: " + e.getMessage());
      return 2;
    }
    Aggregation aggregation = new Aggregation(settings, settings.metric.sections(settings));
    String name = file.toString();
    try (RowReader reader = open(settings)) {
      if (reader instanceof CsvRowReader) {
        noteAbsentColumns((CsvRowReader) reader, aggregation);
      }
      Row row;
      while ((row = reader.next()) != null) {
        aggregation.add(name, row);
        if (!noProgress && aggregation.read() % progressEvery == 0) {
          err.printf(Locale.ROOT, "nps: %,d rows read from %s%n", aggregation.read(), name);
          err.flush();
        }
      }
    } catch (InputException e) {
      err.println("nps: " + e.getMessage());
      err.println("nps: " + aggregation.countsSentence() + " before stopping");
      return 2;
    } catch (IOException e) {
      err.println("nps: " + name + ": cannot read: " + e);
      return 2;
    }
    LOG.debug("read {} rows from {}", aggregation.read(), name);
    try {
      settings.renderer.write(aggregation.tables(), out);
    } catch (IOException e) {
      err.println("nps: cannot write the report: " + e);
      return 1;
    }
    out.flush();
    if (aggregation.skipped() > 0) {
      err.println("nps: " + aggregation.countsSentence());
    }
    return 0;
  }

  /** Says in the report which optional columns the file lacks, and what that means. */
  private void noteAbsentColumns(CsvRowReader reader, Aggregation aggregation) {
    for (String column : reader.absent(List.of(commentColumn, respondentColumn, timeColumn,
        weightColumn))) {
      if (column.equals(commentColumn) && followUp) {
        aggregation.note("no '" + column + "' column: every answer counts as without a comment");
      } else if (column.equals(respondentColumn) && followUp) {
        aggregation.note("no '" + column + "' column: the follow-up lists cannot name anyone");
      }
    }
  }

  private ReportSettings settings() {
    if (lenient && strict) {
      throw new IllegalArgumentException("--strict and --lenient exclude each other");
    }
    if (progressEvery <= 0) {
      throw new IllegalArgumentException("--progress-every must be positive, was " + progressEvery);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must not be negative, was " + limit);
    }
    List<String> seen = new ArrayList<>();
    for (String dimension : by) {
      if (dimension.isBlank()) {
        throw new IllegalArgumentException("--by names an empty column");
      }
      if (seen.contains(dimension)) {
        throw new IllegalArgumentException("--by names column '" + dimension + "' twice");
      }
      if (REPORT_COLUMNS.contains(dimension)) {
        throw new IllegalArgumentException("--by column '" + dimension + "' has the name of a"
            + " report column; rename it in the file (report columns: " + REPORT_COLUMNS + ")");
      }
      seen.add(dimension);
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
            "--period must be day, week, month, quarter or year, was '" + period + "'");
      }
    }
    if (latestPerRespondent && granularity == null) {
      throw new IllegalArgumentException(
          "--latest-per-respondent needs --period: one answer per respondent per period");
    }
    Renderer renderer;
    try {
      renderer = Renderer.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format must be text, csv or json, was '" + format + "'");
    }
    Metric chosen = Metric.parse(metric, scale);
    if (!chosen.isCsat() && spec.commandLine().getParseResult().hasMatchedOption("--scale")) {
      throw new IllegalArgumentException("--scale applies to --metric csat only");
    }
    if (chosen.isCsat() && followUp) {
      throw new IllegalArgumentException(
          "--follow-up lists NPS detractors and promoters; it does not apply to --metric csat");
    }
    Columns columns = new Columns(scoreColumn, respondentColumn, timeColumn, commentColumn,
        weightColumn, by);
    PeriodScheme scheme = granularity == null ? null : PeriodScheme.calendar(granularity, zone);
    List<String> named = new ArrayList<>();
    for (String option : List.of("--respondent-column", "--time-column", "--comment-column",
        "--weight-column")) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
        named.add(option);
      }
    }
    return new ReportSettings(file.toString(), columns, scheme, granularity, followUp, limit,
        latestPerRespondent, chosen, level, renderer, lenient, named);
  }

  /** Skips a UTF-8 byte order mark, which spreadsheet exports often write first. */
  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  private RowReader open(ReportSettings settings) throws InputException, IOException {
    String name = file.toString();
    String kind = inputFormat != null ? inputFormat.toLowerCase(Locale.ROOT)
        : name.endsWith(".jsonl") || name.endsWith(".ndjson") ? "jsonl" : "csv";
    BufferedReader reader;
    try {
      // Undecodable bytes become U+FFFD, which the readers report as a bad row with its line.
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
      skipByteOrderMark(reader);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file");
    } catch (IOException e) {
      throw new InputException(name + ": cannot open: " + e.getMessage(), e);
    }
    RowParser parser = new RowParser(settings.columns, zone);
    switch (kind) {
      case "csv":
        try {
          return new CsvRowReader(name, reader, settings.columns, parser, settings.requiredColumns());
        } catch (InputException | IOException | RuntimeException e) {
          reader.close();
          throw e;
        }
      case "jsonl":
        return new JsonLinesRowReader(name, reader, parser);
      default:
        reader.close();
        throw new InputException(
            "--input-format must be csv or jsonl, was '" + inputFormat + "'");
    }
  }
}
