package dev.nps.cli;

import static dev.nps.cli.Table.column;

import dev.nps.cli.Table.Kind;
import dev.nps.program.LatestPerRespondent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The state of one report while rows stream in: counts of read, used and skipped rows, and the
 * metric's sections. Only the follow-up lists and --latest-per-respondent hold responses;
 * everything else is a fixed number of counters per segment and period.
 */
final class Aggregation {
  private static final class Skip {
    long rows;
    final String firstFile;
    final long firstLine;
    final String firstProblem;

    Skip(String firstFile, long firstLine, String firstProblem) {
      this.firstFile = firstFile;
      this.firstLine = firstLine;
      this.firstProblem = firstProblem;
    }
  }

  private final ReportSettings settings;
  private final Sections sections;
  /** The --drivers and --rate sections, or null. */
  private final AnalysisSections analysis;
  private final Map<String, Skip> skips = new LinkedHashMap<>();
  private final LatestPerRespondent.Accumulator held;
  private final List<String> notes = new ArrayList<>();
  private long read;
  private long valid;
  private long unanswered;
  private long skipped;
  private long replaced;
  private boolean finished;
  private final FastCounts fast;

  Aggregation(ReportSettings settings, Sections sections) {
    this.settings = settings;
    this.sections = sections;
    this.analysis = AnalysisSections.of(settings);
    this.held = settings.latestPerRespondent
        ? LatestPerRespondent.accumulator(settings.scheme) : null;
    this.fast = FastCounts.applies(settings) ? new FastCounts(settings, sections) : null;
  }

  /** Where readers may count plain good rows without a row object, or null. */
  FastCounts fastCounts() {
    return fast;
  }

  Columns columns() {
    return settings.columns;
  }

  /** Adds a remark on the input, printed with the row counts. */
  void note(String note) {
    notes.add(note);
  }

  long read() {
    return read;
  }

  long skipped() {
    return skipped;
  }

  /** The rows counted in the report, after --latest-per-respondent. */
  long used() {
    return valid - replaced;
  }

  long unanswered() {
    return unanswered;
  }

  /** Takes one row: a good one is counted, a bad one stops (strict) or is skipped (lenient). */
  void add(String file, Row input) throws InputException {
    read++;
    if (input == Row.COUNTED) {
      valid++;
      if (fast.overflow()) {
        fast.flush();
        checkSegments(file + ":" + fast.overflowLine());
      }
      return;
    }
    if (input.unanswered) {
      unanswered++;
      return;
    }
    Row row = input;
    if (row.isGood() && settings.scheme != null && row.response.answeredAt().isEmpty()) {
      String time = settings.columns.answeredAt;
      row = Row.bad(row.line, "missing " + time, time + " is missing; --period needs it");
    }
    if (row.isGood()) {
      String problem = sections.check(row.response);
      if (problem != null) {
        int colon = problem.indexOf(": ");
        row = Row.bad(row.line, problem.substring(0, colon), problem.substring(colon + 2));
      }
    }
    if (row.isGood() && analysis != null) {
      String problem = analysis.check(row);
      if (problem != null) {
        int colon = problem.indexOf(": ");
        row = Row.bad(row.line, problem.substring(0, colon), problem.substring(colon + 2));
      }
    }
    if (!row.isGood()) {
      if (!settings.lenient) {
        throw new InputException(file + ":" + row.line + ": " + row.problem
            + " (use --lenient to skip bad rows)");
      }
      skipped++;
      Row bad = row;
      skips.computeIfAbsent(bad.problemKind, kind -> new Skip(file, bad.line, bad.problem))
          .rows++;
      return;
    }
    valid++;
    settings.contacts.record(row.response, row.contacts);
    if (held != null) {
      held.add(row.response);
    } else {
      if (fast != null) {
        fast.flush();
        fast.intern(row.response.segment());
      }
      sections.feed(row.response);
      if (analysis != null) {
        analysis.feed(row.response);
      }
      checkSegments(file + ":" + row.line);
    }
  }

  private void checkSegments(String where) throws InputException {
    if (sections.segmentCount() > settings.maxSegments) {
      throw new InputException(where + ": more than " + Limits.count(settings.maxSegments)
          + " distinct segments of " + String.join(", ", settings.columns.segments)
          + " (--max-segments); is a --by column an id or a free-text column?");
    }
  }

  /** Adds the rows and aggregates of a report read back from JSON ({@code nps merge}). */
  void merge(ReportDocument document) throws InputException {
    read = Math.addExact(read, document.read);
    valid = Math.addExact(valid, Math.addExact(document.used, document.replaced));
    unanswered = Math.addExact(unanswered, document.unanswered);
    skipped = Math.addExact(skipped, document.skipped);
    replaced = Math.addExact(replaced, document.replaced);
    for (ReportDocument.Skip skip : document.skips) {
      skips.computeIfAbsent(skip.reason, kind -> new Skip(skip.firstFile, skip.firstLine,
          skip.firstProblem)).rows += skip.rows;
    }
    sections.merge(document);
    checkSegments(document.file);
  }

  /** Feeds what --latest-per-respondent held; called once, after the last row. */
  void finish() throws InputException {
    if (finished) {
      return;
    }
    finished = true;
    if (fast != null) {
      fast.flush();
    }
    if (held != null) {
      LatestPerRespondent latest = held.snapshot();
      replaced = latest.replaced();
      latest.kept().forEach(sections::feed);
      checkSegments(settings.file);
    }
  }

  String countsSentence() {
    return String.format(Locale.ROOT, "read %,d rows: %,d used, %,d unanswered, %,d skipped%s",
        read, valid - replaced, unanswered, skipped,
        replaced > 0 ? String.format(Locale.ROOT, ", %,d replaced by a later answer", replaced)
            : "");
  }

  /** Returns the report's sections; {@link #finish()} must have been called. */
  List<Table> tables() {
    if (!finished) {
      throw new IllegalStateException("finish() first");
    }
    List<Table> tables = new ArrayList<>();
    tables.add(rowsTable());
    if (!skips.isEmpty()) {
      Table table = new Table("skipped", "Skipped rows (--lenient)",
          column("reason", Kind.TEXT), column("rows", Kind.COUNT),
          column("first_file", Kind.TEXT), column("first_line", Kind.COUNT),
          column("first_problem", Kind.TEXT));
      skips.forEach((kind, skip) ->
          table.row(kind, skip.rows, skip.firstFile, skip.firstLine, skip.firstProblem));
      tables.add(table);
    }
    sections.addTables(tables);
    if (analysis != null) {
      analysis.addTables(tables);
    }
    return tables;
  }

  private Table rowsTable() {
    Table table = new Table("rows", "Rows of " + settings.file,
        column("read", Kind.COUNT), column("used", Kind.COUNT),
        column("unanswered", Kind.COUNT), column("skipped", Kind.COUNT),
        column("replaced", Kind.COUNT));
    table.row(read, valid - replaced, unanswered, skipped, replaced);
    notes.forEach(table::note);
    if (unanswered > 0) {
      table.note(unanswered + (unanswered == 1 ? " row has" : " rows have")
          + " no answer (blank or not rated): counted as unanswered, not used and not errors");
    }
    if (replaced > 0) {
      table.note(replaced + " earlier answers were replaced by the same respondent's latest answer"
          + " in the same period (--latest-per-respondent)");
    }
    return table;
  }
}
