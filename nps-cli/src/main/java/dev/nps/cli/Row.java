package dev.nps.cli;

import dev.nps.Response;

/** One data row of the input: the response it holds, or why it holds none. */
final class Row {
  /** The 1-based line of the file on which the row starts. */
  final long line;
  /** The response, or null when the row is bad. */
  final Response response;
  /** A short kind of problem for counting skipped rows, such as "score out of range". */
  final String problemKind;
  /** The full problem, naming the value, or null when the row is good. */
  final String problem;

  private Row(long line, Response response, String problemKind, String problem) {
    this.line = line;
    this.response = response;
    this.problemKind = problemKind;
    this.problem = problem;
  }

  static Row good(long line, Response response) {
    return new Row(line, response, null, null);
  }

  static Row bad(long line, String problemKind, String problem) {
    return new Row(line, null, problemKind, problem);
  }

  boolean isGood() {
    return response != null;
  }
}
