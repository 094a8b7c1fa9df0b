package dev.nps.cli;

import dev.nps.Response;

/** One data row of the input: the response it holds, an unanswered question, or a problem. */
final class Row {
  /** The 1-based line of the file on which the row starts. */
  final long line;
  /** The response, or null when the row is bad or unanswered. */
  final Response response;
  /** The values of the contact columns (--contact-columns), or null when there are none. */
  final String[] contacts;
  /**
   * The text of the driver and rate columns ({@link AnalysisColumns}), null where a row lacks
   * one; null when there are none.
   */
  final String[] analysis;
  /** Whether the question was not answered: a blank or "not rated" value. */
  final boolean unanswered;
  /** A short kind of problem for counting skipped rows, such as "score out of range". */
  final String problemKind;
  /**
   * The full problem, naming the column and, for the score, time and weight columns only, the
   * value (escaped and cut); never a comment, a contact column or the line. Null when good.
   */
  final String problem;

  /** A good row already counted by {@link FastCounts}: nothing else to do but count it read. */
  static final Row COUNTED = new Row(0, null, null, null, false, null, null);

  private Row(long line, Response response, String[] contacts, String[] analysis,
      boolean unanswered, String problemKind, String problem) {
    this.line = line;
    this.response = response;
    this.contacts = contacts;
    this.analysis = analysis;
    this.unanswered = unanswered;
    this.problemKind = problemKind;
    this.problem = problem;
  }

  static Row good(long line, Response response, String[] contacts) {
    return good(line, response, contacts, null);
  }

  static Row good(long line, Response response, String[] contacts, String[] analysis) {
    return new Row(line, response, contacts, analysis, false, null, null);
  }

  static Row unanswered(long line) {
    return new Row(line, null, null, null, true, null, null);
  }

  static Row bad(long line, String problemKind, String problem) {
    return new Row(line, null, null, null, false, problemKind, problem);
  }

  boolean isGood() {
    return response != null;
  }
}
