package dev.nps.cli;

import java.util.List;

/** The names of the input columns (CSV header names or JSON Lines property names). */
final class Columns {
  final String score;
  final String respondent;
  final String answeredAt;
  final String comment;
  final String weight;
  final List<String> segments;

  Columns(String score, String respondent, String answeredAt, String comment, String weight,
      List<String> segments) {
    this.score = score;
    this.respondent = respondent;
    this.answeredAt = answeredAt;
    this.comment = comment;
    this.weight = weight;
    this.segments = List.copyOf(segments);
  }
}
