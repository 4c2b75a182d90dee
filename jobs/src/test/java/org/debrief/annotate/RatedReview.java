package org.debrief.annotate;

/**
 * A real review with the candidate's own rating, read from ../shared/data at run time.
 *
 * @param rating {@code negative}, {@code neutral} or {@code positive}; null when the cell holds
 *     something else (N/A, a difficulty in the wrong column)
 */
public record RatedReview(String source, String id, String text, String rating) {

  /** Maps "Positive Experience" (with any whitespace inside) to {@code positive}, else null. */
  static String polarityOf(String cell) {
    String normalized = cell == null ? "" : cell.strip().replaceAll("\\s+", " ");
    return switch (normalized) {
      case "Positive Experience" -> "positive";
      case "Neutral Experience" -> "neutral";
      case "Negative Experience" -> "negative";
      default -> null;
    };
  }
}
