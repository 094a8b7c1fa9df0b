package dev.nps.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The input columns of a report, each in a numbered slot that readers fill per row: the score,
 * respondent, time, comment and weight, then the segment columns, then the contact columns.
 */
final class Columns {
  static final int SCORE = 0;
  static final int RESPONDENT = 1;
  static final int TIME = 2;
  static final int COMMENT = 3;
  static final int WEIGHT = 4;
  private static final int FIXED = 5;

  /** The column of each slot. */
  final List<ColumnRef> refs;
  /** The names of the segment dimensions, as the report shows them. */
  final List<String> segments;
  /** The names of the contact columns, as the follow-up lists show them. */
  final List<String> contacts;
  /** The name of the time column, for messages. */
  final String answeredAt;
  /** The name of the score column, for messages. */
  final String score;
  /** The name of the weight column, for messages. */
  final String weight;

  Columns(ColumnRef score, ColumnRef respondent, ColumnRef time, ColumnRef comment,
      ColumnRef weight, List<ColumnRef> segments, List<ColumnRef> contacts) {
    List<ColumnRef> all = new ArrayList<>(List.of(score, respondent, time, comment, weight));
    all.addAll(segments);
    all.addAll(contacts);
    this.refs = List.copyOf(all);
    List<String> segmentNames = new ArrayList<>();
    segments.forEach(ref -> segmentNames.add(ref.text));
    this.segments = List.copyOf(segmentNames);
    List<String> contactNames = new ArrayList<>();
    contacts.forEach(ref -> contactNames.add(ref.text));
    this.contacts = List.copyOf(contactNames);
    this.answeredAt = time.text;
    this.score = score.text;
    this.weight = weight.text;
  }

  int slots() {
    return refs.size();
  }

  static int segmentSlot(int index) {
    return FIXED + index;
  }

  int contactSlot(int index) {
    return FIXED + segments.size() + index;
  }

  ColumnRef ref(int slot) {
    return refs.get(slot);
  }
}
