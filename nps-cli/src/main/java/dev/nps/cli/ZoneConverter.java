package dev.nps.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --zone}: a region (Europe/Berlin), an offset (+02:00) or UTC. Abbreviations such as
 * CEST name no rule (CEST is only the summer half of Europe/Berlin's year, and IST is three
 * different zones), so they are refused with the regions they usually mean.
 */
final class ZoneConverter implements ITypeConverter<ZoneId> {
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("CET", "Europe/Berlin or Europe/Paris"),
      Map.entry("CEST", "Europe/Berlin or Europe/Paris"),
      Map.entry("MEZ", "Europe/Berlin"),
      Map.entry("MESZ", "Europe/Berlin"),
      Map.entry("WET", "Europe/Lisbon"),
      Map.entry("WEST", "Europe/Lisbon"),
      Map.entry("EET", "Europe/Athens or Europe/Helsinki"),
      Map.entry("EEST", "Europe/Athens or Europe/Helsinki"),
      Map.entry("BST", "Europe/London"),
      Map.entry("IST", "Asia/Kolkata, Europe/Dublin or Asia/Jerusalem"),
      Map.entry("EST", "America/New_York"),
      Map.entry("EDT", "America/New_York"),
      Map.entry("CST", "America/Chicago or Asia/Shanghai"),
      Map.entry("CDT", "America/Chicago"),
      Map.entry("MST", "America/Denver or America/Phoenix"),
      Map.entry("MDT", "America/Denver"),
      Map.entry("PST", "America/Los_Angeles"),
      Map.entry("PDT", "America/Los_Angeles"),
      Map.entry("JST", "Asia/Tokyo"),
      Map.entry("AEST", "Australia/Sydney"),
      Map.entry("AEDT", "Australia/Sydney"));

  @Override
  public ZoneId convert(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    String usual = ABBREVIATIONS.get(upper);
    if (usual != null) {
      throw new TypeConversionException("--zone " + Text.quote(value) + " is an abbreviation,"
          + " not a time zone: use a region such as " + usual + " (whose rules include summer"
          + " time), an offset such as +02:00, or UTC");
    }
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new TypeConversionException("--zone " + Text.quote(value) + " is not a time zone:"
          + " use a region such as Europe/Berlin or America/New_York, an offset such as +02:00,"
          + " or UTC");
    }
  }
}
