package dev.nps.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A numeric column cut into segments ({@code --band response_hours=1,4,24}): the edges e1 &lt; e2
 * &lt; ... &lt; ek give the k + 1 half-open bands {@code <e1}, {@code e1-e2} (e1 &le; x &lt; e2),
 * ..., {@code >=ek}. A value exactly on an edge belongs to the band that starts there. Values are
 * compared exactly (as decimals), so 4 and 4.0 fall in the same band.
 */
final class Band {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,3})?");

  /** The column, as --band names it. */
  final String column;
  private final BigDecimal[] edges;
  private final List<String> labels;

  private Band(String column, BigDecimal[] edges) {
    this.column = column;
    this.edges = edges;
    List<String> names = new ArrayList<>();
    names.add("<" + text(edges[0]));
    for (int i = 0; i + 1 < edges.length; i++) {
      names.add(text(edges[i]) + "-" + text(edges[i + 1]));
    }
    names.add(">=" + text(edges[edges.length - 1]));
    this.labels = List.copyOf(names);
  }

  /**
   * Parses {@code COLUMN=E1,E2,...}.
   *
   * @throws IllegalArgumentException if the form is wrong or the edges are not increasing numbers
   */
  static Band parse(String spec) {
    int equals = spec.lastIndexOf('=');
    if (equals <= 0 || equals == spec.length() - 1) {
      throw new IllegalArgumentException("--band takes COLUMN=EDGE,EDGE,... such as"
          + " response_hours=1,4,24, was " + Text.quote(spec));
    }
    String column = unquote(spec.substring(0, equals));
    String[] parts = spec.substring(equals + 1).split(",", -1);
    BigDecimal[] edges = new BigDecimal[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].trim();
      if (!NUMBER.matcher(part).matches()) {
        throw new IllegalArgumentException("--band " + Text.quote(column) + ": edge "
            + Text.quote(part) + " is not a number (write edges such as 1,4,24)");
      }
      edges[i] = new BigDecimal(part);
      if (i > 0 && edges[i].compareTo(edges[i - 1]) <= 0) {
        throw new IllegalArgumentException("--band " + Text.quote(column) + ": edges must"
            + " increase, but " + text(edges[i]) + " follows " + text(edges[i - 1]));
      }
    }
    return new Band(column, edges);
  }

  private static String unquote(String value) {
    String trimmed = value.trim();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      return trimmed.substring(1, trimmed.length() - 1);
    }
    return trimmed;
  }

  private static String text(BigDecimal edge) {
    return edge.stripTrailingZeros().toPlainString();
  }

  /** The labels of the bands, lowest first. */
  List<String> labels() {
    return labels;
  }

  /**
   * Returns the band of a value.
   *
   * @param text the trimmed value
   * @param decimalComma whether "1,5" means 1.5
   * @return the band's label, or null when the value is not a number
   */
  String label(String text, boolean decimalComma) {
    String number = decimalComma && text.indexOf('.') < 0 ? text.replace(',', '.') : text;
    if (!NUMBER.matcher(number).matches()) {
      return null;
    }
    BigDecimal value = new BigDecimal(number);
    int band = 0;
    while (band < edges.length && value.compareTo(edges[band]) >= 0) {
      band++;
    }
    return labels.get(band);
  }

  /** The problem of a value that is not a number, without the value (it may be anything). */
  String problem(boolean blank) {
    return "band column " + Text.quote(column) + (blank ? " is blank" : " is not a number")
        + "; --band " + Text.quote(column) + " needs a number in every row";
  }
}
