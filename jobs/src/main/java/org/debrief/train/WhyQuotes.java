package org.debrief.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotes of a label line's {@code why} ("'never heard back'; 'took two months'") and which
 * sentences they point at: the sentence-level positives of the learned layer.
 */
public final class WhyQuotes {
  // An apostrophe followed by a letter is inside a word ("didn't"), not the end of a quote.
  private static final Pattern QUOTE = Pattern.compile("'((?:[^']|'(?=[A-Za-z]))+)'");
  private static final double OVERLAP = 0.6;

  private WhyQuotes() {}

  /** The quoted passages, as lists of lower-cased words; the whole text when nothing is quoted. */
  public static List<List<String>> quotes(String why) {
    List<List<String>> out = new ArrayList<>();
    if (why == null || why.isBlank()) {
      return out;
    }
    Matcher m = QUOTE.matcher(why);
    while (m.find()) {
      List<String> words = words(m.group(1));
      if (!words.isEmpty()) {
        out.add(words);
      }
    }
    if (out.isEmpty()) {
      out.add(words(why));
    }
    return out;
  }

  /**
   * Whether a sentence is one a quote points at: most of the quote's words are in the sentence, or
   * most of a short sentence's words are in the quote (a quote spanning two sentences).
   */
  public static boolean supports(String sentence, List<List<String>> quotes) {
    List<String> words = words(sentence);
    if (words.isEmpty()) {
      return false;
    }
    Set<String> inSentence = new HashSet<>(words);
    for (List<String> q : quotes) {
      Set<String> inQuote = new HashSet<>(q);
      if (share(q, inSentence) >= OVERLAP || q.size() >= 3 && share(words, inQuote) >= OVERLAP) {
        return true;
      }
    }
    return false;
  }

  private static double share(List<String> words, Set<String> in) {
    return (double) words.stream().filter(in::contains).count() / words.size();
  }

  static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }
}
