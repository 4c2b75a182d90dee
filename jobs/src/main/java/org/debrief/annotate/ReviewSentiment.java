package org.debrief.annotate;

import java.util.List;

/**
 * A review's sentiment derived from its sentences: one of the five {@link SentimentClass} ids and a
 * score in −1 … 1.
 *
 * <p>The derivation, and why (figures in {@code README.md} next to {@code corenlp.properties}):
 *
 * <ol>
 *   <li><b>Sentence evidence.</b> Each scored sentence contributes its <em>expected</em> score Σ
 *       p(class)·score(class) over the class distribution averaged across the sentence's phrase
 *       nodes ({@link AnnotatedSentence#phraseProbabilities}). The root's argmax class throws away
 *       the model's uncertainty, and on long sentences the root saturates to a handful of fixed
 *       vectors that say nothing about the sentence.
 *   <li><b>Weights.</b> A sentence weighs {@code 1 + POLAR_WEIGHT·|e|}: narrative sentences ("then
 *       I met the manager") sit near 0 and would otherwise drown the few that judge the process.
 *       Extra weight for the last sentences and for long sentences were measured and left out: they
 *       did not help on the calibration data.
 *   <li><b>Thresholds.</b> The weighted mean {@code raw} is cut into negative / neutral / positive
 *       at {@link #NEGATIVE_BELOW} and {@link #POSITIVE_ABOVE}, fitted to candidates' own ratings
 *       on reviews outside the dev set (other Zillow reviews, Apple, the India files; each source
 *       weighted equally so the 1,258 India reviews do not set the prior alone).
 *   <li><b>Score.</b> {@code raw} is mapped piecewise-linearly so the thresholds land on ±0.25 and
 *       ±1 stays ±1; the id is then the class whose {@link SentimentClass#score()} is nearest, so
 *       the sign of the score and the id always agree.
 * </ol>
 *
 * <p>Sentences without sentiment ({@code too_long_for_parser}) are skipped; a review with none
 * scored gets {@link #NONE}.
 *
 * @param sentiment a {@link SentimentClass} id, null when no sentence was scored
 * @param score −1 … 1, null when no sentence was scored
 */
public record ReviewSentiment(String sentiment, Double score) {
  public static final ReviewSentiment NONE = new ReviewSentiment(null, null);

  /** How much more a fully polar sentence (|e| = 1) weighs than a flat one. */
  static final double POLAR_WEIGHT = 4.0;

  /** Calibrated by {@code SentimentCalibration} on non-dev reviews; see README. */
  static final double NEGATIVE_BELOW = 0.023;

  static final double POSITIVE_ABOVE = 0.053;

  public static ReviewSentiment of(List<AnnotatedSentence> sentences) {
    Double raw = raw(sentences, POLAR_WEIGHT);
    if (raw == null) {
      return NONE;
    }
    double score = rescale(raw, NEGATIVE_BELOW, POSITIVE_ABOVE);
    return new ReviewSentiment(classOf(score).id(), score);
  }

  /** The weighted mean of expected sentence scores; null when no sentence is scored. */
  static Double raw(List<AnnotatedSentence> sentences, double polarWeight) {
    double sum = 0;
    double weights = 0;
    for (AnnotatedSentence s : sentences) {
      if (!s.scored() || s.phraseProbabilities().isEmpty()) {
        continue;
      }
      double e = expected(s.phraseProbabilities());
      double w = 1 + polarWeight * Math.abs(e);
      sum += w * e;
      weights += w;
    }
    return weights == 0 ? null : sum / weights;
  }

  static double expected(List<Double> probabilities) {
    SentimentClass[] classes = SentimentClass.values();
    double e = 0;
    for (int i = 0; i < classes.length; i++) {
      e += probabilities.get(i) * classes[i].score();
    }
    return e;
  }

  /** Maps [-1, lo] → [-1, -0.25], [lo, hi] → [-0.25, 0.25], [hi, 1] → [0.25, 1]. */
  static double rescale(double raw, double lo, double hi) {
    double r = Math.max(-1, Math.min(1, raw));
    if (r < lo) {
      return -0.25 + 0.75 * (r - lo) / (lo + 1);
    }
    if (r > hi) {
      return 0.25 + 0.75 * (r - hi) / (1 - hi);
    }
    return -0.25 + 0.5 * (r - lo) / (hi - lo);
  }

  /** The nearest class on the ±0.5 grid; a score on a boundary goes to the class nearer 0. */
  static SentimentClass classOf(double score) {
    if (score < -0.75) {
      return SentimentClass.VERY_NEGATIVE;
    }
    if (score < -0.25) {
      return SentimentClass.NEGATIVE;
    }
    if (score <= 0.25) {
      return SentimentClass.NEUTRAL;
    }
    return score <= 0.75 ? SentimentClass.POSITIVE : SentimentClass.VERY_POSITIVE;
  }
}
