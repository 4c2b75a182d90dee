package org.debrief.report;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds phone numbers in free text with libphonenumber: a digit run counts only if it is a valid
 * number of one of the given regions (or carries its own {@code +country} code), so salaries, years
 * and year ranges, which fit no numbering plan, stay.
 */
public final class PhoneNumbers {
  /**
   * The regions tried when a review's country is unknown: the corpora are Indian and US reviews,
   * and British numbers are the next most common in English text.
   */
  public static final List<String> DEFAULT_REGIONS = List.of("IN", "US", "GB");

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private final List<String> regions;

  /**
   * @param regions ISO 3166 region codes, most likely first, for numbers written without {@code
   *     +country}
   */
  public PhoneNumbers(List<String> regions) {
    this.regions = List.copyOf(regions);
  }

  /** Sorted, non-overlapping {begin, end} spans of the phone numbers in {@code text}. */
  public List<int[]> spans(String text) {
    List<int[]> found = new ArrayList<>();
    // libphonenumber's VALID leniency rejects a number glued to a Latin letter ("call9876543210");
    // a second look with those letters blanked out catches it, offsets unchanged.
    String unglued = withLettersBesideDigitsBlanked(text);
    for (String region : regions) {
      collect(text, region, found);
      if (!unglued.equals(text)) {
        collect(unglued, region, found);
      }
    }
    return merged(found);
  }

  private static void collect(String text, String region, List<int[]> out) {
    // VALID, not POSSIBLE: a possible Indian or British number is any 6 to 10 digits, which takes
    // "2019 2020" and "120 000" for phones; a valid one must fit a real numbering plan.
    for (PhoneNumberMatch m : UTIL.findNumbers(text, region, Leniency.VALID, Long.MAX_VALUE)) {
      out.add(new int[] {m.start(), m.end()});
    }
  }

  static String withLettersBesideDigitsBlanked(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      boolean besideDigit =
          (i > 0 && Character.isDigit(text.charAt(i - 1)))
              || (i + 1 < c.length && Character.isDigit(text.charAt(i + 1)));
      if (besideDigit && isLatinLetter(text.charAt(i))) {
        c[i] = ' ';
      }
    }
    return new String(c);
  }

  private static boolean isLatinLetter(char ch) {
    return Character.isLetter(ch)
        && Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.BASIC_LATIN;
  }

  private static List<int[]> merged(List<int[]> spans) {
    spans.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> -s[1]));
    List<int[]> out = new ArrayList<>();
    for (int[] s : spans) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s[0] < last[1]) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        out.add(new int[] {s[0], s[1]});
      }
    }
    return out;
  }
}
