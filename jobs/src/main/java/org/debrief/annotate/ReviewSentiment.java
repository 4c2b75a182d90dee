package org.debrief.annotate;

import java.util.List;

/** A review's sentiment from its sentences: the mean of the scored sentences' class scores. */
public final class ReviewSentiment {
  private ReviewSentiment() {}

  /** @param sentiment a {@link SentimentClass} id, null when no sentence was scored */
  public record Result(String sentiment, Double score) {}

  public static Result of(List<AnnotatedSentence> sentences) {
    double sum = 0;
    int n = 0;
    for (AnnotatedSentence s : sentences) {
      if (s.sentiment() != null) {
        sum += SentimentClass.ofId(s.sentiment()).score();
        n++;
      }
    }
    if (n == 0) {
      return new Result(null, null);
    }
    double mean = sum / n;
    int index = (int) Math.round(mean * 2) + 2;
    return new Result(SentimentClass.ofIndex(Math.max(0, Math.min(4, index))).id(), mean);
  }
}
