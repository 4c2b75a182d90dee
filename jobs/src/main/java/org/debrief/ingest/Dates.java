package org.debrief.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses the date forms found in exports: ISO ({@code 2018-01-09}), {@code Jan 9, 2018}, {@code
 * January 9, 2018}, {@code 20 Mar 2024}, {@code 20 Sept 2023}. Numeric forms such as {@code
 * 03/04/2024} are ambiguous between day and month first, so they become null rather than a guess,
 * unless the export declares its own form (a layout's {@code date_format}: {@code M/d/yyyy}).
 */
public final class Dates {
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT),
          pattern("MMM d, uuuu"),
          pattern("MMMM d, uuuu"),
          pattern("d MMM uuuu"),
          pattern("d MMMM uuuu"),
          pattern("MMM d uuuu"),
          pattern("d-MMM-uuuu"));

  /** Declared patterns, compiled once per JVM: a formatter is not serialisable, a pattern is. */
  private static final Map<String, DateTimeFormatter> DECLARED = new ConcurrentHashMap<>();

  private Dates() {}

  /** The ISO date, or null when the value is blank or in no known form. */
  public static LocalDate parse(String raw) {
    return parse(raw, List.of());
  }

  /**
   * The ISO date, trying the {@code declared} patterns first and then the built-in forms, or null
   * when the value is blank or in none of them.
   */
  public static LocalDate parse(String raw, List<String> declared) {
    if (raw == null) {
      return null;
    }
    String v =
        Texts.foldWhitespace(raw)
            .replaceAll("\\bSept\\b", "Sep")
            .replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
    if (v.length() > 10 && v.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
      v = v.substring(0, 10);
    }
    for (String p : declared) {
      LocalDate d = tryParse(v, DECLARED.computeIfAbsent(p, Dates::formatter));
      if (d != null) {
        return d;
      }
    }
    for (DateTimeFormatter f : FORMATS) {
      LocalDate d = tryParse(v, f);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * The strict, case-insensitive, English formatter of a user's pattern; {@code yyyy} works as
   * users expect (a strict resolver alone would ask for an era). Throws IllegalArgumentException
   * for an invalid pattern.
   */
  static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .parseDefaulting(ChronoField.ERA, 1)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  private static LocalDate tryParse(String v, DateTimeFormatter f) {
    try {
      return LocalDate.parse(v, f);
    } catch (DateTimeParseException e) {
      return null; // not this form: the caller tries the next
    }
  }

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(p)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
