package dev.nps.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads answer times. Without {@code --time-format} it recognises the common forms: ISO-8601
 * dates and date-times with {@code T} or a space, with or without seconds and fractions, with an
 * offset ({@code Z}, {@code +02:00}, {@code +0200}, {@code +02}, {@code UTC}, {@code GMT}, after
 * a space or not) and with a {@code [Region/City]} suffix, and day-first dotted dates ({@code
 * 01.05.2024 10:12}). {@code --time-format} takes a java.time pattern, or {@code epoch-seconds} /
 * {@code epoch-millis}.
 *
 * <p>A time that carries its own offset is that instant, whatever {@code --zone} says; a time
 * with only a region is local time there; a time with neither is local time in the column's zone
 * (a Qualtrics export declares it) or in {@code --zone}.
 */
final class TimeParser {
  private static final Pattern ISO = Pattern.compile(
      "([0-9]{4}-[0-9]{2}-[0-9]{2})"
          + "(?:[Tt ]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,9}))?)?)?"
          + "(?: ?(Z|z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?))?"
          + "(?:\\[([A-Za-z0-9_+\\-/]{1,64})\\])?");
  private static final Pattern DOTTED = Pattern.compile(
      "([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})"
          + "(?:,? +([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{9,13}");

  private final String format;
  private final DateTimeFormatter pattern;
  private final ZoneId zone;
  private final boolean fallBack;

  private TimeParser(String format, DateTimeFormatter pattern, ZoneId zone, boolean fallBack) {
    this.format = format;
    this.pattern = pattern;
    this.zone = zone;
    this.fallBack = fallBack;
  }

  /**
   * Returns a parser.
   *
   * @param format null for the common forms, {@code epoch-seconds}, {@code epoch-millis} or a
   *     java.time pattern such as {@code MM/dd/yyyy hh:mm:ss a}
   * @param zone the zone of local times
   * @throws IllegalArgumentException if the pattern is not a java.time pattern
   */
  static TimeParser of(String format, ZoneId zone) {
    return of(format, zone, false);
  }

  /**
   * Returns a parser that, with {@code fallBack}, also reads the common forms when a time does
   * not match the pattern: a preset's pattern is a guess about the export, not the user's word.
   */
  static TimeParser of(String format, ZoneId zone, boolean fallBack) {
    if (format == null || format.equals("epoch-seconds") || format.equals("epoch-millis")) {
      return new TimeParser(format, null, zone, false);
    }
    try {
      DateTimeFormatter pattern = new DateTimeFormatterBuilder().parseCaseInsensitive()
          .appendPattern(format).toFormatter(Locale.ROOT);
      return new TimeParser(format, pattern, zone, fallBack);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--time-format " + Text.quote(format)
          + " is not a java.time pattern (such as 'MM/dd/yyyy hh:mm:ss a' or 'dd.MM.yyyy HH:mm'),"
          + " nor epoch-seconds or epoch-millis: " + e.getMessage());
    }
  }

  /** The same parser with another zone for local times. */
  TimeParser withZone(ZoneId localZone) {
    return new TimeParser(format, pattern, localZone, fallBack);
  }

  ZoneId zone() {
    return zone;
  }

  /**
   * Reads a time.
   *
   * @param text trimmed, not blank
   * @return the instant, or null when the text has no form this parser knows
   */
  Instant parse(String text) {
    if (text.length() > 100) {
      return null;
    }
    try {
      if (format == null) {
        return common(text);
      }
      if (format.equals("epoch-seconds") || format.equals("epoch-millis")) {
        if (!text.matches("-?[0-9]{1,15}")) {
          return null;
        }
        long value = Long.parseLong(text);
        return format.equals("epoch-seconds") ? Instant.ofEpochSecond(value)
            : Instant.ofEpochMilli(value);
      }
      TemporalAccessor parsed;
      try {
        parsed = pattern.parse(text);
      } catch (DateTimeException e) {
        if (fallBack) {
          return common(text);
        }
        throw e;
      }
      ZoneOffset offset = parsed.query(TemporalQueries.offset());
      ZoneId region = parsed.query(TemporalQueries.zoneId());
      LocalDate date = parsed.query(TemporalQueries.localDate());
      if (date == null) {
        return null;
      }
      LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY)
          ? parsed.query(TemporalQueries.localTime()) : null;
      LocalDateTime local = time == null ? date.atStartOfDay() : date.atTime(time);
      return instant(local, offset, region);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /** What {@link #epochSecond(char[], int, int)} returns for a time it leaves to {@link #parse}. */
  static final long NOT_FAST = Long.MIN_VALUE;

  /**
   * Reads the most common forms without building a string or throwing: {@code
   * yyyy-MM-dd[(T|t| )HH:mm[:ss[(.|,)fraction]]][Z|z|+HH|+HHmm|+HH:mm]}, with two-digit hours.
   * The fraction is checked but dropped: the caller needs only whole seconds.
   *
   * @param chars the characters
   * @param from the trimmed text's first character
   * @param to one past its last
   * @return the epoch second of the instant {@link #parse} would return, or {@link #NOT_FAST}
   *     when the text is in another form, invalid or when {@code --time-format} is given, so that
   *     {@link #parse} decides (and words any message)
   */
  long epochSecond(char[] chars, int from, int to) {
    if (format != null || to - from < 10 || to - from > 100) {
      return NOT_FAST;
    }
    int year = digits(chars, from, 4);
    int month = digits(chars, from + 5, 2);
    int day = digits(chars, from + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || chars[from + 4] != '-'
        || chars[from + 7] != '-' || day > daysInMonth(year, month)) {
      return NOT_FAST;
    }
    int p = from + 10;
    int seconds = 0;
    if (p < to && (chars[p] == 'T' || chars[p] == 't' || chars[p] == ' ')) {
      if (to - p < 6 || chars[p + 3] != ':') {
        return NOT_FAST;
      }
      int hour = digits(chars, p + 1, 2);
      int minute = digits(chars, p + 4, 2);
      int second = 0;
      p += 6;
      if (p < to && chars[p] == ':') {
        second = to - p >= 3 ? digits(chars, p + 1, 2) : -1;
        p += 3;
        if (p < to && (chars[p] == '.' || chars[p] == ',')) {
          int first = ++p;
          while (p < to && p - first < 10 && chars[p] >= '0' && chars[p] <= '9') {
            p++;
          }
          if (p == first || p - first > 9) {
            return NOT_FAST;
          }
        }
      }
      if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
        return NOT_FAST;
      }
      seconds = hour * 3600 + minute * 60 + second;
    }
    long local = epochDay(year, month, day) * 86_400L + seconds;
    if (p == to) {
      if (zone instanceof ZoneOffset) {
        return local - ((ZoneOffset) zone).getTotalSeconds();
      }
      return LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC).atZone(zone).toEpochSecond();
    }
    char sign = chars[p];
    if ((sign == 'Z' || sign == 'z') && p + 1 == to) {
      return local;
    }
    if ((sign != '+' && sign != '-') || to - p < 3) {
      return NOT_FAST;
    }
    int hours = digits(chars, p + 1, 2);
    int minutes;
    if (to - p == 3) {
      minutes = 0;
    } else if (to - p == 5) {
      minutes = digits(chars, p + 3, 2);
    } else if (to - p == 6 && chars[p + 3] == ':') {
      minutes = digits(chars, p + 4, 2);
    } else {
      return NOT_FAST;
    }
    if (hours < 0 || hours > 17 || minutes < 0 || minutes > 59) {
      return NOT_FAST;
    }
    long offset = hours * 3600L + minutes * 60L;
    return sign == '-' ? local + offset : local - offset;
  }

  /** The value of {@code count} ASCII digits, or -1. */
  private static int digits(char[] chars, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int daysInMonth(int year, int month) {
    if (month == 2) {
      boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /**
   * Days since 1970-01-01 of a proleptic Gregorian date: H. Hinnant's days_from_civil
   * ("chrono-Compatible Low-Level Date Algorithms", howardhinnant.github.io/date_algorithms).
   */
  static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

  private Instant common(String text) {
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      LocalDate date = LocalDate.parse(iso.group(1));
      LocalDateTime local = date.atStartOfDay();
      if (iso.group(2) != null) {
        int nanos = 0;
        if (iso.group(5) != null) {
          String fraction = (iso.group(5) + "00000000").substring(0, 9);
          nanos = Integer.parseInt(fraction);
        }
        local = date.atTime(Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)),
            iso.group(4) == null ? 0 : Integer.parseInt(iso.group(4)), nanos);
      }
      ZoneOffset offset = iso.group(6) == null ? null : offset(iso.group(6));
      ZoneId region = iso.group(7) == null ? null : ZoneId.of(iso.group(7));
      return instant(local, offset, region);
    }
    Matcher dotted = DOTTED.matcher(text);
    if (dotted.matches()) {
      LocalDate date = LocalDate.of(Integer.parseInt(dotted.group(3)),
          Integer.parseInt(dotted.group(2)), Integer.parseInt(dotted.group(1)));
      LocalDateTime local = dotted.group(4) == null ? date.atStartOfDay()
          : date.atTime(Integer.parseInt(dotted.group(4)), Integer.parseInt(dotted.group(5)),
              dotted.group(6) == null ? 0 : Integer.parseInt(dotted.group(6)));
      return instant(local, null, null);
    }
    return null;
  }

  private static ZoneOffset offset(String text) {
    if (text.equalsIgnoreCase("Z") || text.equals("UTC") || text.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = text.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
    int sign = text.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  /** The answer's own offset wins, then its own region, then the zone of local times. */
  private Instant instant(LocalDateTime local, ZoneOffset offset, ZoneId region) {
    if (offset != null) {
      return local.toInstant(offset);
    }
    return local.atZone(region != null ? region : zone).toInstant();
  }

  /** What the parser expected, for messages about a time it could not read. */
  String expected(String text) {
    if (format == null) {
      String hint = DIGITS.matcher(text).matches()
          ? "; it looks like a Unix time: declare it with --time-format epoch-seconds (or"
              + " epoch-millis)"
          : "; give its form with --time-format, such as --time-format 'MM/dd/yyyy hh:mm:ss a'";
      return "is not a date or date-time in a common form (such as 2026-03-01,"
          + " 2026-03-01 10:15:30 -0700, 2026-03-01T10:15:30+02:00[Europe/Berlin] or"
          + " 01.03.2026 10:15)" + hint;
    }
    if (pattern == null) {
      return "is not a whole number of " + (format.equals("epoch-seconds") ? "seconds"
          : "milliseconds") + " since 1970-01-01T00:00:00Z (--time-format " + format + ")";
    }
    return "does not match --time-format " + Text.quote(format);
  }
}
