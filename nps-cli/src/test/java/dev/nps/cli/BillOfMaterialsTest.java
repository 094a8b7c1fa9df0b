package dev.nps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bill of materials names every published module of the build, and nothing else. */
class BillOfMaterialsTest {
  /** Modules that are built but never published. */
  private static final Set<String> UNPUBLISHED = Set.of("nps-bom", "nps-benchmarks");

  @Test
  void everyPublishedModuleIsInTheBom() throws IOException {
    String parent = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
    Set<String> modules = new TreeSet<>();
    Matcher module = Pattern.compile("<module>([\\w-]+)</module>").matcher(parent);
    while (module.find()) {
      if (!UNPUBLISHED.contains(module.group(1))) {
        modules.add(module.group(1));
      }
    }
    assertTrue(modules.contains("nps-core"), modules.toString());

    String bom = Files.readString(Path.of("..", "nps-bom", "pom.xml"), StandardCharsets.UTF_8);
    Set<String> managed = new TreeSet<>();
    Matcher artifact = Pattern.compile(
        "<groupId>dev\\.nps</groupId>\\s*<artifactId>([\\w-]+)</artifactId>\\s*"
            + "<version>\\$\\{project\\.version}</version>").matcher(bom);
    while (artifact.find()) {
      managed.add(artifact.group(1));
    }
    assertEquals(modules, managed);
  }
}
