package dev.nps.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The end-to-end benchmark: {@code nps report FILE --by region,plan --period month} on a seeded
 * export, against DuckDB computing the same counts from the same file with one thread and with all
 * threads, for a CSV file and for the same rows as JSON Lines.
 *
 * <p>Every measurement is a whole process, started from here and timed from its start to its exit
 * (JVM start, reading, aggregating, writing the result): {@code java -jar nps.jar report ...} for
 * nps, {@code java -cp benchmarks.jar dev.nps.benchmarks.DuckDbReport ...} for DuckDB (JDBC,
 * in-process in that JVM). DuckDB's query time inside its process is recorded beside it for
 * information; ratios use whole processes. Runs are interleaved (one of each per round), after one
 * untimed round that checks counts and warms the page cache. Peak resident size comes from {@code
 * /usr/bin/time -v} when the machine has it.
 *
 * <p>Counts are checked, and any disagreement stops the benchmark with exit code 1: every DuckDB
 * run must give exactly the generator's counts per region, plan and month (n, detractors,
 * promoters, comment characters), and {@code nps report --format json} must give the generator's
 * rows read, overall counts, counts per region and plan, and n and promoters minus detractors per
 * month.
 *
 * <p>Usage: {@code EndToEnd quick|full ROOT [COMMIT]}, where {@code ROOT} is the repository root
 * holding {@code nps-cli/target/nps.jar} and {@code nps-benchmarks/target/benchmarks.jar}. It is
 * run by {@code nps-benchmarks/e2e.sh}, never by the build.
 */
final class EndToEnd {
  /** The seed of the export. */
  static final long SEED = 20261201L;

  private static final Path TIME = Path.of("/usr/bin/time");
  private static final Pattern MAX_RSS =
      Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Pattern USER_SECONDS =
      Pattern.compile("User time \\(seconds\\): ([0-9.]+)");
  private static final Pattern SYSTEM_SECONDS =
      Pattern.compile("System time \\(seconds\\): ([0-9.]+)");
  private static final Pattern QUERY_SECONDS = Pattern.compile("query_seconds=([0-9.]+)");
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Path root;
  private final Path work;
  private final Path java;
  private final boolean timeAvailable;
  private int processNumber;

  private EndToEnd(Path root) {
    this.root = root;
    this.work = root.resolve("nps-benchmarks/target/e2e");
    this.java = Path.of(System.getProperty("java.home"), "bin", "java");
    this.timeAvailable = Files.isExecutable(TIME);
  }

  /** One finished process. */
  static final class Run {
    final double seconds;
    final double cpuSeconds;
    final long maxRssKb;
    final double querySeconds;
    final int exitCode;
    final String stdout;
    final String stderr;

    Run(double seconds, double cpuSeconds, long maxRssKb, double querySeconds, int exitCode,
        String stdout, String stderr) {
      this.seconds = seconds;
      this.cpuSeconds = cpuSeconds;
      this.maxRssKb = maxRssKb;
      this.querySeconds = querySeconds;
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
    }
  }

  /** One measured case: a tool on a file, with its runs. */
  static final class Case {
    final String file;
    final String tool;
    final List<Run> runs = new ArrayList<>();

    Case(String file, String tool) {
      this.file = file;
      this.tool = tool;
    }

    double median() {
      return EndToEnd.median(runs.stream().mapToDouble(r -> r.seconds).toArray());
    }

    double medianCpu() {
      return EndToEnd.median(runs.stream().mapToDouble(r -> r.cpuSeconds).toArray());
    }

    double medianRssMb() {
      return EndToEnd.median(runs.stream().mapToDouble(r -> r.maxRssKb / 1024.0).toArray());
    }

    double medianQuery() {
      return EndToEnd.median(runs.stream().mapToDouble(r -> r.querySeconds).toArray());
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code quick|full ROOT [COMMIT]}
   * @throws Exception if a process cannot be started, a file written, or counts disagree
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2 || !(args[0].equals("quick") || args[0].equals("full"))) {
      System.err.println("usage: EndToEnd quick|full ROOT [COMMIT]");
      System.exit(2);
    }
    try {
      new EndToEnd(Path.of(args[1]).toAbsolutePath().normalize())
          .run(args[0], args.length > 2 ? args[2] : "unknown");
    } catch (CheckFailed e) {
      System.err.println("FAILED: " + e.getMessage());
      System.exit(1);
    }
  }

  /** A count that disagrees, or a process that failed. */
  static final class CheckFailed extends Exception {
    private static final long serialVersionUID = 1L;

    CheckFailed(String message) {
      super(message);
    }
  }

  private void run(String mode, String commit) throws Exception {
    boolean full = mode.equals("full");
    long rows = full ? 10_000_000L : 1_000_000L;
    int rounds = full ? 3 : 5;
    Path npsJar = root.resolve("nps-cli/target/nps.jar");
    Path benchJar = root.resolve("nps-benchmarks/target/benchmarks.jar");
    for (Path jar : List.of(npsJar, benchJar)) {
      if (!Files.isRegularFile(jar)) {
        throw new CheckFailed(jar + " is missing: build with nps-benchmarks/e2e.sh");
      }
    }
    Files.createDirectories(work);
    String loadBefore = loadAverage();

    // The export, reused when the same rows and seed were written before.
    String stem = "export-" + rows + "-" + SEED;
    Path csv = work.resolve(stem + ".csv");
    Path jsonLines = work.resolve(stem + ".jsonl");
    Path expectedFile = work.resolve(stem + ".expected.csv");
    if (!Files.isRegularFile(expectedFile)) {
      System.out.printf(Locale.ROOT, "writing %,d rows to %s and %s%n", rows, csv, jsonLines);
      long start = System.nanoTime();
      ExportGenerator.Cell[] cells = ExportGenerator.write(rows, SEED, csv, jsonLines);
      // Written last: its presence means both files are complete.
      Files.write(expectedFile, CrossTable.of(cells).lines());
      System.out.printf(Locale.ROOT, "written in %.1f s%n", (System.nanoTime() - start) / 1e9);
    } else {
      System.out.println("reusing " + csv + " and " + jsonLines);
    }
    CrossTable expected = CrossTable.parse(Files.readAllLines(expectedFile));
    if (expected.total()[0] != rows) {
      throw new CheckFailed(expectedFile + " counts " + expected.total()[0] + " rows, expected "
          + rows + ": delete it to write the files again");
    }
    long csvBytes = Files.size(csv);
    long jsonBytes = Files.size(jsonLines);

    List<String> nps = List.of(java.toString(), "-jar", npsJar.toString(), "report");
    List<String> npsOptions = List.of("--by", "region,plan", "--period", "month", "--no-progress");
    List<String> duck = List.of(java.toString(), "-cp", benchJar.toString(),
        DuckDbReport.class.getName());

    // Untimed round: nps's JSON output checked against the generator; warms the page cache.
    Map<String, Run> jsonChecks = new LinkedHashMap<>();
    for (Path file : List.of(csv, jsonLines)) {
      List<String> command = new ArrayList<>(nps);
      command.add(file.toString());
      command.addAll(npsOptions);
      command.addAll(List.of("--format", "json"));
      Run run = start(command);
      requireSuccess("nps report --format json " + file.getFileName(), run);
      checkNpsJson(file, run.stdout, expected, rows);
      jsonChecks.put(file.getFileName().toString(), run);
      System.out.printf(Locale.ROOT, "checked nps report --format json on %s: counts agree"
          + " (%.2f s)%n", file.getFileName(), run.seconds);
    }

    List<Case> cases = new ArrayList<>();
    Map<Case, List<String>> commands = new LinkedHashMap<>();
    for (Path file : List.of(csv, jsonLines)) {
      String kind = file == csv ? "CSV" : "JSON Lines";
      Case npsCase = new Case(kind, "nps report");
      List<String> npsCommand = new ArrayList<>(nps);
      npsCommand.add(file.toString());
      npsCommand.addAll(npsOptions);
      commands.put(npsCase, npsCommand);
      for (String threads : List.of("1", "all")) {
        Case duckCase = new Case(kind, threads.equals("1") ? "DuckDB 1 thread"
            : "DuckDB all threads");
        List<String> duckCommand = new ArrayList<>(duck);
        duckCommand.addAll(List.of(file.toString(), threads, "OUT"));
        commands.put(duckCase, duckCommand);
      }
    }
    cases.addAll(commands.keySet());

    for (int round = 1; round <= rounds; round++) {
      for (Case c : cases) {
        List<String> command = new ArrayList<>(commands.get(c));
        Path out = null;
        if (command.get(command.size() - 1).equals("OUT")) {
          out = work.resolve("duckdb-" + (c.file.equals("CSV") ? "csv" : "jsonl") + ".out");
          command.set(command.size() - 1, out.toString());
        }
        Run run = start(command);
        requireSuccess(c.tool + " on " + c.file, run);
        if (out != null) {
          String difference = expected.firstDifference("generator",
              CrossTable.parse(Files.readAllLines(out)), "DuckDB");
          if (difference != null) {
            throw new CheckFailed(c.tool + " on " + c.file + " disagrees with the generator at "
                + difference);
          }
        } else if (!Pattern.compile("\\b" + rows + "\\b").matcher(run.stdout).find()) {
          throw new CheckFailed(c.tool + " on " + c.file + ": the report does not mention "
              + rows + " rows");
        }
        c.runs.add(run);
        System.out.printf(Locale.ROOT, "round %d/%d  %-10s  %-18s  %7.2f s wall  %7.2f s CPU"
            + "  %s%n", round, rounds, c.file, c.tool, run.seconds, run.cpuSeconds,
            rss(run.maxRssKb));
      }
    }

    String duckDbVersion = "unknown";
    for (Case c : cases) {
      Matcher m = Pattern.compile("duckdb_version=(\\S+)").matcher(c.runs.get(0).stdout);
      if (m.find()) {
        duckDbVersion = m.group(1);
      }
    }

    // The streaming report in a small heap, once per file.
    Map<String, Run> smallHeap = new LinkedHashMap<>();
    for (Path file : List.of(csv, jsonLines)) {
      List<String> command = new ArrayList<>(nps);
      command.add(1, "-Xmx64m");
      command.add(file.toString());
      command.addAll(npsOptions);
      Run run = start(command);
      smallHeap.put(file == csv ? "CSV" : "JSON Lines", run);
      System.out.printf(Locale.ROOT, "-Xmx64m  %-10s  exit %d  %7.2f s  %s%n",
          file == csv ? "CSV" : "JSON Lines", run.exitCode, run.seconds, rss(run.maxRssKb));
    }

    String markdown = markdown(mode, commit, rows, rounds, csvBytes, jsonBytes, expected,
        duckDbVersion, cases, jsonChecks, smallHeap, loadBefore, loadAverage());
    Path results = root.resolve("nps-benchmarks/results");
    Files.createDirectories(results);
    Path report = results.resolve("e2e-" + mode + "-" + LocalDate.now(ZoneOffset.UTC) + ".md");
    Files.writeString(report, markdown);
    System.out.println();
    System.out.print(markdown);
    System.out.println();
    System.out.println("written to " + report);
  }

  private Run start(List<String> command) throws IOException, InterruptedException {
    int number = ++processNumber;
    Path stdout = work.resolve("process-" + number + ".out");
    Path stderr = work.resolve("process-" + number + ".err");
    Path timeFile = work.resolve("process-" + number + ".time");
    List<String> full = new ArrayList<>();
    if (timeAvailable) {
      full.addAll(List.of(TIME.toString(), "-v", "-o", timeFile.toString()));
    }
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full)
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile());
    long start = System.nanoTime();
    Process process = builder.start();
    int exitCode = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    String out = Files.readString(stdout, StandardCharsets.UTF_8);
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    long maxRss = -1;
    double cpu = Double.NaN;
    if (timeAvailable && Files.isRegularFile(timeFile)) {
      String time = Files.readString(timeFile);
      Matcher m = MAX_RSS.matcher(time);
      if (m.find()) {
        maxRss = Long.parseLong(m.group(1));
      }
      Matcher user = USER_SECONDS.matcher(time);
      Matcher system = SYSTEM_SECONDS.matcher(time);
      if (user.find() && system.find()) {
        cpu = Double.parseDouble(user.group(1)) + Double.parseDouble(system.group(1));
      }
    }
    double query = Double.NaN;
    Matcher q = QUERY_SECONDS.matcher(out);
    if (q.find()) {
      query = Double.parseDouble(q.group(1));
    }
    for (Path p : List.of(stdout, stderr, timeFile)) {
      Files.deleteIfExists(p);
    }
    return new Run(seconds, cpu, maxRss, query, exitCode, out, err);
  }

  private static void requireSuccess(String what, Run run) throws CheckFailed {
    if (run.exitCode != 0) {
      String err = run.stderr.strip();
      throw new CheckFailed(what + " exited with " + run.exitCode + ": "
          + err.substring(Math.max(0, err.length() - 2000)));
    }
  }

  /**
   * Checks nps's JSON report against the generator's counts.
   *
   * @param file the file the report read
   * @param text the report, {@code --format json}
   * @param expected the generator's counts
   * @param rows the number of rows the generator wrote
   * @throws CheckFailed at the first count that differs
   */
  static void checkNpsJson(Path file, String text, CrossTable expected, long rows)
      throws CheckFailed {
    String name = "nps report on " + file.getFileName();
    JsonNode report = JSON.readTree(text);
    JsonNode rowCounts = report.path("rows").path(0);
    require(name, "rows read", rows, rowCounts.path("read").asLong(-1));
    require(name, "rows used", rows, rowCounts.path("used").asLong(-1));
    require(name, "rows skipped", 0, rowCounts.path("skipped").asLong(-1));

    long[] total = expected.total();
    JsonNode overall = report.path("aggregates").path("nps");
    require(name, "overall n", total[0], overall.path("total").asLong(-1));
    require(name, "overall detractors", total[1], overall.path("detractors").asLong(-1));
    require(name, "overall promoters", total[2], overall.path("promoters").asLong(-1));

    Map<String, long[]> segments = expected.bySegment();
    JsonNode npsSegments = report.path("aggregates").path("segments").path("segments");
    require(name, "segments", segments.size(), npsSegments.size());
    for (JsonNode segment : npsSegments) {
      String key = segment.path("segment").path("region").asString() + ","
          + segment.path("segment").path("plan").asString();
      long[] counts = segments.get(key);
      if (counts == null) {
        throw new CheckFailed(name + ": segment " + key + " is not in the generated file");
      }
      require(name, key + " n", counts[0], segment.path("total").asLong(-1));
      require(name, key + " detractors", counts[1], segment.path("detractors").asLong(-1));
      require(name, key + " promoters", counts[2], segment.path("promoters").asLong(-1));
    }

    Map<String, long[]> months = expected.byMonth();
    JsonNode trend = report.path("trend");
    require(name, "months", months.size(), trend.size());
    for (JsonNode period : trend) {
      String month = period.path("period").asString();
      long[] counts = months.get(month);
      if (counts == null) {
        throw new CheckFailed(name + ": month " + month + " is not in the generated file");
      }
      long n = period.path("n").asLong(-1);
      require(name, month + " n", counts[0], n);
      // The trend gives the score, 100 (promoters - detractors) / n, not the two counts.
      long net = Math.round(period.path("nps").asDouble(Double.NaN) * n / 100);
      require(name, month + " promoters - detractors", counts[2] - counts[1], net);
    }
  }

  private static void require(String name, String what, long expected, long actual)
      throws CheckFailed {
    if (expected != actual) {
      throw new CheckFailed(name + ": " + what + " is " + actual + ", the generator wrote "
          + expected);
    }
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String rss(long kb) {
    return kb < 0 ? "RSS not measured" : String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
  }

  private static String machine() {
    String cpu = "unknown CPU";
    String memory = "";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          memory = String.format(Locale.ROOT, ", %.0f GB RAM", kb / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Linux only; elsewhere the CPU stays unknown.
    }
    return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + memory;
  }

  private String markdown(String mode, String commit, long rows, int rounds, long csvBytes,
      long jsonBytes, CrossTable expected, String duckDbVersion, List<Case> cases,
      Map<String, Run> jsonChecks, Map<String, Run> smallHeap, String loadBefore,
      String loadAfter) {
    StringBuilder md = new StringBuilder();
    String date = LocalDate.now(ZoneOffset.UTC).toString();
    md.append("# End-to-end: `nps report` against DuckDB on one export (").append(mode)
        .append(", ").append(date).append(")\n\n");
    md.append("- Command: `nps-benchmarks/e2e.sh ").append(mode).append("` at commit `")
        .append(commit).append("`\n");
    md.append("- Machine: ").append(machine()).append("; load average ").append(loadBefore)
        .append(" before, ").append(loadAfter).append(" after (1, 5, 15 min)\n");
    md.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(", no JVM options; DuckDB ")
        .append(duckDbVersion).append(" (JDBC)\n");
    md.append(String.format(Locale.ROOT, "- Export: %,d rows, seed %d, %d region-plan-month"
        + " cells; CSV %.1f MB, JSON Lines %.1f MB (MB = 10^6 bytes)%n", rows, SEED,
        expected.size(), csvBytes / 1e6, jsonBytes / 1e6));
    md.append("- nps: `java -jar nps-cli/target/nps.jar report FILE --by region,plan --period"
        + " month --no-progress`\n");
    md.append("- DuckDB: `java -cp nps-benchmarks/target/benchmarks.jar"
        + " dev.nps.benchmarks.DuckDbReport FILE 1|all OUT`, one query counting n, detractors,"
        + " promoters and comment characters per region, plan and month over `read_csv(FILE,"
        + " header = true)` or `read_json(FILE, format = 'newline_delimited')`, `SET threads = 1`"
        + " or DuckDB's default (all cores)\n");
    md.append("- Each time is a whole process, start to exit, JVM start included; median of ")
        .append(rounds).append(" interleaved rounds after one untimed checking round. DuckDB's"
            + " query time inside its process is shown for information; ratios use whole"
            + " processes. CPU is user + system time of all the process's threads, from"
            + " `/usr/bin/time -v`.\n");
    if (busy(loadBefore) || busy(loadAfter)) {
      md.append("- The machine was busy with other work (load average above its ")
          .append(Runtime.getRuntime().availableProcessors())
          .append(" cores): wall times include waiting for a core and vary from run to run.\n");
    }
    md.append("- Checked: every DuckDB run gives exactly the generator's counts per cell;"
        + " `nps report --format json` gives the generator's rows, overall and per-segment"
        + " counts, and n and promoters - detractors per month.\n\n");

    md.append("| file | tool | median wall | runs (s) | MB/s | CPU user + sys (median) | peak"
        + " RSS (median) | DuckDB query only |\n|---|---|---:|---|---:|---:|---:|---:|\n");
    for (Case c : cases) {
      long bytes = c.file.equals("CSV") ? csvBytes : jsonBytes;
      StringBuilder runs = new StringBuilder();
      for (Run r : c.runs) {
        runs.append(runs.length() == 0 ? "" : ", ")
            .append(String.format(Locale.ROOT, "%.2f", r.seconds));
      }
      md.append(String.format(Locale.ROOT, "| %s | %s | %.2f s | %s | %.1f | %s | %s | %s |%n",
          c.file, c.tool, c.median(), runs, bytes / 1e6 / c.median(),
          Double.isNaN(c.medianCpu()) ? "–"
              : String.format(Locale.ROOT, "%.2f s", c.medianCpu()),
          c.runs.get(0).maxRssKb < 0 ? "–" : String.format(Locale.ROOT, "%.0f MB",
              c.medianRssMb()),
          Double.isNaN(c.medianQuery()) ? "–"
              : String.format(Locale.ROOT, "%.2f s", c.medianQuery())));
    }

    md.append("\n| ratio of medians (whole processes) | CSV | JSON Lines |\n|---|---:|---:|\n");
    md.append(String.format(Locale.ROOT, "| nps / DuckDB 1 thread | %.2fx | %.2fx |%n",
        ratio(cases, "CSV", "DuckDB 1 thread"), ratio(cases, "JSON Lines", "DuckDB 1 thread")));
    md.append(String.format(Locale.ROOT, "| nps / DuckDB all threads | %.2fx | %.2fx |%n",
        ratio(cases, "CSV", "DuckDB all threads"),
        ratio(cases, "JSON Lines", "DuckDB all threads")));
    md.append(String.format(Locale.ROOT, "| for information: nps / DuckDB 1 thread, CPU time |"
        + " %.2fx | %.2fx |%n", cpuRatio(cases, "CSV"), cpuRatio(cases, "JSON Lines")));

    double npsCsv = find(cases, "CSV", "nps report").median();
    double npsJson = find(cases, "JSON Lines", "nps report").median();
    md.append("\n| target (issue 13) | measured | result |\n|---|---|---|\n");
    double allRatio = ratio(cases, "CSV", "DuckDB all threads");
    double oneRatio = ratio(cases, "CSV", "DuckDB 1 thread");
    md.append(String.format(Locale.ROOT, "| CSV: nps at most DuckDB all threads (ratio <= 1) |"
        + " %.2fx | %s |%n", allRatio, allRatio <= 1 ? "met" : "missed"));
    md.append(String.format(Locale.ROOT, "| CSV: nps at most half DuckDB 1 thread (ratio <="
        + " 0.5) | %.2fx | %s |%n", oneRatio, oneRatio <= 0.5 ? "met" : "missed"));
    double jsonRate = jsonBytes / 1e6 / npsJson;
    md.append(String.format(Locale.ROOT, "| JSON Lines: nps at least 100 MB/s | %.1f MB/s | %s"
        + " |%n", jsonRate, jsonRate >= 100 ? "met" : "missed"));
    Run csvSmall = smallHeap.get("CSV");
    md.append(String.format(Locale.ROOT, "| CSV: runs in -Xmx64m | %s | %s |%n",
        smallHeapResult(csvSmall), csvSmall.exitCode == 0 ? "met" : "missed"));
    double rssMb = find(cases, "CSV", "nps report").medianRssMb();
    md.append(String.format(Locale.ROOT, "| CSV: peak RSS below 300 MB without -Xmx | %s |"
        + " %s |%n", rssMb < 0 ? "not measured" : String.format(Locale.ROOT, "%.0f MB", rssMb),
        rssMb < 0 ? "–" : rssMb < 300 ? "met" : "missed"));

    md.append("\nAlso measured once: ");
    List<String> notes = new ArrayList<>();
    jsonChecks.forEach((file, run) -> notes.add(String.format(Locale.ROOT,
        "`--format json` on %s, %.2f s", file.endsWith(".csv") ? "CSV" : "JSON Lines",
        run.seconds)));
    smallHeap.forEach((file, run) -> notes.add("`-Xmx64m` on " + file + ", "
        + smallHeapResult(run)));
    md.append(String.join("; ", notes)).append(".\n");
    md.append(String.format(Locale.ROOT, "%nnps CSV throughput: %.1f MB/s, %.2f M rows/s;"
        + " JSON Lines: %.1f MB/s, %.2f M rows/s.%n", csvBytes / 1e6 / npsCsv,
        rows / 1e6 / npsCsv, jsonRate, rows / 1e6 / npsJson));
    return md.toString();
  }

  private static String smallHeapResult(Run run) {
    if (run.exitCode == 0) {
      return String.format(Locale.ROOT, "completed in %.2f s, peak RSS %s", run.seconds,
          rss(run.maxRssKb));
    }
    String[] lines = run.stderr.strip().split("\n");
    String reason = lines.length == 0 ? "" : lines[0].strip();
    for (String line : lines) {
      if (line.contains("OutOfMemoryError")) {
        reason = line.strip();
        break;
      }
    }
    return String.format(Locale.ROOT, "failed with exit code %d after %.2f s (%s)",
        run.exitCode, run.seconds, reason.replace("|", "\\|"));
  }

  private static boolean busy(String loadAverage) {
    try {
      return Double.parseDouble(loadAverage.split(" ")[0])
          > Runtime.getRuntime().availableProcessors();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static double cpuRatio(List<Case> cases, String file) {
    return find(cases, file, "nps report").medianCpu()
        / find(cases, file, "DuckDB 1 thread").medianCpu();
  }

  private static Case find(List<Case> cases, String file, String tool) {
    for (Case c : cases) {
      if (c.file.equals(file) && c.tool.equals(tool)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no case " + tool + " on " + file);
  }

  private static double ratio(List<Case> cases, String file, String tool) {
    return find(cases, file, "nps report").median() / find(cases, file, tool).median();
  }
}
