package org.debrief.train;

import java.util.List;
import java.util.Set;
import org.debrief.annotate.AnnotatedSentence;

/**
 * Which sentence-level targets a sentence is a positive of: a sentence the labeller quoted as the
 * reason for a review's label is a positive of that label's target; every other sentence is a
 * negative. A review with several labels lends its quotes to each of them: the quotes do not say
 * which label they justify.
 */
final class SentenceTargets {
  private SentenceTargets() {}

  static List<Set<String>> of(LabelledReview review) {
    List<List<String>> quotes = WhyQuotes.quotes(review.why());
    Set<String> reviewTargets = LabelTargets.of(review.gold());
    return review.sentences().stream()
        .map(s -> quoted(s, quotes) ? reviewTargets : Set.<String>of())
        .toList();
  }

  private static boolean quoted(AnnotatedSentence s, List<List<String>> quotes) {
    return !quotes.isEmpty() && WhyQuotes.supports(s.text(), quotes);
  }
}
