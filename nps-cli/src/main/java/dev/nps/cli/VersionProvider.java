package dev.nps.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of the command and its library, stamped into the jar by the build. */
final class VersionProvider implements IVersionProvider {
  /** The project version, such as 0.1.0-SNAPSHOT. */
  static final String VERSION = load();

  private static String load() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"nps " + VERSION};
  }
}
