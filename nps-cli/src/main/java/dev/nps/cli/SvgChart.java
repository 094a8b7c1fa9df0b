package dev.nps.cli;

import dev.nps.cli.ChartData.Part;
import dev.nps.cli.ChartData.Point;
import dev.nps.cli.ChartData.Row;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts of the HTML report: a 100% stacked bar, a histogram, a trend line with its
 * confidence band and a forest plot. Every chart scales with its container (a viewBox and no
 * fixed size), carries a {@code <title>} and {@code <desc>} for screen readers, and every mark a
 * {@code <title>} tooltip and {@code data-} attributes with the numbers its table shows, in the
 * table's own formatting. Coordinates are written with two decimals in the root locale, so the
 * same data always give the same bytes.
 */
final class SvgChart {
  private static final double WIDTH = 640;

  private SvgChart() {}

  /** Text for HTML content and attribute values: {@code & < > " '} as entities. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /** A coordinate with two decimals. */
  static String f(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A score or share in points, as its table writes it. */
  static String points(double value) {
    return Renderer.text(Table.Kind.POINTS, value);
  }

  /** A p-value as its table writes it. */
  static String pValue(double value) {
    return Renderer.text(Table.Kind.P_VALUE, value);
  }

  private static StringBuilder open(String id, double height, String title, String desc) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg id=\"").append(id)
        .append("\" class=\"chart\" viewBox=\"0 0 ").append(f(WIDTH)).append(' ')
        .append(f(height)).append("\" role=\"img\" aria-labelledby=\"").append(id)
        .append("-title ").append(id).append("-desc\">\n");
    svg.append("<title id=\"").append(id).append("-title\">").append(escape(title))
        .append("</title>\n");
    svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(desc))
        .append("</desc>\n");
    return svg;
  }

  private static String percent(long count, long total) {
    return Renderer.text(Table.Kind.PERCENT, total == 0 ? 0.0 : 100.0 * count / total);
  }

  /** A 100% stacked bar of the categories, with each share written on its part. */
  static String stackedBar(String id, String title, List<Part> parts) {
    long total = 0;
    StringBuilder desc = new StringBuilder();
    for (Part part : parts) {
      total += part.count;
    }
    for (Part part : parts) {
      desc.append(desc.length() == 0 ? "" : "; ").append(part.label).append(": ")
          .append(part.count).append(" (").append(percent(part.count, total)).append("%)");
    }
    double height = 44;
    StringBuilder svg = open(id, height, title, desc.toString());
    double x = 0;
    for (Part part : parts) {
      double width = total == 0 ? 0 : WIDTH * part.count / total;
      String share = percent(part.count, total);
      svg.append("<rect class=\"part ").append(part.category).append("\" x=\"").append(f(x))
          .append("\" y=\"4\" width=\"").append(f(width)).append("\" height=\"36\" data-count=\"")
          .append(part.count).append("\" data-pct=\"").append(share).append("\"><title>")
          .append(escape(part.label + ": " + part.count + " (" + share + "%)"))
          .append("</title></rect>\n");
      if (width >= 48) {
        svg.append("<text class=\"on-").append(part.category).append("\" x=\"")
            .append(f(x + width / 2)).append("\" y=\"27\" text-anchor=\"middle\">").append(share)
            .append("%</text>\n");
      }
      x += width;
    }
    return svg.append("</svg>\n").toString();
  }

  /** One bar per answer value, coloured by category, with its count above it. */
  static String histogram(String id, String title, List<Part> bars) {
    long max = 0;
    long total = 0;
    StringBuilder desc = new StringBuilder("Answers per value: ");
    for (Part bar : bars) {
      max = Math.max(max, bar.count);
      total += bar.count;
      desc.append(bar.label).append(": ").append(bar.count).append(bar == bars.get(bars.size() - 1)
          ? "." : ", ");
    }
    double height = 178;
    double top = 22;
    double base = 150;
    double left = 10;
    double slot = (WIDTH - 2 * left) / bars.size();
    StringBuilder svg = open(id, height, title, desc.toString());
    svg.append("<line class=\"axis\" x1=\"").append(f(left)).append("\" y1=\"").append(f(base))
        .append("\" x2=\"").append(f(WIDTH - left)).append("\" y2=\"").append(f(base))
        .append("\"/>\n");
    for (int i = 0; i < bars.size(); i++) {
      Part bar = bars.get(i);
      double h = max == 0 ? 0 : (base - top) * bar.count / max;
      double x = left + i * slot + slot * 0.1;
      double centre = left + (i + 0.5) * slot;
      svg.append("<rect class=\"bar ").append(bar.category).append("\" x=\"").append(f(x))
          .append("\" y=\"").append(f(base - h)).append("\" width=\"").append(f(slot * 0.8))
          .append("\" height=\"").append(f(h)).append("\" data-value=\"")
          .append(escape(bar.label)).append("\" data-count=\"").append(bar.count)
          .append("\"><title>").append(escape(bar.label + ": " + bar.count + " ("
              + percent(bar.count, total) + "%)")).append("</title></rect>\n");
      svg.append("<text x=\"").append(f(centre)).append("\" y=\"").append(f(base - h - 5))
          .append("\" text-anchor=\"middle\" class=\"count\">").append(bar.count)
          .append("</text>\n");
      svg.append("<text x=\"").append(f(centre)).append("\" y=\"").append(f(base + 18))
          .append("\" text-anchor=\"middle\">").append(escape(bar.label)).append("</text>\n");
    }
    return svg.append("</svg>\n").toString();
  }

  /** A value axis: its ends and the step between ticks, on round numbers. */
  static final class Axis {
    final double min;
    final double max;
    final double step;

    Axis(double min, double max, double step) {
      this.min = min;
      this.max = max;
      this.step = step;
    }

    /**
     * An axis that holds [low, high] within [floor, ceiling], with at most about six ticks.
     */
    static Axis of(double low, double high, double floor, double ceiling) {
      double lo = Math.max(floor, Math.min(low, high));
      double hi = Math.min(ceiling, Math.max(low, high));
      double[] steps = {1, 2, 5, 10, 20, 25, 50};
      double step = 50;
      for (double candidate : steps) {
        if ((hi - lo) / candidate <= 6) {
          step = candidate;
          break;
        }
      }
      double min = Math.max(floor, Math.floor(lo / step) * step);
      double max = Math.min(ceiling, Math.ceil(hi / step) * step);
      if (max - min < step) {
        if (max + step <= ceiling) {
          max += step;
        } else {
          min -= step;
        }
      }
      return new Axis(min, max, step);
    }

    double at(double value, double from, double to) {
      return from + (value - min) / (max - min) * (to - from);
    }
  }

  /**
   * The trend: each period's estimate as a line over its confidence band, a mark per period
   * with answers (ringed when its change from the period before is significant at
   * {@code alpha}), and the period sizes as bars below.
   */
  static String trend(String id, String title, String metric, List<Point> points,
      double alpha, String levelText, boolean share) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    long maxN = 0;
    int significant = 0;
    for (Point point : points) {
      maxN = Math.max(maxN, point.n);
      if (!point.isEmpty()) {
        low = Math.min(low, point.low);
        high = Math.max(high, point.high);
        if (isSignificant(point, alpha)) {
          significant++;
        }
      }
    }
    if (low > high) {
      low = share ? 0 : -100;
      high = 100;
    }
    Axis axis = Axis.of(low, high, share ? 0 : -100, 100);
    String desc = metric + " per period with its " + levelText + " confidence band, "
        + points.size() + " periods; " + significant + (significant == 1 ? " change" : " changes")
        + " from the period before significant at p <= " + Sections.trim(alpha)
        + " (ringed). Bars below: answers per period.";
    double left = 48;
    double right = WIDTH - 10;
    double top = 12;
    double bottom = 196;
    double sizeTop = 214;
    double sizeBottom = 262;
    double height = 290;
    double slot = (right - left) / Math.max(1, points.size());
    StringBuilder svg = open(id, height, title, desc);
    for (double tick = axis.min; tick <= axis.max + 1e-9; tick += axis.step) {
      double y = axis.at(tick, bottom, top);
      svg.append("<line class=\"grid\" x1=\"").append(f(left)).append("\" y1=\"").append(f(y))
          .append("\" x2=\"").append(f(right)).append("\" y2=\"").append(f(y)).append("\"/>\n");
      svg.append("<text class=\"tick\" x=\"").append(f(left - 6)).append("\" y=\"")
          .append(f(y + 4)).append("\" text-anchor=\"end\">").append(Sections.trim(tick))
          .append("</text>\n");
    }
    // bands and lines, one per run of consecutive periods with answers
    int start = 0;
    while (start < points.size()) {
      if (points.get(start).isEmpty()) {
        start++;
        continue;
      }
      int end = start;
      while (end + 1 < points.size() && !points.get(end + 1).isEmpty()) {
        end++;
      }
      StringBuilder band = new StringBuilder();
      StringBuilder line = new StringBuilder();
      for (int i = start; i <= end; i++) {
        double x = left + (i + 0.5) * slot;
        band.append(band.length() == 0 ? "" : " ").append(f(x)).append(',')
            .append(f(axis.at(points.get(i).high, bottom, top)));
        line.append(line.length() == 0 ? "" : " ").append(f(x)).append(',')
            .append(f(axis.at(points.get(i).value, bottom, top)));
      }
      for (int i = end; i >= start; i--) {
        double x = left + (i + 0.5) * slot;
        band.append(' ').append(f(x)).append(',')
            .append(f(axis.at(points.get(i).low, bottom, top)));
      }
      if (end > start) {
        svg.append("<polygon class=\"band\" points=\"").append(band).append("\"/>\n");
        svg.append("<polyline class=\"line\" points=\"").append(line).append("\"/>\n");
      } else {
        double x = left + (start + 0.5) * slot;
        svg.append("<line class=\"whisker\" x1=\"").append(f(x)).append("\" y1=\"")
            .append(f(axis.at(points.get(start).low, bottom, top))).append("\" x2=\"")
            .append(f(x)).append("\" y2=\"").append(f(axis.at(points.get(start).high, bottom,
                top))).append("\"/>\n");
      }
      start = end + 1;
    }
    int every = Math.max(1, (points.size() + 11) / 12);
    for (int i = 0; i < points.size(); i++) {
      Point point = points.get(i);
      double x = left + (i + 0.5) * slot;
      double barHeight = maxN == 0 ? 0 : (sizeBottom - sizeTop) * point.n / maxN;
      boolean sig = !point.isEmpty() && isSignificant(point, alpha);
      StringBuilder tip = new StringBuilder(point.label).append(": ");
      if (point.isEmpty()) {
        tip.append("no answers");
      } else {
        tip.append(metric).append(' ').append(points(point.value)).append(" (")
            .append(levelText).append(" CI ").append(points(point.low)).append(" to ")
            .append(points(point.high)).append("), n = ").append(point.n);
        if (point.change != null) {
          tip.append("; change ").append(signed(point.change.estimate()))
              .append(" points from the period before, p = ")
              .append(pValue(point.change.pValue())).append(sig ? " (significant)" : "");
        }
      }
      svg.append("<g class=\"period").append(sig ? " significant" : "").append("\" data-label=\"")
          .append(escape(point.label)).append("\" data-n=\"").append(point.n).append('"');
      if (!point.isEmpty()) {
        svg.append(" data-value=\"").append(points(point.value)).append("\" data-low=\"")
            .append(points(point.low)).append("\" data-high=\"").append(points(point.high))
            .append('"');
        if (point.change != null) {
          svg.append(" data-p=\"").append(escape(pValue(point.change.pValue()))).append('"');
        }
      }
      svg.append("><title>").append(escape(tip.toString())).append("</title>");
      svg.append("<rect class=\"size\" x=\"").append(f(x - slot * 0.3)).append("\" y=\"")
          .append(f(sizeBottom - barHeight)).append("\" width=\"").append(f(slot * 0.6))
          .append("\" height=\"").append(f(barHeight)).append("\"/>");
      if (!point.isEmpty()) {
        double y = axis.at(point.value, bottom, top);
        if (sig) {
          svg.append("<circle class=\"ring\" cx=\"").append(f(x)).append("\" cy=\"").append(f(y))
              .append("\" r=\"8\"/>");
        }
        svg.append("<circle class=\"mark\" cx=\"").append(f(x)).append("\" cy=\"").append(f(y))
            .append("\" r=\"4\"/>");
      }
      svg.append("</g>\n");
      if (i % every == 0) {
        svg.append("<text class=\"tick\" x=\"").append(f(x)).append("\" y=\"")
            .append(f(height - 10)).append("\" text-anchor=\"middle\">")
            .append(escape(point.label)).append("</text>\n");
      }
    }
    svg.append("<text class=\"tick\" x=\"").append(f(left - 6)).append("\" y=\"")
        .append(f(sizeBottom)).append("\" text-anchor=\"end\">n</text>\n");
    return svg.append("</svg>\n").toString();
  }

  static boolean isSignificant(Point point, double alpha) {
    return point.change != null && point.change.pValue() <= alpha;
  }

  private static String signed(double value) {
    String text = points(value);
    return value > 0 && !text.startsWith("-") ? "+" + text : text;
  }

  /**
   * A forest plot: each segment's estimate and interval on one axis, the overall estimate as a
   * dashed reference line, segments that the adjusted comparison flags as filled diamonds.
   */
  static String forest(String id, String title, String metric, List<Row> rows, double overall,
      String levelText, boolean share) {
    double low = overall;
    double high = overall;
    int flagged = 0;
    for (Row row : rows) {
      low = Math.min(low, row.low);
      high = Math.max(high, row.high);
      flagged += row.flagged ? 1 : 0;
    }
    Axis axis = Axis.of(low, high, share ? 0 : -100, 100);
    double labelRight = 176;
    double left = 186;
    double right = 560;
    double top = 24;
    double rowHeight = 24;
    double bottom = top + rowHeight * rows.size();
    double height = bottom + 34;
    String desc = rows.size() + " segments with answers, highest " + metric + " first, each with"
        + " its " + levelText + " confidence interval; the dashed line is the overall " + metric
        + " (" + points(overall) + "); " + flagged + (flagged == 1 ? " segment differs" :
        " segments differ") + " from the rest of the responses (filled diamonds).";
    StringBuilder svg = open(id, height, title, desc);
    for (double tick = axis.min; tick <= axis.max + 1e-9; tick += axis.step) {
      double x = axis.at(tick, left, right);
      svg.append("<line class=\"grid\" x1=\"").append(f(x)).append("\" y1=\"").append(f(top - 6))
          .append("\" x2=\"").append(f(x)).append("\" y2=\"").append(f(bottom)).append("\"/>\n");
      svg.append("<text class=\"tick\" x=\"").append(f(x)).append("\" y=\"")
          .append(f(bottom + 16)).append("\" text-anchor=\"middle\">").append(Sections.trim(tick))
          .append("</text>\n");
    }
    double reference = axis.at(overall, left, right);
    svg.append("<line class=\"reference\" x1=\"").append(f(reference)).append("\" y1=\"")
        .append(f(top - 10)).append("\" x2=\"").append(f(reference)).append("\" y2=\"")
        .append(f(bottom)).append("\"><title>").append(escape("overall " + metric + " "
            + points(overall))).append("</title></line>\n");
    svg.append("<text class=\"tick\" x=\"").append(f(reference)).append("\" y=\"")
        .append(f(top - 12)).append("\" text-anchor=\"middle\">overall ")
        .append(points(overall)).append("</text>\n");
    svg.append("<text class=\"tick\" x=\"").append(f(WIDTH - 4)).append("\" y=\"")
        .append(f(top - 12)).append("\" text-anchor=\"end\">n</text>\n");
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      double y = top + (i + 0.5) * rowHeight;
      double x = axis.at(row.value, left, right);
      String shown = row.label.length() > 26 ? row.label.substring(0, 25) + "\u2026" : row.label;
      StringBuilder tip = new StringBuilder(row.label).append(": ").append(metric).append(' ')
          .append(points(row.value)).append(" (").append(levelText).append(" CI ")
          .append(points(row.low)).append(" to ").append(points(row.high)).append("), n = ")
          .append(row.n);
      if (row.testable) {
        tip.append(row.flagged ? "; differs from the rest" : "; does not differ from the rest")
            .append(" (Holm-adjusted p = ").append(pValue(row.adjustedP)).append(')');
      } else {
        tip.append("; not compared");
      }
      svg.append("<g class=\"seg").append(row.flagged ? " flagged" : "").append("\" data-label=\"")
          .append(escape(row.label)).append("\" data-n=\"").append(row.n).append("\" data-value=\"")
          .append(points(row.value)).append("\" data-low=\"").append(points(row.low))
          .append("\" data-high=\"").append(points(row.high)).append("\"><title>")
          .append(escape(tip.toString())).append("</title>");
      svg.append("<text x=\"").append(f(labelRight)).append("\" y=\"").append(f(y + 4))
          .append("\" text-anchor=\"end\">").append(escape(shown)).append("</text>");
      svg.append("<line class=\"ci\" x1=\"").append(f(axis.at(row.low, left, right)))
          .append("\" y1=\"").append(f(y)).append("\" x2=\"")
          .append(f(axis.at(row.high, left, right))).append("\" y2=\"").append(f(y))
          .append("\"/>");
      if (row.flagged) {
        svg.append("<path class=\"marker\" d=\"M").append(f(x)).append(' ').append(f(y - 7))
            .append(" L").append(f(x + 7)).append(' ').append(f(y)).append(" L").append(f(x))
            .append(' ').append(f(y + 7)).append(" L").append(f(x - 7)).append(' ')
            .append(f(y)).append(" Z\"/>");
      } else {
        svg.append("<circle class=\"marker\" cx=\"").append(f(x)).append("\" cy=\"").append(f(y))
            .append("\" r=\"5\"/>");
      }
      svg.append("<text x=\"").append(f(WIDTH - 4)).append("\" y=\"").append(f(y + 4))
          .append("\" text-anchor=\"end\">").append(row.n).append("</text></g>\n");
    }
    return svg.append("</svg>\n").toString();
  }
}
