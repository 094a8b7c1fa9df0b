package dev.nps.cli;

import java.util.Locale;

/**
 * Text from input made safe for messages and terminals. Input can carry ESC sequences that
 * recolour or rewrite a terminal, bidirectional overrides (U+202E) that reorder what is shown,
 * and line breaks that forge extra lines of output; every such character is written as an
 * escape instead.
 */
final class Text {
  /** The longest value a message shows; longer ones are cut and end in "...". */
  static final int MESSAGE_VALUE_LENGTH = 40;

  private Text() {}

  /**
   * Escapes every character that could move the cursor, change colours, reorder text or forge a
   * line: C0 and C1 controls and DEL, Unicode format characters (bidirectional controls such as
   * U+202E and U+2066-U+2069, zero-width characters, the byte order mark), line and paragraph
   * separators, and unpaired surrogates. Newline, carriage return and tab become {@code \n},
   * {@code \r} and {@code \t}; the others {@code \}{@code uXXXX}.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    int i = 0;
    while (i < text.length() && !needsEscape(text, i)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(text, i)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  private static boolean needsEscape(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** Cuts a text to at most {@code max} characters, ending in "..." when it was longer. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 3;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, Math.max(end, 0)) + "...";
  }

  /**
   * Shows a value from input in a message: escaped, cut to {@link #MESSAGE_VALUE_LENGTH} and
   * quoted. Only for values that are not personal data (scores, times, weights, column names).
   */
  static String quote(String value) {
    return "'" + cut(escape(value), MESSAGE_VALUE_LENGTH) + "'";
  }
}
