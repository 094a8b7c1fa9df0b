import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the synthetic example dataset examples/responses.csv to standard output:
 *
 * <pre>java examples/GenerateResponses.java &gt; examples/responses.csv</pre>
 *
 * <p>Seeded, so every run writes the same file (a test checks this). 1,500 customers in three
 * regions, three plans and three channels answer over two years (November 2024 to October 2026);
 * promoters grow over time, APAC and the free plan score lower, enterprise higher; detractors leave
 * comments less often than others; some customers answer twice in a month.
 */
public class GenerateResponses {
  private static final String[] REGIONS = {"EU", "US", "APAC"};
  private static final String[] PLANS = {"free", "pro", "enterprise"};
  private static final String[] CHANNELS = {"web", "email", "in-app"};
  private static final String[] DETRACTOR_COMMENTS = {
    "Support took days to answer", "Billing was wrong twice", "The app keeps crashing",
    "Too expensive for what it does", "Nobody solved my problem"};
  private static final String[] PASSIVE_COMMENTS = {
    "Does the job", "Fine, but onboarding was slow", "OK overall, some bugs"};
  private static final String[] PROMOTER_COMMENTS = {
    "Great support team", "Saves us hours every week", "Easy to use, \"just works\"",
    "Best tool we have, thanks"};

  public static void main(String[] args) {
    Random random = new Random(20241101L);
    int customers = 1500;
    String[] region = new String[customers];
    String[] plan = new String[customers];
    for (int c = 0; c < customers; c++) {
      region[c] = REGIONS[random.nextInt(REGIONS.length)];
      plan[c] = PLANS[weighted(random, 0.5, 0.35)];
    }
    List<String[]> rows = new ArrayList<>();
    LocalDate month = LocalDate.of(2024, 11, 1);
    for (int m = 0; m < 24; m++, month = month.plusMonths(1)) {
      int answers = 140 + random.nextInt(60);
      for (int a = 0; a < answers; a++) {
        int c = random.nextInt(customers);
        Instant at = month.atStartOfDay(ZoneOffset.UTC).toInstant()
            .plusSeconds(random.nextInt(month.lengthOfMonth() * 86_400));
        rows.add(row(random, c, region[c], plan[c], m, at));
        if (random.nextDouble() < 0.03) {
          // The same customer answers again later the same month.
          Instant again = at.plusSeconds(random.nextInt(3 * 86_400));
          if (again.isBefore(month.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            rows.add(row(random, c, region[c], plan[c], m, again));
          }
        }
      }
    }
    rows.sort((x, y) -> x[1].compareTo(y[1]));
    System.out.print("respondent,answered_at,score,region,plan,channel,comment\n");
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(csv(row[i]));
      }
      out.append('\n');
    }
    System.out.print(out);
  }

  private static String[] row(Random random, int c, String region, String plan, int month,
      Instant at) {
    double promoter = 0.40 + 0.15 * month / 23.0;
    double detractor = 0.25 - 0.08 * month / 23.0;
    if (region.equals("APAC")) {
      promoter -= 0.10;
      detractor += 0.08;
    }
    if (plan.equals("free")) {
      promoter -= 0.05;
      detractor += 0.05;
    } else if (plan.equals("enterprise")) {
      promoter += 0.08;
      detractor -= 0.05;
    }
    double u = random.nextDouble();
    int score;
    String comment = "";
    if (u < detractor) {
      score = random.nextInt(7);
      if (random.nextDouble() < 0.25) {
        comment = DETRACTOR_COMMENTS[random.nextInt(DETRACTOR_COMMENTS.length)];
      }
    } else if (u < 1 - promoter) {
      score = 7 + random.nextInt(2);
      if (random.nextDouble() < 0.30) {
        comment = PASSIVE_COMMENTS[random.nextInt(PASSIVE_COMMENTS.length)];
      }
    } else {
      score = random.nextDouble() < 0.45 ? 10 : 9;
      if (random.nextDouble() < 0.40) {
        comment = PROMOTER_COMMENTS[random.nextInt(PROMOTER_COMMENTS.length)];
      }
    }
    String channel = CHANNELS[weighted(random, 0.5, 0.3)];
    return new String[] {
      String.format(java.util.Locale.ROOT, "c-%04d", c + 1), at.toString(), Integer.toString(score), region, plan,
      channel, comment};
  }

  /** Returns 0, 1 or 2 with probabilities first, second and the rest. */
  private static int weighted(Random random, double first, double second) {
    double u = random.nextDouble();
    return u < first ? 0 : u < first + second ? 1 : 2;
  }

  private static String csv(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
