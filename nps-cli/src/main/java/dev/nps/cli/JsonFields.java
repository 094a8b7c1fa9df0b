package dev.nps.cli;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The properties of one JSON object as row fields: property names are matched like CSV header
 * names, exactly first and then without regard to case.
 */
final class JsonFields implements RowParser.Fields {
  private final Columns columns;
  private final Map<String, String> exact = new HashMap<>();
  private final Map<String, String> folded = new HashMap<>();

  JsonFields(Columns columns) {
    this.columns = columns;
  }

  void clear() {
    exact.clear();
    folded.clear();
  }

  /** Adds a property; a null value is an absent one. */
  void put(String name, String value) {
    if (value == null) {
      return;
    }
    exact.put(name, value);
    folded.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
  }

  @Override
  public String get(int slot) {
    String name = columns.ref(slot).text;
    String value = exact.get(name);
    return value != null ? value : folded.get(name.toLowerCase(Locale.ROOT));
  }

  /** Rejects column positions, which only a CSV header has. */
  static void checkNames(Columns columns, String file) throws InputException {
    for (ColumnRef ref : columns.refs) {
      if (ref.required && ref.isPosition() && ref.finder == null) {
        throw new InputException(file + ": column " + Text.quote(ref.text) + " of " + ref.source
            + " is a position, which only CSV input has; name the JSON property instead");
      }
    }
  }
}
