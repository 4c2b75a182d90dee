package org.debrief.report;

import java.util.Locale;

/** Numbers as the report prints them. */
final class Format {
  private Format() {}

  static String percent(Double share) {
    return share == null ? "–" : String.format(Locale.ROOT, "%.0f %%", share * 100);
  }

  /** A difference of proportions in percentage points, signed. */
  static String points(Double d) {
    return d == null ? "–" : String.format(Locale.ROOT, "%+.0f pts", d * 100);
  }

  static String interval(Double low, Double high) {
    return low == null || high == null
        ? "–"
        : String.format(Locale.ROOT, "%+.0f … %+.0f pts", low * 100, high * 100);
  }

  static String days(Double d) {
    return d == null ? "–" : String.format(Locale.ROOT, "%.0f days", d);
  }

  static String decimal(Double d) {
    return d == null ? "–" : String.format(Locale.ROOT, "%.2f", d);
  }

  static String reviews(long n) {
    return n == 1 ? "1 review" : n + " reviews";
  }

  static String label(String id) {
    return id.replace('_', ' ');
  }
}
