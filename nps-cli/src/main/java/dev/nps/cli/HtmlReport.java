package dev.nps.cli;

import dev.nps.Nps;
import dev.nps.csat.Csat;
import dev.nps.program.Trend;
import dev.nps.stats.Interval;
import dev.nps.stats.SegmentComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report as one self-contained HTML page ({@code --format html}): a headline, charts drawn
 * from the library's results (see {@link SvgChart}) and every table of the report, with inline
 * CSS and SVG, no script, and a Content-Security-Policy that forbids every request, so the page
 * works offline and from an e-mail attachment. The same report always gives the same bytes: the
 * page holds no time of writing.
 */
final class HtmlReport {
  /** The policy of the page: nothing is loaded, inline styles and data: images only. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  /**
   * The Okabe-Ito colours (Okabe and Ito, "Color Universal Design", 2008; jfly.uni-koeln.de),
   * told apart with every common colour-vision deficiency: vermillion for detractors and the
   * unsatisfied, blue for promoters and the satisfied, grey for passives; sky blue for bands.
   */
  private static final String STYLE = String.join("\n",
      ":root{--detractor:#D55E00;--passive:#999999;--promoter:#0072B2;--band:#56B4E9;"
          + "--ink:#1a1a1a;--muted:#555555;--rule:#d0d0d0}",
      "*{box-sizing:border-box}",
      "body{margin:0;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
          + "color:var(--ink);background:#ffffff}",
      "main{max-width:60rem;margin:0 auto;padding:1rem}",
      "h1{font-size:1.5rem;margin:.2rem 0}",
      "h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:1px solid var(--rule)}",
      "h3{font-size:1rem;margin:1rem 0 .4rem}",
      ".sub,.note,footer{color:var(--muted);font-size:.9rem}",
      ".headline{display:flex;flex-wrap:wrap;gap:.5rem 2rem;align-items:baseline}",
      ".score{font-size:2.6rem;font-weight:700}",
      ".headline dl{display:grid;grid-template-columns:auto auto;gap:0 .8rem;margin:0}",
      ".headline dt{color:var(--muted)}",
      ".headline dd{margin:0;text-align:right;font-variant-numeric:tabular-nums}",
      "svg.chart{display:block;width:100%;height:auto;margin:.3rem 0}",
      "svg text{font-size:12px;fill:var(--ink)}",
      "svg .count,svg .tick{fill:var(--muted);font-size:11px}",
      ".detractor{fill:var(--detractor);background:var(--detractor)}",
      ".passive{fill:var(--passive);background:var(--passive)}",
      ".promoter{fill:var(--promoter);background:var(--promoter)}",
      ".unsat{fill:var(--detractor);background:var(--detractor)}",
      ".sat{fill:var(--promoter);background:var(--promoter)}",
      "svg text.on-detractor,svg text.on-promoter,svg text.on-unsat,svg text.on-sat"
          + "{fill:#ffffff;font-weight:600}",
      "svg text.on-passive{fill:#000000;font-weight:600}",
      ".axis{stroke:var(--muted)}",
      ".grid{stroke:#e6e6e6}",
      ".band{fill:var(--band);fill-opacity:.35}",
      ".line{fill:none;stroke:var(--ink);stroke-width:2}",
      ".whisker,.ci{stroke:var(--ink);stroke-width:2}",
      ".mark{fill:var(--ink)}",
      ".ring{fill:none;stroke:var(--detractor);stroke-width:2.5}",
      ".size{fill:#bbbbbb}",
      ".reference{stroke:var(--muted);stroke-dasharray:4 3}",
      ".seg .marker{fill:#ffffff;stroke:var(--ink);stroke-width:2}",
      ".seg.flagged .marker{fill:var(--detractor);stroke:var(--detractor)}",
      ".legend{list-style:none;padding:0;margin:.2rem 0;display:flex;flex-wrap:wrap;"
          + "gap:.2rem 1.2rem;font-size:.9rem}",
      ".sw{display:inline-block;width:.9em;height:.9em;margin-right:.35em;"
          + "vertical-align:-.1em;border-radius:2px}",
      ".scroll{overflow-x:auto}",
      "table{border-collapse:collapse;font-size:.85rem;margin:.3rem 0;"
          + "font-variant-numeric:tabular-nums}",
      "caption{text-align:left;font-weight:600;padding:.2rem 0}",
      "th,td{padding:.2rem .5rem;border-bottom:1px solid var(--rule);white-space:nowrap}",
      "th{text-align:left;background:#f4f4f4}",
      "td.num{text-align:right}",
      "footer{margin-top:2rem;border-top:1px solid var(--rule);padding-top:.5rem}",
      "@media (max-width:40rem){main{padding:.5rem}.score{font-size:2rem}}",
      "@media print{@page{size:A4;margin:14mm}body{font-size:10pt}main{max-width:none;"
          + "padding:0}svg.chart,table,.headline{break-inside:avoid}.scroll{overflow:visible}"
          + "th,td{white-space:normal}}");

  private final Report report;
  private final String metric;
  private final double level;

  private HtmlReport(Report report) {
    this.report = report;
    this.metric = "csat".equals(report.meta.get("metric")) ? "CSAT" : "NPS";
    Object value = report.meta.get("level");
    this.level = value instanceof Number ? ((Number) value).doubleValue() : 0.95;
  }

  static HtmlReport of(Report report) {
    return new HtmlReport(report);
  }

  private boolean csat() {
    return metric.equals("CSAT");
  }

  private static String esc(String text) {
    return SvgChart.escape(Text.escape(text));
  }

  /** The page. */
  String html() {
    StringBuilder page = new StringBuilder(32_768);
    String files = fileNames();
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CONTENT_SECURITY_POLICY).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(metric).append(" report: ").append(esc(files))
        .append("</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<main>\n")
        .append("<header>\n<h1>").append(metric).append(" report</h1>\n<p class=\"sub\">")
        .append(esc(files)).append("</p>\n</header>\n");
    Table main = report.table(csat() ? "csat" : "nps");
    headline(page, main);
    page.append("<section id=\"distribution\">\n<h2>Distribution</h2>\n");
    if (main != null && main.chart != null) {
      distribution(page, main.chart);
    }
    List<Table> rest = new ArrayList<>(report.tables);
    if (main != null) {
      rest.remove(main);
      table(page, main);
    }
    page.append("</section>\n");
    for (String key : List.of("trend", "segments")) {
      Table table = report.table(key);
      if (table != null) {
        rest.remove(table);
        section(page, table);
      }
    }
    for (Table table : rest) {
      section(page, table);
    }
    footer(page);
    page.append("</main>\n</body>\n</html>\n");
    return page.toString();
  }

  private String fileNames() {
    List<String> names = new ArrayList<>();
    Object files = report.meta.containsKey("files") ? report.meta.get("files")
        : report.meta.get("reports");
    if (files instanceof List) {
      for (Object file : (List<?>) files) {
        if (file instanceof Map) {
          Object name = ((Map<?, ?>) file).get("name");
          names.add(String.valueOf(name != null ? name : ((Map<?, ?>) file).get("file")));
        } else {
          names.add(String.valueOf(file));
        }
      }
    }
    return String.join(", ", names);
  }

  private long rows(String key) {
    Object rows = report.meta.get("rows");
    if (rows instanceof Map && ((Map<?, ?>) rows).get(key) instanceof Number) {
      return ((Number) ((Map<?, ?>) rows).get(key)).longValue();
    }
    return 0;
  }

  private void headline(StringBuilder page, Table main) {
    page.append("<section id=\"headline\" class=\"headline\" aria-label=\"Headline\">\n");
    Object result = main == null ? null : main.chart;
    if (result != null && ChartData.total(result) > 0) {
      Interval interval = ChartData.interval(result, level);
      String score = SvgChart.points(ChartData.score(result));
      page.append("<div><div class=\"score\">").append(metric).append(' ')
          .append(csat() ? score + "%" : score).append("</div>\n<div class=\"sub\">")
          .append(Sections.levelText(level)).append(" confidence interval ")
          .append(SvgChart.points(interval.lower())).append(" to ")
          .append(SvgChart.points(interval.upper())).append(", n = ")
          .append(ChartData.total(result)).append("</div></div>\n");
    } else {
      page.append("<div><div class=\"score\">").append(metric)
          .append(" undefined</div>\n<div class=\"sub\">no answers</div></div>\n");
    }
    page.append("<dl>\n");
    for (String key : List.of("read", "used", "skipped", "unanswered")) {
      page.append("<dt>rows ").append(key).append("</dt><dd>")
          .append(String.format(Locale.ROOT, "%,d", rows(key))).append("</dd>\n");
    }
    page.append("</dl>\n</section>\n");
  }

  private void distribution(StringBuilder page, Object result) {
    List<ChartData.Part> parts;
    List<ChartData.Part> bars;
    if (result instanceof Nps) {
      parts = ChartData.categories((Nps) result);
      bars = ChartData.histogram((Nps) result);
    } else {
      parts = ChartData.categories((Csat) result);
      bars = ChartData.histogram((Csat) result);
    }
    page.append(SvgChart.stackedBar("categories", csat() ? "Unsatisfied and satisfied answers"
        : "Detractors, passives and promoters", parts));
    page.append("<ul class=\"legend\">\n");
    long total = 0;
    for (ChartData.Part part : parts) {
      total += part.count;
    }
    for (ChartData.Part part : parts) {
      page.append("<li><span class=\"sw ").append(part.category).append("\"></span>")
          .append(esc(part.label)).append(": ").append(part.count).append(" (")
          .append(Renderer.text(Table.Kind.PERCENT, total == 0 ? 0.0 : 100.0 * part.count
              / total)).append("%)</li>\n");
    }
    page.append("</ul>\n");
    if (bars.isEmpty()) {
      page.append("<p class=\"note\">The answers were merged as category counts only: no"
          + " histogram of the answer values.</p>\n");
    } else {
      page.append("<h3>Answers per value</h3>\n")
          .append(SvgChart.histogram("histogram", "Answers per value, coloured by category",
              bars));
      page.append("<div class=\"scroll\"><table class=\"data\" id=\"histogram-table\">"
          + "<caption>Answers per value</caption>\n<tr><th scope=\"col\">value</th>");
      for (ChartData.Part bar : bars) {
        page.append("<th scope=\"col\">").append(esc(bar.label)).append("</th>");
      }
      page.append("</tr>\n<tr><td>answers</td>");
      for (ChartData.Part bar : bars) {
        page.append("<td class=\"num\">").append(bar.count).append("</td>");
      }
      page.append("</tr>\n");
      page.append("</table></div>\n");
    }
  }

  private void section(StringBuilder page, Table table) {
    page.append("<section id=\"table-").append(esc(table.key)).append("\">\n");
    if (table.key.equals("trend") && table.chart instanceof Trend) {
      List<ChartData.Point> points = ChartData.points((Trend<?>) table.chart, level);
      double alpha = alpha();
      page.append("<h2>Trend</h2>\n");
      if (points.isEmpty()) {
        page.append("<p class=\"note\">No dated answers: no trend.</p>\n");
        table(page, table);
        page.append("</section>\n");
        return;
      }
      page.append(SvgChart.trend("trend", Text.escape(table.title), metric,
          points, alpha, Sections.levelText(level), csat()));
      page.append("<p class=\"note\">Line: ").append(metric).append(" per period; band: ")
          .append(Sections.levelText(level)).append(" confidence interval; grey bars: answers"
              + " per period; ringed: change from the period before with p &lt;= ")
          .append(Sections.trim(alpha)).append(" (the p-value is in each point's tooltip)."
              + "</p>\n");
    } else if (table.key.equals("segments") && table.chart instanceof SegmentComparison) {
      SegmentComparison<?> comparison = (SegmentComparison<?>) table.chart;
      List<String> dimensions = segmentDimensions();
      List<ChartData.Row> rows = ChartData.rows(comparison, dimensions, level);
      page.append("<h2>Segments</h2>\n");
      if (!rows.isEmpty()) {
        page.append(SvgChart.forest("segments", Text.escape(table.title), metric, rows,
            ChartData.overall(comparison), Sections.levelText(level), csat()));
        page.append("<p class=\"note\">Each segment's ").append(metric).append(" with its ")
            .append(Sections.levelText(level)).append(" confidence interval, highest first;"
                + " dashed line: overall; filled diamond: differs from the rest of the"
                + " responses (").append(esc(comparison.adjustment().name().toLowerCase(
                    Locale.ROOT))).append("-adjusted p &lt;= ")
            .append(Sections.trim(comparison.significanceLevel())).append(").</p>\n");
      }
    }
    table(page, table);
    page.append("</section>\n");
  }

  private double alpha() {
    return Math.round((1 - level) * 1e9) / 1e9;
  }

  @SuppressWarnings("unchecked")
  private List<String> segmentDimensions() {
    Object segments = report.meta.get("segments");
    return segments instanceof List ? (List<String>) segments : List.of();
  }

  private static void table(StringBuilder page, Table table) {
    page.append("<div class=\"scroll\"><table class=\"data\" id=\"").append(esc(table.key))
        .append("\">\n<caption>").append(esc(table.title)).append("</caption>\n<tr>");
    for (Table.Column column : table.columns) {
      page.append("<th scope=\"col\">").append(esc(column.name)).append("</th>");
    }
    page.append("</tr>\n");
    for (List<Object> row : table.rows) {
      page.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        Table.Kind kind = table.columns.get(c).kind;
        boolean text = kind == Table.Kind.TEXT || kind == Table.Kind.FLAG;
        page.append(text ? "<td>" : "<td class=\"num\">")
            .append(SvgChart.escape(Renderer.text(kind, row.get(c)))).append("</td>");
      }
      page.append("</tr>\n");
    }
    page.append("</table></div>\n");
    for (String note : table.notes) {
      page.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
    }
  }

  private void footer(StringBuilder page) {
    page.append("<footer>\n<p>Method: ").append(esc(methodText())).append("; confidence level ")
        .append(Sections.levelText(level));
    Table segments = report.table("segments");
    if (segments != null && segments.chart instanceof SegmentComparison) {
      SegmentComparison<?> comparison = (SegmentComparison<?>) segments.chart;
      page.append("; segments compared with the rest by ").append(esc(comparison.method().name()))
          .append(", p-values ").append(esc(comparison.adjustment().name()
              .toLowerCase(Locale.ROOT))).append("-adjusted, flagged at ")
          .append(Sections.trim(comparison.significanceLevel()));
    }
    page.append(".</p>\n<p>Written by nps ").append(esc(String.valueOf(report.meta.get("version"))))
        .append(" from ").append(esc(fileNames())).append(".</p>\n</footer>\n");
  }

  private String methodText() {
    Object method = report.meta.get("interval_method");
    if (method instanceof Map) {
      List<String> parts = new ArrayList<>();
      ((Map<?, ?>) method).forEach((key, value) -> parts.add(key + ": " + methodName(value)));
      return "intervals " + String.join(", ", parts);
    }
    return "intervals " + methodName(method == null ? "adjusted_wald" : method);
  }

  /** The name of an interval method of the JSON metadata, as people write it. */
  private static String methodName(Object method) {
    String name = String.valueOf(method);
    switch (name) {
      case "adjusted_wald":
        return "adjusted Wald";
      case "wilson":
        return "Wilson";
      case "student_t":
        return "Student t";
      default:
        return name.replace('_', ' ');
    }
  }
}
