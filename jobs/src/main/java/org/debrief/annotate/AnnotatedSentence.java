package org.debrief.annotate;

import java.util.List;

/**
 * One sentence of a review as CoreNLP annotated it.
 *
 * @param sentiment a {@link SentimentClass} id, or null when the sentence was not scored (see flags)
 * @param probabilities the five class probabilities in {@link SentimentClass} order, empty when not scored
 * @param flags why a sentence was treated specially, e.g. {@code too_long_for_parser}
 */
public record AnnotatedSentence(
    int index,
    int begin,
    int end,
    String text,
    List<Token> tokens,
    String sentiment,
    List<Double> probabilities,
    List<String> flags) {

  public static final String TOO_LONG_FOR_PARSER = "too_long_for_parser";
}
