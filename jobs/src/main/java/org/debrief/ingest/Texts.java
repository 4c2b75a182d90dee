package org.debrief.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** Text clean-up shared by every layout: pure functions over strings. */
public final class Texts {
  // The site folds long text behind "show more" with an ellipsis and a no-break space; the text
  // goes on after it.
  private static final Pattern FOLD_MARKER = Pattern.compile("\u2026\u00a0\\s*");
  // Scrapers joined paragraphs with a comma: "went well.,Then" is two sentences.
  private static final Pattern JOINED_PARAGRAPH = Pattern.compile("(?<=[.!?])[,](?=[A-Z])");
  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\h\\x0B\\f]+");
  private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" ?\n ?");
  private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
  private static final Pattern ANY_SPACE = Pattern.compile("\\s+");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\n\t]]");

  private Texts() {}

  /** All runs of white space, line breaks included, become one space; the ends are trimmed. */
  public static String foldWhitespace(String s) {
    return ANY_SPACE.matcher(s.replace('\u00a0', ' ')).replaceAll(" ").strip();
  }

  /**
   * The review text as stored: fold markers removed, joined paragraphs split, spaces folded, line
   * breaks kept (at most one blank line) because they separate list items and sentences.
   */
  public static String normalizeReview(String s) {
    String t = s.replace("\r\n", "\n").replace('\r', '\n');
    t = CONTROL.matcher(t).replaceAll("");
    t = FOLD_MARKER.matcher(t).replaceAll(" ");
    t = JOINED_PARAGRAPH.matcher(t).replaceAll("\n");
    t = HORIZONTAL_SPACE.matcher(t).replaceAll(" ");
    t = SPACE_AROUND_NEWLINE.matcher(t).replaceAll("\n");
    t = BLANK_LINES.matcher(t).replaceAll("\n\n");
    return t.strip();
  }

  /** The key under which two reviews count as the same text. */
  public static String duplicateKey(String company, String text) {
    String c = company == null ? "" : foldWhitespace(company).toLowerCase(Locale.ROOT);
    return c + "\u0000" + foldWhitespace(text).toLowerCase(Locale.ROOT);
  }

  /**
   * A short cell value with white space folded, or null when blank or a placeholder such as N/A.
   */
  public static String cell(String s) {
    if (s == null) {
      return null;
    }
    String v = foldWhitespace(s);
    return v.isEmpty() || isPlaceholder(v) ? null : v;
  }

  private static boolean isPlaceholder(String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "-", "--", "n/a", "na", "none", "null" -> true;
      default -> false;
    };
  }
}
