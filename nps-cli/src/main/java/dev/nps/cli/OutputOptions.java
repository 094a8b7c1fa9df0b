package dev.nps.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The output options shared by {@code nps report} and {@code nps merge}. */
final class OutputOptions {
  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, csv, json or html (a page with charts; default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--table", paramLabel = "NAME",
      description = "with --format csv, the one table to write: rows, nps, csat, segments, trend,"
          + " detractors, ... or notes (default: the nps or csat table)")
  String table;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write the report to FILE instead of standard output")
  Path output;

  Renderer renderer() {
    try {
      return Renderer.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format must be text, csv, json or html, was "
          + Text.quote(format));
    }
  }

  /** Checks --table before any input is read. */
  void check(Renderer renderer) {
    if (table == null) {
      return;
    }
    if (renderer != Renderer.CSV) {
      throw new IllegalArgumentException("--table applies to --format csv only; text and JSON"
          + " carry every table");
    }
    if (!Report.TABLE_NAMES.contains(table)) {
      throw new IllegalArgumentException("--table must name a table of the report, such as nps,"
          + " csat, segments, trend, detractors or notes, was " + Text.quote(table));
    }
  }

  /** The table CSV writes, or null with a message in {@code problem} when the report lacks it. */
  String csvTable(Report report, Metric metric) {
    String name = table == null ? metric.mainTable() : table;
    return name.equals("notes") || report.table(name) != null ? name : null;
  }

  /**
   * Writes a report to --output (through a temporary file moved into place, so that a failure
   * leaves no half-written report) or to standard output.
   */
  void write(Report report, Renderer renderer, PrintWriter out) throws IOException {
    if (output == null) {
      renderer.write(report, out);
      out.flush();
      return;
    }
    Path target = output.toAbsolutePath();
    Path temporary = Files.createTempFile(target.getParent(), ".nps-", ".tmp");
    try {
      try (Writer writer = new OutputStreamWriter(Files.newOutputStream(temporary),
          StandardCharsets.UTF_8); PrintWriter file = new PrintWriter(writer)) {
        renderer.write(report, file);
        file.flush();
        if (file.checkError()) {
          throw new IOException("cannot write " + temporary);
        }
      }
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
