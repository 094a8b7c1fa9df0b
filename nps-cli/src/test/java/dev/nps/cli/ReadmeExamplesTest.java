package dev.nps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nps.cli.ReportCommandTest.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code java -jar nps-cli/target/nps.jar ...} line of the README's {@code sh} blocks runs,
 * in order, from the repository root, and succeeds; files it writes go to a temporary directory.
 */
class ReadmeExamplesTest {
  private static final String PREFIX = "java -jar nps-cli/target/nps.jar ";
  private static final Pattern FILE = Pattern.compile("[\\w./-]+\\.(csv|json|jsonl|gz)");

  @TempDir Path dir;

  /** The example commands of the README's sh blocks, in order. */
  static List<String> examples() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> commands = new ArrayList<>();
    Matcher block = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (block.find()) {
      for (String line : block.group(1).split("\n")) {
        if (line.startsWith(PREFIX)) {
          commands.add(line.substring(PREFIX.length()).trim());
        }
      }
    }
    return commands;
  }

  /** Splits a command line as a POSIX shell would, for the quoting the README uses. */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == ' ') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  private String path(String word) {
    if (!FILE.matcher(word).matches()) {
      return word;
    }
    Path inRepository = Path.of("..").resolve(word);
    return Files.exists(inRepository) ? inRepository.toString() : dir.resolve(word).toString();
  }

  private Result run(String command) throws IOException {
    List<String> args = new ArrayList<>();
    byte[] stdin = new byte[0];
    List<String> words = words(command);
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).equals("<")) {
        stdin = Files.readAllBytes(Path.of(path(words.get(++i))));
      } else {
        args.add(path(words.get(i)));
      }
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(new String[0]), new ByteArrayInputStream(stdin),
        new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void everyExampleRuns() throws IOException {
    List<String> examples = examples();
    assertTrue(examples.size() >= 10, examples.toString());
    for (String example : examples) {
      Result result = run(example);
      assertEquals(0, result.exitCode, example + "\n" + result);
    }
    // What the examples wrote: one CSV table, and the merge equals one report of both waves.
    List<String> segments = Files.readAllLines(dir.resolve("segments.csv"));
    assertTrue(segments.get(0).startsWith("\"region\",\"plan\",\"n\",\"nps\""), segments.get(0));
    assertEquals(10, segments.size(), "9 region-plan segments and the header");
    Result merged = run("merge wave-1.json wave-2.json --format json");
    Result together = run("report nps-cli/src/test/resources/corpus/wave-1.csv"
        + " nps-cli/src/test/resources/corpus/wave-2.csv --by region --format json");
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode a = mapper.readTree(merged.out);
    JsonNode b = mapper.readTree(together.out);
    assertEquals(b.get("nps"), a.get("nps"));
    assertEquals(b.get("segments"), a.get("segments"));
  }

  @Test
  void wordsAreSplitAsByAShell() {
    assertEquals(List.of("report", "a.csv", "--by", "Which plan are you on?", "-x"),
        words("report a.csv --by \"Which plan are you on?\" -x"));
    assertEquals(List.of("--by", "\"Region, country\",plan"),
        words("--by '\"Region, country\",plan'"));
  }
}
