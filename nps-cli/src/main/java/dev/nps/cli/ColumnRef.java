package dev.nps.cli;

/**
 * A column as the user (or a preset) names it: by header text, matched without regard to case,
 * or by its 1-based position ({@code 3}) when no column is named so.
 */
final class ColumnRef {
  /** Finds a column in a header by its content, as a preset does; -1 when none fits. */
  interface Finder {
    int find(Header header);
  }

  /** The name or position as given. */
  final String text;
  /** What names it, for messages: an option such as "--score-column", or a preset. */
  final String source;
  /** What it is for, for messages: "the score column". */
  final String role;
  /** Whether every input must have it; otherwise an absent column is noted, not an error. */
  final boolean required;
  /** How a preset finds the column when no header is named {@link #text}, or null. */
  final Finder finder;

  ColumnRef(String text, String source, String role, boolean required) {
    this(text, source, role, required, null);
  }

  ColumnRef(String text, String source, String role, boolean required, Finder finder) {
    this.text = text;
    this.source = source;
    this.role = role;
    this.required = required;
    this.finder = finder;
  }

  ColumnRef required(String why) {
    return new ColumnRef(text, source, why == null ? role : role + ", " + why, true, finder);
  }

  ColumnRef optional() {
    return new ColumnRef(text, source, role, false, finder);
  }

  /** Whether the text is a position, which only a CSV header can resolve. */
  boolean isPosition() {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  @Override
  public String toString() {
    return Text.quote(text) + " (" + role + ", " + source + ")";
  }
}
