package dev.nps.cli;

import static dev.nps.cli.Table.column;

import dev.nps.Response;
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
    final long firstLine;
    final String firstProblem;

    Skip(long firstLine, String firstProblem) {
      this.firstLine = firstLine;
      this.firstProblem = firstProblem;
    }
  }

  private final ReportSettings settings;
  private final Sections sections;
  private final Map<String, Skip> skips = new LinkedHashMap<>();
  private final List<Response> held;
  private final List<String> notes = new ArrayList<>();
  private long read;
  private long valid;
  private long skipped;
  private long replaced;

  Aggregation(ReportSettings settings, Sections sections) {
    this.settings = settings;
    this.sections = sections;
    this.held = settings.latestPerRespondent ? new ArrayList<>() : null;
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

  /** Takes one row: a good one is counted, a bad one stops (strict) or is skipped (lenient). */
  void add(String file, Row input) throws InputException {
    read++;
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
    if (!row.isGood()) {
      if (!settings.lenient) {
        throw new InputException(file + ":" + row.line + ": " + row.problem
            + " (use --lenient to skip bad rows)");
      }
      skipped++;
      Row bad = row;
      skips.computeIfAbsent(bad.problemKind, kind -> new Skip(bad.line, bad.problem)).rows++;
      return;
    }
    valid++;
    if (held != null) {
      held.add(row.response);
    } else {
      sections.feed(row.response);
    }
  }

  private void finish() {
    if (held != null) {
      LatestPerRespondent latest = LatestPerRespondent.of(held, settings.scheme);
      replaced = latest.replaced();
      latest.kept().forEach(sections::feed);
      held.clear();
    }
  }

  String countsSentence() {
    return String.format(Locale.ROOT, "read %,d rows: %,d used, %,d skipped%s",
        read, valid - replaced, skipped,
        replaced > 0 ? String.format(Locale.ROOT, ", %,d replaced by a later answer", replaced)
            : "");
  }

  /** Finishes the aggregation and returns the report's sections. */
  List<Table> tables() {
    finish();
    List<Table> tables = new ArrayList<>();
    tables.add(rowsTable());
    if (!skips.isEmpty()) {
      Table table = new Table("skipped", "Skipped rows (--lenient)",
          column("reason", Kind.TEXT), column("rows", Kind.COUNT),
          column("first_line", Kind.COUNT), column("first_problem", Kind.TEXT));
      skips.forEach((kind, skip) -> table.row(kind, skip.rows, skip.firstLine, skip.firstProblem));
      tables.add(table);
    }
    sections.addTables(tables);
    return tables;
  }

  private Table rowsTable() {
    Table table = new Table("rows", "Rows of " + settings.file,
        column("read", Kind.COUNT), column("used", Kind.COUNT), column("skipped", Kind.COUNT),
        column("replaced", Kind.COUNT));
    table.row(read, valid - replaced, skipped, replaced);
    notes.forEach(table::note);
    if (replaced > 0) {
      table.note(replaced + " earlier answers were replaced by the same respondent's latest answer"
          + " in the same period (--latest-per-respondent)");
    }
    return table;
  }
}
