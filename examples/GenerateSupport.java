import java.time.Instant;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the synthetic support-survey example examples/support.csv to standard output:
 *
 * <pre>java examples/GenerateSupport.java &gt; examples/support.csv</pre>
 *
 * <p>Seeded, so every run writes the same file (a test checks this). 60 tickets in March and
 * April 2026, each with a 0-10 likelihood to recommend, three 1-5 ratings of the service (the
 * practical "business" need, the "human" need, the "hidden" expectations and process), the
 * ticket's complexity, its first-response time in hours and whether it was escalated. The score
 * is built from the ratings with weights 1.2 (business), 0.6 (human) and 0.1 (hidden) plus noise,
 * so business must come out as the strongest driver and hidden as the weakest; complex tickets
 * are answered later and escalated more often. Some ratings and escalation flags are blank.
 */
public class GenerateSupport {
  private static final String[] COMPLEXITY = {"low", "medium", "high"};

  public static void main(String[] args) {
    Random random = new Random(16);
    Instant start = Instant.parse("2026-03-01T08:00:00Z");
    System.out.println("ticket,answered_at,score,complexity,response_hours,escalated,business,"
        + "human,hidden");
    for (int i = 0; i < 60; i++) {
      int complexity = random.nextInt(3);
      double hours = Math.round(Math.exp(random.nextGaussian() * 0.9 + complexity) * 10) / 10.0;
      boolean escalated = random.nextDouble() < 0.08 + 0.22 * complexity;
      int business = rating(random, 3.6 - 0.4 * complexity);
      int human = rating(random, 3.8);
      int hidden = rating(random, 3.4);
      double noise = random.nextGaussian() * 0.9;
      int score = (int) Math.round(1.1 + 1.2 * business + 0.6 * human + 0.1 * hidden + noise);
      score = Math.max(0, Math.min(10, score));
      Instant answered = start.plusSeconds(i * 86_400L + random.nextInt(36_000));
      System.out.println(String.format(Locale.ROOT, "t-%03d,%s,%d,%s,%s,%s,%s,%s,%s", i + 1,
          answered, score, COMPLEXITY[complexity], hours,
          random.nextInt(12) == 0 ? "" : escalated ? "yes" : "no",
          blankOr(random, business), blankOr(random, human), blankOr(random, hidden)));
    }
  }

  private static int rating(Random random, double mean) {
    return (int) Math.max(1, Math.min(5, Math.round(mean + random.nextGaussian())));
  }

  private static String blankOr(Random random, int rating) {
    return random.nextInt(15) == 0 ? "" : Integer.toString(rating);
  }
}
