package org.debrief.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.annotate.ReviewSentimentFeatures;
import org.debrief.evaluate.Scorer;
import org.debrief.extract.FeatureSpace;
import org.debrief.extract.FeatureVector;
import org.debrief.extract.LogisticModel;
import org.debrief.extract.SentimentModel;

/**
 * Fits a {@link SentimentModel} from reviews and their candidates' own ratings: one class-weighted
 * logistic regression per polarity against the other two.
 */
public final class SentimentTraining {

  /**
   * The training choices.
   *
   * @param minCount a word or bigram must occur in this many training reviews to be kept
   * @param regularisation L2 strength of each regression
   * @param balancePower a polarity's reviews weigh (others / its own)^power against the rest: 1
   *     balances the classes, so the rare neutral rating is not ignored under macro-F1
   */
  public record Settings(int minCount, double regularisation, double balancePower) {
    /**
     * Half-way between unweighted and balanced: the groups' rating mixes differ (India 76%
     * positive, Zillow 58%), and full balancing over-predicts the rare classes on a group it was
     * not fitted on. Chosen on the company-disjoint folds (see SentimentCrossValidation), where
     * regularisation 0.0003–0.003 and power 0.5–1 all land within ±0.02 macro-F1.
     */
    public static final Settings DEFAULT = new Settings(3, 0.001, 0.75);
  }

  private SentimentTraining() {}

  /** A model of {@code kind} fitted on {@code reviews} rated {@code ratings} (same order). */
  public static SentimentModel fit(
      ReviewSentimentFeatures.Kind kind,
      List<List<AnnotatedSentence>> reviews,
      List<String> ratings,
      Settings settings) {
    List<Map<String, Double>> features = new ArrayList<>(reviews.size());
    reviews.forEach(r -> features.add(kind.of(r)));
    return fitFeatures(kind, features, ratings, settings);
  }

  /** As {@link #fit}, from features already computed with {@code kind}. */
  static SentimentModel fitFeatures(
      ReviewSentimentFeatures.Kind kind,
      List<Map<String, Double>> features,
      List<String> ratings,
      Settings settings) {
    FeatureSpace space =
        FeatureSpace.of(features, settings.minCount(), ReviewSentimentFeatures::isLexical);
    List<FeatureVector> x = features.stream().map(space::vector).toList();
    Map<String, LogisticModel> models = new TreeMap<>();
    for (String polarity : Scorer.SENTIMENT_CLASSES) {
      boolean[] y = new boolean[ratings.size()];
      int positives = 0;
      for (int i = 0; i < y.length; i++) {
        y[i] = polarity.equals(ratings.get(i));
        positives += y[i] ? 1 : 0;
      }
      if (positives == 0) {
        throw new IllegalArgumentException(
            "no training review is rated " + polarity + "; every polarity needs examples");
      }
      double weight =
          Math.pow((double) (y.length - positives) / positives, settings.balancePower());
      models.put(polarity, LogisticFit.fit(space.size(), x, y, weight, settings.regularisation()));
    }
    return new SentimentModel(kind, space, models);
  }
}
