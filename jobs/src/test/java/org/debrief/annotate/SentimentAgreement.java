package org.debrief.annotate;

import java.util.List;

/** Macro-F1 of derived review polarity against candidates' own ratings, for measurements. */
final class SentimentAgreement {
  static final List<String> POLARITIES = List.of("negative", "neutral", "positive");

  private SentimentAgreement() {}

  /** Unweighted mean of the per-class F1 over the three polarities; a null prediction is a miss. */
  static double macroF1(List<String> gold, List<String> predicted) {
    double sum = 0;
    for (String c : POLARITIES) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < gold.size(); i++) {
        boolean isGold = c.equals(gold.get(i));
        boolean isPredicted = c.equals(predicted.get(i));
        tp += isGold && isPredicted ? 1 : 0;
        fp += !isGold && isPredicted ? 1 : 0;
        fn += isGold && !isPredicted ? 1 : 0;
      }
      sum += tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }
    return sum / POLARITIES.size();
  }

  /**
   * The baseline: the mean of the sentences' class scores (−1, −0.5, 0, 0.5, 1) rounded to the
   * nearest class, i.e. cut at ±0.25.
   */
  static String plainMeanPolarity(List<AnnotatedSentence> sentences) {
    Double mean = plainMean(sentences);
    return mean == null ? null : ReviewSentiment.classOf(mean).polarity();
  }

  static Double plainMean(List<AnnotatedSentence> sentences) {
    double sum = 0;
    int n = 0;
    for (AnnotatedSentence s : sentences) {
      if (s.scored()) {
        sum += SentimentClass.ofId(s.sentiment()).score();
        n++;
      }
    }
    return n == 0 ? null : sum / n;
  }

  static String polarity(ReviewSentiment sentiment) {
    return sentiment.sentiment() == null
        ? null
        : SentimentClass.ofId(sentiment.sentiment()).polarity();
  }
}
