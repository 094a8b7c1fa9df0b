package dev.nps.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The input columns of a report, each in a numbered slot that readers fill per row: the score,
 * respondent, time, comment and weight, then the segment columns, then the columns of the
 * support-quality analyses ({@link AnalysisColumns}), then the contact columns.
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
  /** The driver, rate and band columns. */
  final AnalysisColumns analysis;

  Columns(ColumnRef score, ColumnRef respondent, ColumnRef time, ColumnRef comment,
      ColumnRef weight, List<ColumnRef> segments, List<ColumnRef> contacts) {
    this(score, respondent, time, comment, weight, segments, contacts, AnalysisColumns.NONE);
  }

  Columns(ColumnRef score, ColumnRef respondent, ColumnRef time, ColumnRef comment,
      ColumnRef weight, List<ColumnRef> segments, List<ColumnRef> contacts,
      AnalysisColumns analysis) {
    List<ColumnRef> all = new ArrayList<>(List.of(score, respondent, time, comment, weight));
    all.addAll(segments);
    all.addAll(analysis.refs());
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
    this.analysis = analysis;
  }

  /** The same columns with the refs of every slot replaced, such as positions by names. */
  Columns renamed(List<ColumnRef> slots) {
    int analysisSlot = FIXED + segments.size();
    int contactSlot = contactSlot(0);
    return new Columns(slots.get(SCORE), slots.get(RESPONDENT), slots.get(TIME),
        slots.get(COMMENT), slots.get(WEIGHT), slots.subList(FIXED, analysisSlot),
        slots.subList(contactSlot, slots.size()),
        analysis.withRefs(slots.subList(analysisSlot, contactSlot)));
  }

  int slots() {
    return refs.size();
  }

  static int segmentSlot(int index) {
    return FIXED + index;
  }

  int contactSlot(int index) {
    return FIXED + segments.size() + analysis.size() + index;
  }

  /** The slot of a driver column (index below the driver count) or a rate column (after). */
  int analysisSlot(int index) {
    return FIXED + segments.size() + index;
  }

  ColumnRef ref(int slot) {
    return refs.get(slot);
  }
}
