package org.debrief.annotate;

import java.util.List;

/**
 * One sentence of a review as CoreNLP annotated it.
 *
 * @param sentiment a {@link SentimentClass} id, or null when the sentence was not scored (see
 *     flags)
 * @param probabilities the five class probabilities of the sentence's root, in {@link
 *     SentimentClass} order, empty when not scored
 * @param flags why a sentence was treated specially, e.g. {@code too_long_for_parser}
 * @param phraseProbabilities the five class probabilities averaged over every phrase node of the
 *     sentiment tree, empty when not scored. On long sentences the model's root output saturates to
 *     a few fixed vectors; the phrase average still reflects what the sentence says.
 */
public record AnnotatedSentence(
    int index,
    int begin,
    int end,
    String text,
    List<Token> tokens,
    String sentiment,
    List<Double> probabilities,
    List<String> flags,
    List<Double> phraseProbabilities) {

  public static final String TOO_LONG_FOR_PARSER = "too_long_for_parser";

  /** The original eight-field form; phrase probabilities left empty. */
  public AnnotatedSentence(
      int index,
      int begin,
      int end,
      String text,
      List<Token> tokens,
      String sentiment,
      List<Double> probabilities,
      List<String> flags) {
    this(index, begin, end, text, tokens, sentiment, probabilities, flags, List.of());
  }

  /** Whether the sentence carries a sentiment (it was short enough to parse). */
  public boolean scored() {
    return sentiment != null;
  }
}
