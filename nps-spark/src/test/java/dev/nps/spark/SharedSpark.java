package dev.nps.spark;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.function.Executable;

/**
 * One local Spark session for every test class of the module (Surefire runs them in one JVM), with
 * the functions registered. Starting Spark costs seconds; a session per class would cost minutes.
 */
final class SharedSpark {
  private static SparkSession session;
  private static Path scratch;

  private SharedSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      try {
        // Under target/, so that mvn clean removes what the tests write.
        Path target = Files.createDirectories(Path.of("target"));
        scratch = Files.createTempDirectory(target, "spark-test");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("nps-spark tests")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.sql.codegen.wholeStage", "false")
              .config("spark.sql.adaptive.enabled", "false")
              .config("spark.sql.warehouse.dir", scratch.resolve("warehouse").toString())
              .getOrCreate();
      NpsFunctions.register(session);
    }
    SparkSession.setActiveSession(session);
    return session;
  }

  /** A fresh directory under the session's scratch directory. */
  static Path directory(String name) throws java.io.IOException {
    session();
    return Files.createTempDirectory(scratch, name);
  }

  /** Runs a query expected to fail and checks that some exception in the chain says so. */
  static void assertFailsWith(String fragment, Executable query) {
    Throwable thrown = assertThrows(Throwable.class, query);
    StringBuilder messages = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      messages.append(t).append('\n');
    }
    assertTrue(
        messages.toString().contains(fragment),
        () -> "expected a failure saying '" + fragment + "', got:\n" + messages);
  }
}
