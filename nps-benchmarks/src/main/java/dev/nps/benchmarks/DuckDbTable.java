package dev.nps.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The answers loaded into an in-memory DuckDB table {@code responses(segment INTEGER, score
 * TINYINT)} with DuckDB's Appender, and the NPS queries over it, prepared once.
 */
final class DuckDbTable implements AutoCloseable {
  /** The overall score, as an analyst would write it. */
  static final String OVERALL =
      "SELECT 100.0 * (count_if(score >= 9) - count_if(score <= 6)) / count(*) FROM responses";

  /** The score per segment. */
  static final String PER_SEGMENT =
      "SELECT segment, 100.0 * (count_if(score >= 9) - count_if(score <= 6)) / count(*)"
          + " FROM responses GROUP BY segment";

  private final Connection connection;
  private final PreparedStatement overall;
  private final PreparedStatement perSegment;

  private DuckDbTable(Connection connection) throws SQLException {
    this.connection = connection;
    this.overall = connection.prepareStatement(OVERALL);
    this.perSegment = connection.prepareStatement(PER_SEGMENT);
  }

  /**
   * Creates a fresh in-memory database limited to {@code threads} threads and loads the answers.
   *
   * @param data the answers
   * @param threads the value of DuckDB's {@code threads} setting
   * @return the loaded table
   * @throws SQLException if DuckDB fails
   */
  static DuckDbTable load(SurveyData data, int threads) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET threads = " + threads);
      statement.execute(
          "CREATE TABLE responses (segment INTEGER NOT NULL, score TINYINT NOT NULL)");
    }
    DuckDBConnection duckDb = connection.unwrap(DuckDBConnection.class);
    try (DuckDBAppender appender =
        duckDb.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "responses")) {
      for (int i = 0; i < data.size(); i++) {
        appender.beginRow();
        appender.append(data.rows[i]);
        appender.append(data.scores[i]);
        appender.endRow();
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT count(*) FROM responses")) {
      count.next();
      if (count.getLong(1) != data.size()) {
        throw new IllegalStateException(
            "DuckDB holds " + count.getLong(1) + " rows, expected " + data.size());
      }
    }
    return new DuckDbTable(connection);
  }

  /**
   * Runs the overall query.
   *
   * @return the overall NPS
   * @throws SQLException if DuckDB fails
   */
  double overall() throws SQLException {
    try (ResultSet result = overall.executeQuery()) {
      result.next();
      return result.getDouble(1);
    }
  }

  /**
   * Runs the per-segment query and reads every row.
   *
   * @return the sum of the segments' scores, a checksum of every row read
   * @throws SQLException if DuckDB fails
   */
  double perSegment() throws SQLException {
    double checksum = 0;
    try (ResultSet result = perSegment.executeQuery()) {
      while (result.next()) {
        checksum += result.getDouble(2);
      }
    }
    return checksum;
  }

  /**
   * Runs the per-segment query and returns each segment's score, for checking.
   *
   * @param segmentCount the number of segments
   * @return the score of each segment row number
   * @throws SQLException if DuckDB fails
   */
  double[] perSegmentScores(int segmentCount) throws SQLException {
    double[] scores = new double[segmentCount];
    try (ResultSet result = perSegment.executeQuery()) {
      while (result.next()) {
        scores[result.getInt(1)] = result.getDouble(2);
      }
    }
    return scores;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
