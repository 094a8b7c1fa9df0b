package dev.nps.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an analyst would run in DuckDB instead of {@code nps report FILE --by region,plan --period
 * month}: one query over the export file, in-process through JDBC, that counts answers, detractors
 * and promoters per region, plan and month, with the answer times parsed as timestamps and every
 * comment read (the sum of their lengths is part of the result).
 *
 * <p>Usage: {@code DuckDbReport FILE THREADS OUT}. {@code FILE} ending in {@code .csv} is read with
 * {@code read_csv(FILE, header = true)}, any other with {@code read_json(FILE, format =
 * 'newline_delimited')}; column types are DuckDB's own detection. {@code THREADS} is the value of
 * {@code SET threads}, or {@code all} to keep DuckDB's default (every core). The counts go to
 * {@code OUT} in {@link CrossTable}'s text form; the query's own time, from sending it to reading
 * the last row, is printed as {@code query_seconds=...}, after DuckDB's version as {@code
 * duckdb_version=...}.
 */
final class DuckDbReport {
  private DuckDbReport() {}

  /**
   * The query over one file.
   *
   * @param file the export, CSV or JSON Lines
   * @return the SQL
   */
  static String query(Path file) {
    String literal = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    String source = file.getFileName().toString().endsWith(".csv")
        ? "read_csv(" + literal + ", header = true)"
        : "read_json(" + literal + ", format = 'newline_delimited')";
    return "SELECT region, plan, strftime(month, '%Y-%m') AS month, n, detractors, promoters,"
        + " comment_chars FROM ("
        + "SELECT region, plan, date_trunc('month', answered_at) AS month, count(*) AS n,"
        + " count_if(score <= 6) AS detractors, count_if(score >= 9) AS promoters,"
        + " coalesce(sum(length(comment)), 0) AS comment_chars"
        + " FROM " + source + " GROUP BY region, plan, date_trunc('month', answered_at))"
        + " ORDER BY region, plan, month";
  }

  /**
   * Runs the query and writes its counts.
   *
   * @param args {@code FILE THREADS OUT}
   * @throws SQLException if DuckDB fails
   * @throws IOException if the counts cannot be written
   */
  public static void main(String[] args) throws SQLException, IOException {
    if (args.length != 3) {
      System.err.println("usage: DuckDbReport FILE THREADS|all OUT");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    List<String> lines = new ArrayList<>();
    long start;
    long end;
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      if (!args[1].equals("all")) {
        statement.execute("SET threads = " + Integer.parseInt(args[1]));
      }
      // Months in UTC, as nps report counts them; the CSV's times are TIMESTAMP WITH TIME ZONE.
      statement.execute("SET TimeZone = 'UTC'");
      try (ResultSet version = statement.executeQuery("SELECT version()")) {
        version.next();
        System.out.println("duckdb_version=" + version.getString(1));
      }
      start = System.nanoTime();
      try (ResultSet result = statement.executeQuery(query(file))) {
        while (result.next()) {
          lines.add(result.getString(1) + "," + result.getString(2) + "," + result.getString(3)
              + "," + result.getLong(4) + "," + result.getLong(5) + "," + result.getLong(6)
              + "," + result.getLong(7));
        }
      }
      end = System.nanoTime();
    }
    Files.write(Path.of(args[2]), lines);
    System.out.printf(Locale.ROOT, "query_seconds=%.3f%n", (end - start) / 1e9);
  }
}
