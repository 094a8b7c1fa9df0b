package dev.nps.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes HTML reports for tests and reads their charts' marks and tables back. */
final class HtmlPage {
  private HtmlPage() {}

  /**
   * Twelve answers, four per month (January to March 2026) and four per region:
   * scores 0 3 7 9 | 10 6 8 10 | 9 10 5 9.
   */
  static final String[] FIXTURE = {
      "respondent,answered_at,score,region,comment",
      "r01,2026-01-05T10:00:00Z,0,EU,Slow",
      "r02,2026-01-06T10:00:00Z,3,US,",
      "r03,2026-01-07T10:00:00Z,7,APAC,",
      "r04,2026-01-08T10:00:00Z,9,EU,",
      "r05,2026-02-02T10:00:00Z,10,US,Great",
      "r06,2026-02-03T10:00:00Z,6,APAC,",
      "r07,2026-02-04T10:00:00Z,8,EU,",
      "r08,2026-02-05T10:00:00Z,10,US,",
      "r09,2026-03-02T10:00:00Z,9,APAC,",
      "r10,2026-03-03T10:00:00Z,10,EU,",
      "r11,2026-03-04T10:00:00Z,5,US,",
      "r12,2026-03-05T10:00:00Z,9,APAC,"};

  static Path write(Path dir, String name, String... lines) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return path;
  }

  /** Runs {@code nps report} with --format html -o DIR/report.html and returns the page. */
  static String report(Path dir, String... args) throws IOException {
    Path output = dir.resolve("report.html");
    List<String> all = new ArrayList<>(List.of("report"));
    all.addAll(List.of(args));
    all.addAll(List.of("--format", "html", "-o", output.toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
    if (code != 0 || !out.toString().isEmpty()) {
      throw new AssertionError("exit " + code + ": " + out + err);
    }
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  /** Undoes the escaping of text in HTML. */
  static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  /** The data- attributes of every element whose class starts with {@code cls}. */
  static List<Map<String, String>> marks(String html, String element, String cls) {
    List<Map<String, String>> marks = new ArrayList<>();
    Matcher tag = Pattern.compile("<" + element + " class=\"" + Pattern.quote(cls)
        + "[^\"]*\"[^>]*>").matcher(html);
    while (tag.find()) {
      Map<String, String> data = new LinkedHashMap<>();
      String text = tag.group();
      Matcher classes = Pattern.compile("class=\"([^\"]*)\"").matcher(text);
      classes.find();
      data.put("class", classes.group(1));
      Matcher attribute = Pattern.compile("(data-[a-z]+|height)=\"([^\"]*)\"").matcher(text);
      while (attribute.find()) {
        data.put(attribute.group(1), unescape(attribute.group(2)));
      }
      marks.add(data);
    }
    return marks;
  }

  /** The rows of the HTML table with this id, as maps from column name to cell text. */
  static List<Map<String, String>> table(String html, String id) {
    int start = html.indexOf("<table class=\"data\" id=\"" + id + "\">");
    if (start < 0) {
      return null;
    }
    String table = html.substring(start, html.indexOf("</table>", start));
    List<String> names = new ArrayList<>();
    Matcher header = Pattern.compile("<th[^>]*>([^<]*)</th>").matcher(table);
    while (header.find()) {
      names.add(unescape(header.group(1)));
    }
    List<Map<String, String>> rows = new ArrayList<>();
    Matcher row = Pattern.compile("<tr>(<td.*?)</tr>").matcher(table);
    while (row.find()) {
      Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(1));
      Map<String, String> values = new LinkedHashMap<>();
      int c = 0;
      while (cell.find()) {
        values.put(names.get(c++), unescape(cell.group(1)));
      }
      rows.add(values);
    }
    return rows;
  }

  static int count(String html, String needle) {
    int count = 0;
    for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }
}
