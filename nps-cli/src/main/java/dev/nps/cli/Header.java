package dev.nps.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The column names of a CSV file (or the property names of a JSON object), and the resolution of
 * a {@link ColumnRef} against them: exactly, then without regard to case, then (for exports with
 * a second header row of question texts, such as Qualtrics') against those texts, then as a
 * 1-based position. A miss suggests the closest names.
 */
final class Header {
  private static final int SHOWN_NAMES = 12;

  private final List<String> names;
  private List<String> texts = List.of();

  Header(List<String> names) {
    this.names = List.copyOf(names);
  }

  static Header of(String[] fields) {
    List<String> names = new ArrayList<>(fields.length);
    for (String field : fields) {
      names.add(RowParser.trim(field));
    }
    return new Header(names);
  }

  int size() {
    return names.size();
  }

  String name(int index) {
    return names.get(index);
  }

  List<String> names() {
    return names;
  }

  List<String> texts() {
    return texts;
  }

  /** Adds a row of longer texts (question texts) that columns can also be named by. */
  void texts(List<String> texts) {
    this.texts = List.copyOf(texts);
  }

  /**
   * Finds a column.
   *
   * @return its 0-based index, or -1 when there is none
   * @throws InputException if the name fits several columns equally well
   */
  int find(ColumnRef ref, String file) throws InputException {
    int index = match(names, ref, file, false);
    if (index < 0) {
      index = match(names, ref, file, true);
    }
    if (index < 0 && !texts.isEmpty()) {
      index = match(texts, ref, file, false);
      if (index < 0) {
        index = match(texts, ref, file, true);
      }
    }
    if (index < 0 && ref.finder != null) {
      index = ref.finder.find(this);
    }
    if (index < 0 && ref.isPosition()) {
      int position;
      try {
        position = Integer.parseInt(ref.text);
      } catch (NumberFormatException e) {
        position = Integer.MAX_VALUE;
      }
      if (position < 1 || position > names.size()) {
        throw new InputException(file + ": column position " + Text.quote(ref.text) + " of "
            + ref.source + " is outside the header's " + names.size() + " columns");
      }
      index = position - 1;
    }
    return index;
  }

  private static int match(List<String> candidates, ColumnRef ref, String file,
      boolean ignoreCase) throws InputException {
    int found = -1;
    for (int i = 0; i < candidates.size(); i++) {
      String name = candidates.get(i);
      boolean same = ignoreCase ? name.equalsIgnoreCase(ref.text) : name.equals(ref.text);
      if (same) {
        if (found >= 0) {
          throw new InputException(file + ": column " + Text.quote(ref.text) + " of " + ref.source
              + " fits columns " + (found + 1) + " and " + (i + 1) + "; name it by its 1-based"
              + " position instead");
        }
        found = i;
      }
    }
    return found;
  }

  /** The message for a column that is not there: what it is, near names, and the header. */
  String missing(ColumnRef ref, String file) {
    return missing(ref, file, true);
  }

  /** The message for a column that is not there, with or without suggestions. */
  String missing(ColumnRef ref, String file, boolean suggest) {
    StringBuilder message = new StringBuilder(file).append(": missing column ")
        .append(Text.quote(ref.text)).append(", ").append(ref.role).append(" (")
        .append(ref.source).append(")");
    List<String> near = suggest ? suggestions(ref.text) : List.of();
    if (!near.isEmpty()) {
      message.append("; did you mean ");
      for (int i = 0; i < near.size(); i++) {
        message.append(i == 0 ? "" : i == near.size() - 1 ? " or " : ", ")
            .append(Text.quote(near.get(i)));
      }
      message.append('?');
    }
    message.append("; the header has ").append(describe());
    return message.toString();
  }

  /** The header for messages: at most a dozen names, each escaped and cut. */
  String describe() {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < Math.min(names.size(), SHOWN_NAMES); i++) {
      text.append(i == 0 ? "" : ", ").append(Text.cut(Text.escape(names.get(i)), 40));
    }
    if (names.size() > SHOWN_NAMES) {
      text.append(", ... ").append(names.size() - SHOWN_NAMES).append(" more");
    }
    return text.append(']').toString();
  }

  /** Up to three names near a text: by edit distance, or containing it. */
  List<String> suggestions(String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    List<String> all = new ArrayList<>(names);
    all.addAll(texts);
    List<String[]> scored = new ArrayList<>();
    for (String name : all) {
      if (name.isEmpty() || name.length() > 200) {
        continue;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      int allowed = Math.max(2, wanted.length() / 4);
      int distance = Math.abs(lower.length() - wanted.length()) > allowed
          ? Integer.MAX_VALUE : distance(wanted, lower);
      boolean contains = wanted.length() >= 3 && (lower.contains(wanted) || wanted.contains(lower)
          && lower.length() >= 3);
      if (distance <= allowed || contains) {
        int rank = contains ? Math.min(distance, 3) : distance;
        scored.add(new String[] {name, Integer.toString(rank)});
      }
    }
    scored.sort(Comparator.comparingInt(pair -> Integer.parseInt(pair[1])));
    List<String> out = new ArrayList<>();
    for (String[] pair : scored) {
      if (!out.contains(pair[0])) {
        out.add(pair[0]);
      }
      if (out.size() == 3) {
        break;
      }
    }
    return out;
  }

  /** Levenshtein distance, on texts short enough for a header. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  @Override
  public String toString() {
    return describe() + (texts.isEmpty() ? "" : " " + Arrays.toString(texts.toArray()));
  }
}
