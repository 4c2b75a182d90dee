package org.debrief.ingest;

import static org.debrief.ingest.CanonicalColumn.*;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * Maps one raw record through its layout onto a {@link CanonicalReview}, or says why it cannot.
 * Pure apart from language detection, which is deterministic.
 */
public final class ReviewMapper implements Serializable {
  private final LabelVocabulary labels;
  private final int maxTextChars;
  private final boolean detectLanguage;

  public ReviewMapper(LabelVocabulary labels, int maxTextChars) {
    this(labels, maxTextChars, true);
  }

  /**
   * With {@code detectLanguage} false, reviews leave with a null language, for a caller that
   * detects it elsewhere ({@link IngestJob} spreads detection over all cores).
   */
  public ReviewMapper(LabelVocabulary labels, int maxTextChars, boolean detectLanguage) {
    this.labels = labels;
    this.maxTextChars = maxTextChars;
    this.detectLanguage = detectLanguage;
  }

  /**
   * Either a review or a problem; exactly one of the two is non-null.
   *
   * @param unreadableDate whether the review's date cell held a value in no known or declared form
   */
  public record Result(CanonicalReview review, Problem problem, boolean unreadableDate) {}

  public Result map(Layout layout, RawRecord rec) {
    return map(layout, rec, null);
  }

  /** Maps a record of {@code file} (the path as given, for values taken from it; may be null). */
  public Result map(Layout layout, RawRecord rec, String file) {
    Map<String, String> f = rec.fields();
    String textColumn = layout.textColumn();
    if (rec.nonText().contains(textColumn) && f.containsKey(textColumn)) {
      return problem(QuarantineReason.BAD_TYPE, "`" + textColumn + "` must be a string");
    }
    String raw = layout.value(TEXT, f, file);
    String text = raw == null ? "" : Texts.normalizeReview(raw);
    if (text.isEmpty()) {
      return problem(QuarantineReason.EMPTY_TEXT, "no review text in `" + textColumn + "`");
    }
    if (text.length() > maxTextChars) {
      return problem(
          QuarantineReason.TEXT_TOO_LONG,
          "review text has "
              + text.length()
              + " characters; the limit is "
              + maxTextChars
              + " (--max-text-chars)");
    }
    String source = firstNonNull(Texts.cell(layout.value(SOURCE, f, file)), layout.source());
    String company = Texts.cell(layout.value(COMPANY, f, file));
    String id = Texts.cell(layout.value(REVIEW_ID, f, file));
    String dateCell = Texts.cell(layout.value(REVIEW_DATE, f, file));
    LocalDate date = Dates.parse(dateCell, layout.dateFormats());
    return new Result(
        new CanonicalReview(
            id != null ? id : ReviewIds.of(source, company, text),
            source,
            company,
            Texts.cell(layout.value(ROLE, f, file)),
            date,
            labels.offer(layout.value(OFFER, f, file)),
            labels.experience(layout.value(EXPERIENCE, f, file)),
            labels.difficulty(layout.value(DIFFICULTY, f, file)),
            Texts.cell(layout.value(APPLICATION, f, file)),
            text,
            blankToNull(Texts.normalizeReview(nullToEmpty(layout.value(QUESTIONS, f, file)))),
            detectLanguage ? Languages.shared().detect(text) : null),
        null,
        dateCell != null && date == null);
  }

  private static Result problem(QuarantineReason reason, String detail) {
    return new Result(null, new Problem(reason, detail), false);
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }
}
