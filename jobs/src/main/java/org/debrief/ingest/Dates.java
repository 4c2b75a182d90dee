package org.debrief.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Parses the date forms found in exports: ISO ({@code 2018-01-09}), {@code Jan 9, 2018}, {@code
 * January 9, 2018}, {@code 20 Mar 2024}, {@code 20 Sept 2023}. Numeric forms such as {@code
 * 03/04/2024} are ambiguous between day and month first, so they become null rather than a guess.
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

  private Dates() {}

  /** The ISO date, or null when the value is blank or in no known form. */
  public static LocalDate parse(String raw) {
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
    for (DateTimeFormatter f : FORMATS) {
      try {
        return LocalDate.parse(v, f);
      } catch (DateTimeParseException ignored) {
        // not this form: try the next
      }
    }
    return null;
  }

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(p)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
