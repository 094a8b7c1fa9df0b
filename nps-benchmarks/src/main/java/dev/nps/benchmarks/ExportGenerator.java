package dev.nps.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes a seeded survey export as CSV and the same rows as JSON Lines, for the end-to-end
 * benchmark ({@link EndToEnd}), together with the counts it wrote, so that every tool's answer can
 * be checked against numbers that no reader computed.
 *
 * <p>Columns: {@code respondent,answered_at,region,plan,channel,score,comment}. Answer times are
 * ISO-8601 with {@code Z}, rising through 2024 and 2025 (24 months). Five regions and four plans
 * of different sizes, each region-plan pair with its own share of promoters and detractors. A third
 * of the comments are empty, a third plain text, and a third quoted in the CSV because they hold a
 * comma and a doubled quote (RFC 4180); the JSON Lines file escapes the quote instead. All text is
 * ASCII, so a comment's length is the same in characters and in bytes.
 *
 * <p>The same seed and row count always give byte-identical files.
 *
 * <p>Usage: {@code ExportGenerator ROWS SEED OUT.csv OUT.jsonl EXPECTED.csv}. The expected file has
 * one line per region, plan and month: {@code region,plan,month,n,detractors,promoters,
 * comment_chars}.
 */
final class ExportGenerator {
  static final String[] REGIONS = {"NA", "EU", "APAC", "LATAM", "MEA"};
  static final String[] PLANS = {"free", "pro", "team", "enterprise"};
  static final String[] CHANNELS = {"email", "web", "app", "sms"};
  static final int MONTHS = 24;

  /** 2024-01-01T00:00:00Z in epoch seconds. */
  private static final long START = 1_704_067_200L;

  /** 2026-01-01T00:00:00Z in epoch seconds: the end of the span, exclusive. */
  private static final long END = 1_767_225_600L;

  private static final String[] PLAIN = {
    "Great support team",
    "Too expensive",
    "Easy to set up",
    "Slow on mobile",
    "Love the new dashboard",
    "Billing was confusing",
    "Does what we need",
    "Export keeps failing",
  };

  /** Comments written quoted in the CSV; the {@code "} here is doubled there. */
  private static final String[] QUOTED = {
    "Fast, but the \"sync\" button hides",
    "Support said \"soon\", twice",
    "Good value, \"pro\" plan is enough",
    "The \"new\" editor, sadly, is slower",
  };

  private ExportGenerator() {}

  /** The counts of one region, plan and month. */
  static final class Cell {
    long n;
    long detractors;
    long promoters;
    long commentChars;
  }

  /**
   * Writes the two files and returns the counts per region, plan and month.
   *
   * @param rows the number of rows
   * @param seed the seed
   * @param csv the CSV file to write
   * @param jsonLines the JSON Lines file to write
   * @return the counts, indexed by {@link #cell(int, int, int)}
   * @throws IOException if a file cannot be written
   */
  static Cell[] write(long rows, long seed, Path csv, Path jsonLines) throws IOException {
    Cell[] cells = new Cell[REGIONS.length * PLANS.length * MONTHS];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = new Cell();
    }
    SplittableRandom random = new SplittableRandom(seed);
    int groups = REGIONS.length * PLANS.length;
    double[] promoterShare = new double[groups];
    double[] detractorShare = new double[groups];
    for (int g = 0; g < groups; g++) {
      double skew = random.nextDouble(-0.15, 0.15);
      promoterShare[g] = 0.45 + skew;
      detractorShare[g] = 0.25 - skew / 2;
    }
    // Month boundaries, from the calendar: the month an answer falls in is found by search.
    long[] monthStart = new long[MONTHS + 1];
    for (int m = 0; m <= MONTHS; m++) {
      monthStart[m] = LocalDate.of(2024 + m / 12, m % 12 + 1, 1)
          .atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }
    if (monthStart[0] != START || monthStart[MONTHS] != END) {
      throw new AssertionError("month table does not span 2024-2025");
    }
    double step = (double) (END - START) / rows;
    Line csvLine = new Line();
    Line jsonLine = new Line();
    try (OutputStream csvOut = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 16);
        OutputStream jsonOut =
            new BufferedOutputStream(Files.newOutputStream(jsonLines), 1 << 16)) {
      csvOut.write(
          "respondent,answered_at,region,plan,channel,score,comment\n"
              .getBytes(StandardCharsets.US_ASCII));
      int month = 0;
      for (long i = 0; i < rows; i++) {
        // Rising times with a random offset inside each row's slot: an export in answer order.
        long second = START + (long) (i * step + random.nextDouble() * step);
        second = Math.min(second, END - 1);
        while (second >= monthStart[month + 1]) {
          month++;
        }
        // Regions and plans of different sizes: the larger of two draws favours later values,
        // the smaller of two favours earlier ones.
        int region = Math.min(random.nextInt(REGIONS.length), random.nextInt(REGIONS.length));
        int plan = Math.min(random.nextInt(PLANS.length), random.nextInt(PLANS.length));
        int channel = random.nextInt(CHANNELS.length);
        int group = region * PLANS.length + plan;
        int score = score(random, promoterShare[group], detractorShare[group]);
        int commentKind = random.nextInt(3);
        String comment = commentKind == 0 ? ""
            : commentKind == 1 ? PLAIN[random.nextInt(PLAIN.length)]
            : QUOTED[random.nextInt(QUOTED.length)];
        String respondent = "r-" + (1_000_000 + random.nextInt(9_000_000));
        String time = Instant.ofEpochSecond(second).toString();

        Cell cell = cells[cell(region, plan, month)];
        cell.n++;
        if (score <= 6) {
          cell.detractors++;
        } else if (score >= 9) {
          cell.promoters++;
        }
        cell.commentChars += comment.length();

        csvLine.clear();
        csvLine.ascii(respondent).comma().ascii(time).comma().ascii(REGIONS[region]).comma()
            .ascii(PLANS[plan]).comma().ascii(CHANNELS[channel]).comma().number(score).comma();
        if (commentKind == 2) {
          csvLine.csvQuoted(comment);
        } else {
          csvLine.ascii(comment);
        }
        csvLine.newline().writeTo(csvOut);

        jsonLine.clear();
        jsonLine.ascii("{\"respondent\":\"").ascii(respondent)
            .ascii("\",\"answered_at\":\"").ascii(time)
            .ascii("\",\"region\":\"").ascii(REGIONS[region])
            .ascii("\",\"plan\":\"").ascii(PLANS[plan])
            .ascii("\",\"channel\":\"").ascii(CHANNELS[channel])
            .ascii("\",\"score\":").number(score)
            .ascii(",\"comment\":").jsonString(comment).ascii("}").newline().writeTo(jsonOut);
      }
    }
    return cells;
  }

  /**
   * The index of a region, plan and month in the array {@link #write} returns.
   *
   * @param region the region's index in {@link #REGIONS}
   * @param plan the plan's index in {@link #PLANS}
   * @param month months since 2024-01
   * @return the index
   */
  static int cell(int region, int plan, int month) {
    return (region * PLANS.length + plan) * MONTHS + month;
  }

  /**
   * The month of a cell index as {@code yyyy-MM}.
   *
   * @param month months since 2024-01
   * @return the month
   */
  static String monthName(int month) {
    return String.format("%04d-%02d", 2024 + month / 12, month % 12 + 1);
  }

  private static int score(SplittableRandom random, double promoters, double detractors) {
    double category = random.nextDouble();
    if (category < promoters) {
      return random.nextInt(5) < 3 ? 10 : 9;
    }
    if (category < promoters + detractors) {
      return Math.max(random.nextInt(7), random.nextInt(7));
    }
    return random.nextInt(5) < 3 ? 8 : 7;
  }

  /** One output line of ASCII bytes, reused for every row. */
  private static final class Line {
    private byte[] bytes = new byte[512];
    private int length;

    void clear() {
      length = 0;
    }

    Line ascii(String text) {
      for (int i = 0; i < text.length(); i++) {
        put(text.charAt(i));
      }
      return this;
    }

    Line comma() {
      put(',');
      return this;
    }

    Line newline() {
      put('\n');
      return this;
    }

    Line number(int value) {
      return ascii(Integer.toString(value));
    }

    Line csvQuoted(String text) {
      put('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          put('"');
        }
        put(c);
      }
      put('"');
      return this;
    }

    Line jsonString(String text) {
      put('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\\') {
          put('\\');
        }
        put(c);
      }
      put('"');
      return this;
    }

    void writeTo(OutputStream out) throws IOException {
      out.write(bytes, 0, length);
    }

    private void put(char c) {
      if (c > 0x7f) {
        throw new IllegalArgumentException("not ASCII: U+" + Integer.toHexString(c));
      }
      if (length == bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      bytes[length++] = (byte) c;
    }
  }

  /**
   * Writes the files and the expected counts.
   *
   * @param args {@code ROWS SEED OUT.csv OUT.jsonl EXPECTED.csv}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      System.err.println("usage: ExportGenerator ROWS SEED OUT.csv OUT.jsonl EXPECTED.csv");
      System.exit(2);
    }
    long rows = Long.parseLong(args[0]);
    long seed = Long.parseLong(args[1]);
    Cell[] cells = write(rows, seed, Path.of(args[2]), Path.of(args[3]));
    Files.write(Path.of(args[4]), CrossTable.of(cells).lines());
  }
}
