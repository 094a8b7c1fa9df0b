package dev.nps.cli;

import static dev.nps.cli.Table.column;

import dev.nps.Response;
import dev.nps.cli.Table.Kind;
import dev.nps.csat.CsatScale;
import dev.nps.csat.drivers.Driver;
import dev.nps.csat.drivers.DriverAccumulator;
import dev.nps.csat.drivers.DriverAnalysis;
import dev.nps.csat.drivers.Quadrant;
import dev.nps.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The key-driver analysis of {@code --drivers}: which dimension ratings move the outcome (the NPS
 * answer 0-10, or the CSAT answer) most, and the importance x performance quadrants. The
 * library's {@link DriverAccumulator} keeps exact sums; this class reads and renders.
 */
final class DriverSection {
  private static final String[] QUADRANT_TEXT = {
    "important, performing below the median: fix first",
    "important, performing at or above the median: keep up",
    "less important, performing below the median: low priority",
    "less important, performing at or above the median: possible overkill"
  };

  private final ReportSettings settings;
  private final DriverAccumulator drivers;
  private final List<String> names;
  private final CsatScale scale;
  private final int[] ratings;
  private long weighted;

  DriverSection(ReportSettings settings) {
    this.settings = settings;
    AnalysisColumns analysis = settings.columns.analysis;
    this.names = AnalysisColumns.names(analysis.drivers);
    this.scale = analysis.driverScale;
    CsatScale outcome = settings.metric.isCsat() ? settings.metric.csatScale
        : CsatScale.ZERO_TO_TEN;
    this.drivers = new DriverAccumulator(outcome, scale, names.toArray(new String[0]));
    this.ratings = new int[names.size()];
  }

  /**
   * Reads the ratings of one row into the buffer.
   *
   * @param texts the row's driver fields, in order, null where absent
   * @return null, or "kind: message" naming the column (and an integer value, never other text)
   */
  String check(String[] texts, int offset) {
    for (int i = 0; i < ratings.length; i++) {
      String text = texts[offset + i] == null ? "" : RowParser.trim(texts[offset + i]);
      if (text.isEmpty()) {
        ratings[i] = DriverAccumulator.MISSING;
        continue;
      }
      String column = names.get(i);
      if (!text.matches("[+-]?[0-9]{1,9}")) {
        return "rating not an integer: rating of " + Text.quote(column)
            + " is not an integer (--drivers; a blank rating counts as not answered)";
      }
      int rating = Integer.parseInt(text);
      if (rating < scale.min() || rating > scale.max()) {
        return "rating out of range: rating of " + Text.quote(column) + " " + rating
            + " is outside the scale " + scale.min() + "-" + scale.max() + " (--driver-scale)";
      }
      ratings[i] = rating;
    }
    return null;
  }

  /** Adds the response's outcome with the ratings {@link #check} read. */
  void feed(Response response) {
    drivers.add(response.score(), ratings);
    if (response.hasWeight()) {
      weighted++;
    }
  }

  void addTables(List<Table> tables) {
    String outcome = settings.metric.isCsat() ? "the CSAT answer" : "likelihood to recommend";
    Table table = new Table("drivers",
        "Key drivers of " + outcome + " (importance: Shapley / LMG share of R^2;"
            + " correlation with its " + Sections.levelText(settings.level)
            + " Fisher z interval; beta: standardized coefficient)",
        column("dimension", Kind.TEXT), column("n", Kind.COUNT), column("mean", Kind.DECIMAL),
        column("top_box_pct", Kind.PERCENT), column("r", Kind.DECIMAL),
        column("r_low", Kind.DECIMAL), column("r_high", Kind.DECIMAL),
        column("beta", Kind.DECIMAL), column("p_value", Kind.P_VALUE),
        column("importance_pct", Kind.PERCENT), column("vif", Kind.DECIMAL),
        column("quadrant", Kind.TEXT));
    Table quadrants = new Table("quadrants",
        "Importance x performance (against the median importance and the median top-box share)",
        column("quadrant", Kind.TEXT), column("dimensions", Kind.TEXT),
        column("meaning", Kind.TEXT));
    table.aggregate(drivers.snapshot(), null);
    DriverAnalysis analysis;
    try {
      analysis = drivers.analyze();
    } catch (IllegalStateException e) {
      table.note("no driver analysis: " + e.getMessage());
      for (String name : names) {
        table.row(name, null, null, null, null, null, null, null, null, null, null, null);
      }
      tables.add(table);
      tables.add(quadrants);
      return;
    }
    for (Driver driver : analysis.ranking()) {
      Interval r = driver.correlationInterval(settings.level);
      table.row(driver.dimension(), driver.answers().total(), driver.answers().mean(),
          driver.performance(), driver.correlation(), r.lower(), r.upper(),
          driver.coefficient(), driver.pValue(), driver.importancePercent(),
          driver.varianceInflation(), name(driver.quadrant()));
    }
    table.note(String.format(Locale.ROOT, "model: n = %,d complete responses (listwise: every"
        + " rating answered), R^2 = %.3f, adjusted R^2 = %.3f, condition number %.1f",
        analysis.n(), analysis.rSquared(), analysis.adjustedRSquared(),
        analysis.conditionNumber()));
    table.note("n, mean and top-box share (" + scale.satisfiedFrom() + "-" + scale.max()
        + " of " + scale.min() + "-" + scale.max() + ") count every answered rating;"
        + " a blank rating is not answered");
    if (weighted > 0) {
      table.note("driver analysis counts every response once; weights are not applied");
    }
    for (Quadrant quadrant : Quadrant.values()) {
      List<String> in = new ArrayList<>();
      analysis.inQuadrant(quadrant).forEach(driver -> in.add(driver.dimension()));
      quadrants.row(name(quadrant), String.join(", ", in), QUADRANT_TEXT[quadrant.ordinal()]);
    }
    List<String> fix = new ArrayList<>();
    analysis.fixFirst().forEach(driver -> fix.add(driver.dimension()));
    quadrants.note(fix.isEmpty() ? "fix first: none" : "fix first: " + String.join(", ", fix));
    tables.add(table);
    tables.add(quadrants);
  }

  /** fix_first, keep_up, low_priority or possible_overkill. */
  static String name(Quadrant quadrant) {
    return quadrant.name().toLowerCase(Locale.ROOT);
  }
}
