package dev.nps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium (Debian's {@code chromium}) and checks that it
 * renders: no console message (a blocked request, a CSP violation or a script error would log
 * one, as the control page shows), the chart elements in the rendered DOM, and a screenshot of
 * the window's size that is not blank and shows the category colours. Without the browser the
 * test is skipped, unless {@code -Dnps.browser.required=true} (CI) makes that a failure. The
 * browser is {@code /usr/bin/chromium} or the one {@code -Dnps.chromium=PATH} names.
 */
class HtmlBrowserTest {
  private static final int WIDTH = 800;
  private static final int HEIGHT = 1400;

  @TempDir Path dir;
  private Path chromium;

  @BeforeEach
  void findBrowser() {
    chromium = Path.of(System.getProperty("nps.chromium", "/usr/bin/chromium"));
    if (!Files.isExecutable(chromium)) {
      String message = "browser test skipped: no Chromium at " + chromium
          + " (apt-get install chromium, or -Dnps.chromium=PATH)";
      if (Boolean.getBoolean("nps.browser.required")) {
        throw new AssertionError(message + ", and -Dnps.browser.required=true");
      }
      System.err.println(message);
      Assumptions.abort(message);
    }
  }

  /** The output of one headless run: standard output and the console lines of the log. */
  private static final class Run {
    final String out;
    final List<String> console;

    Run(String out, List<String> console) {
      this.out = out;
      this.console = console;
    }
  }

  private Run chromium(Path page, String... mode) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
        "--window-size=" + WIDTH + "," + HEIGHT));
    command.addAll(List.of(mode));
    command.add(page.toUri().toString());
    Path out = dir.resolve("chromium.out");
    Path err = dir.resolve("chromium.err");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s");
    }
    String log = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), log);
    // Chromium logs every console message, errors and CSP violations included, as
    // "[pid:tid:time:INFO:CONSOLE:line] "message", source: url (line)".
    List<String> console = log.lines().filter(line -> line.contains(":CONSOLE"))
        .collect(Collectors.toList());
    return new Run(Files.readString(out, StandardCharsets.UTF_8), console);
  }

  private Path report() throws IOException {
    Path input = HtmlPage.write(dir, "fixture.csv", HtmlPage.FIXTURE);
    HtmlPage.report(dir, input.toString(), "--by", "region", "--period", "month");
    return dir.resolve("report.html");
  }

  @Test
  void rendersTheChartsWithoutConsoleMessages() throws Exception {
    Run run = chromium(report(), "--dump-dom");
    assertEquals(List.of(), run.console);
    String dom = run.out;
    assertTrue(dom.contains("<svg id=\"histogram\""), dom);
    // one bar per score 0-10, three category parts, one mark per segment and per month
    assertEquals(11, HtmlPage.marks(dom, "rect", "bar ").size());
    assertEquals(3, HtmlPage.marks(dom, "rect", "part ").size());
    assertEquals(3, HtmlPage.marks(dom, "g", "seg").size());
    assertEquals(3, HtmlPage.marks(dom, "g", "period").size());
    assertEquals(3, HtmlPage.count(dom, "<circle class=\"mark\""));
    assertEquals(4, HtmlPage.count(dom, "<svg id="));
    assertEquals(4, HtmlPage.count(dom, "<title id="));
    assertEquals(4, HtmlPage.count(dom, "<desc id="));
  }

  @Test
  void takesAScreenshotThatIsNotBlank() throws Exception {
    Path png = dir.resolve("report.png");
    Run run = chromium(report(), "--screenshot=" + png, "--hide-scrollbars");
    assertEquals(List.of(), run.console);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(WIDTH, image.getWidth());
    assertEquals(HEIGHT, image.getHeight());
    Set<Integer> colours = new HashSet<>();
    boolean detractor = false;
    boolean promoter = false;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        detractor |= rgb == 0xD55E00;
        promoter |= rgb == 0x0072B2;
      }
    }
    assertTrue(colours.size() > 20, "only " + colours.size() + " colours: a blank page?");
    assertTrue(detractor && promoter, "the category colours are not on the screenshot");
  }

  /** The control: a page that breaks the rules must produce console lines, else the check is blind. */
  @Test
  void seesABlockedRequestAndAScript() throws Exception {
    Path page = HtmlPage.write(dir, "control.html", "<!DOCTYPE html><html><head>"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + HtmlReport.CONTENT_SECURITY_POLICY + "\"></head><body><p>control</p>"
        + "<img src=\"http://example.invalid/a.png\"><script>console.error('x')</script>"
        + "</body></html>");
    Run run = chromium(page, "--dump-dom");
    assertEquals(2, run.console.size(), String.join("\n", run.console));
    assertFalse(run.console.stream().noneMatch(line -> line.contains("example.invalid")));
  }
}
