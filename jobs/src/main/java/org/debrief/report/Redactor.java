package org.debrief.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.debrief.annotate.PersonNames;

/**
 * Removes personal data from review text before it is quoted: e-mail addresses and URLs by pattern,
 * phone numbers with libphonenumber ({@link PhoneNumbers}), then people's names found by NER. HTML
 * escaping is not done here; the template engine escapes every quote it prints.
 */
public final class Redactor {
  public static final String EMAIL = "[email]";
  public static final String URL = "[link]";
  public static final String PHONE = "[phone]";
  public static final String NAME = "[name]";

  private static final Pattern EMAIL_PATTERN =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  // Scheme or www. URLs, and bare lower-case domains on common TLDs ("example.com/cv").
  private static final Pattern URL_PATTERN =
      Pattern.compile(
          "(?i:\\b(?:https?|ftp)://|\\bwww\\.)[^\\s<>\"']+"
              + "|(?<![\\w@.])(?:[a-z0-9-]+\\.)+(?:com|org|net|io|co|edu|gov|info|biz|ai|dev|app|uk|de|in)\\b(?:/[^\\s<>\"']*)?");

  /** A redacted text and how many items were removed from it. */
  public record Redacted(String text, int removed) {}

  private final Function<String, List<int[]>> names;
  private final PhoneNumbers phones;

  /**
   * @param names finds name spans {begin, end} in a text
   */
  public Redactor(Function<String, List<int[]>> names) {
    this(names, PhoneNumbers.DEFAULT_REGIONS);
  }

  /**
   * @param names finds name spans {begin, end} in a text
   * @param phoneRegions regions whose national phone numbers are recognised, most likely first
   */
  public Redactor(Function<String, List<int[]>> names, List<String> phoneRegions) {
    this.names = names;
    this.phones = new PhoneNumbers(phoneRegions);
  }

  /** The redactor the report uses: patterns plus CoreNLP NER for names. */
  public static Redactor standard() {
    return new Redactor(PersonNames::spans);
  }

  /**
   * {@code text} without e-mail addresses, URLs and phone numbers; names are kept (for company
   * names).
   */
  public Redacted redactContacts(String text) {
    if (text == null || text.isEmpty()) {
      return new Redacted(text, 0);
    }
    int[] removed = {0};
    String t = replace(EMAIL_PATTERN, text, EMAIL, removed);
    t = replace(URL_PATTERN, t, URL, removed);
    List<int[]> numbers = phones.spans(t);
    t = replaceSpans(t, numbers, PHONE);
    return new Redacted(t, removed[0] + numbers.size());
  }

  /** {@code text} without contacts ({@link #redactContacts}) and without people's names. */
  public Redacted redact(String text) {
    if (text == null || text.isEmpty()) {
      return new Redacted(text, 0);
    }
    Redacted contacts = redactContacts(text);
    int[] removed = {contacts.removed()};
    String t = contacts.text();
    List<int[]> spans = new ArrayList<>(names.apply(t));
    spans.sort(Comparator.comparingInt((int[] s) -> s[0]).reversed());
    StringBuilder sb = new StringBuilder(t);
    int floor = Integer.MAX_VALUE;
    for (int[] s : spans) {
      if (s[1] <= floor && s[0] >= 0 && s[1] <= sb.length() && s[0] < s[1]) {
        sb.replace(s[0], s[1], NAME);
        removed[0]++;
        floor = s[0];
      }
    }
    return new Redacted(sb.toString(), removed[0]);
  }

  private static String replace(Pattern p, String text, String placeholder, int[] removed) {
    Matcher m = p.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      removed[0]++;
      m.appendReplacement(sb, Matcher.quoteReplacement(placeholder));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** {@code text} with each of the sorted, disjoint {@code spans} replaced by the placeholder. */
  private static String replaceSpans(String text, List<int[]> spans, String placeholder) {
    StringBuilder sb = new StringBuilder();
    int from = 0;
    for (int[] s : spans) {
      sb.append(text, from, s[0]).append(placeholder);
      from = s[1];
    }
    return sb.append(text.substring(from)).toString();
  }
}
