package dev.nps.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet in the README compiles against the library as it is: a snippet that is a
 * whole class compiles as written; any other snippet is its imports followed by statements, which
 * compile as the body of one method. So a snippet must show its imports and declare every
 * variable it uses. The test lives in nps-spark because this module's test class path holds every
 * artifact the snippets use: nps-core, nps-csat, nps-jackson and Spark.
 */
class ReadmeSnippetsTest {
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  private static final Pattern IMPORT = Pattern.compile("^import [\\w.]+(\\.\\*)?;$");

  @Test
  void everyJavaSnippetInTheReadmeCompiles() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = BLOCK.matcher(readme);
    List<JavaFileObject> sources = new ArrayList<>();
    int compiled = 0;
    for (int n = 1; block.find(); n++) {
      String snippet = block.group(1);
      sources.add(source(n, snippet));
      compiled++;
    }
    assertTrue(compiled >= 6, "README has its Java snippets, found " + compiled);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createTempDirectory("readme-snippets");
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
          "-d", out.toString(), "-proc:none", "-Xlint:none");
      boolean ok = javac.getTask(new StringWriter(), files, diagnostics, options, null, sources)
          .call();
      String messages = diagnostics.getDiagnostics().stream()
          .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": "
              + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
      assertTrue(ok, messages);
      assertEquals("", messages);
    }
  }

  private static JavaFileObject source(int n, String snippet) {
    String text;
    String className;
    Matcher declared = Pattern.compile("(?m)^public (?:final )?class (\\w+)").matcher(snippet);
    if (declared.find()) {
      className = declared.group(1);
      text = snippet;
    } else {
      className = "ReadmeSnippet" + n;
      StringBuilder imports = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (String line : snippet.lines().toList()) {
        (IMPORT.matcher(line.strip()).matches() ? imports : body).append(line).append('\n');
      }
      text = imports + "\nclass " + className + " {\n  static void run() throws Exception {\n"
          + body + "  }\n}\n";
    }
    return new SimpleJavaFileObject(
        URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }
}
