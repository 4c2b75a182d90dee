package org.debrief.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.annotate.ReviewSentimentFeatures;

/**
 * A learned review sentiment: one-vs-rest logistic regressions over {@link
 * ReviewSentimentFeatures}, one per polarity a candidate rates with, and the polarity with the
 * highest normalised probability wins.
 *
 * @param space the features kept at training time
 * @param models polarity ({@code negative}, {@code neutral}, {@code positive}) → its model
 * @param kind which features it reads
 */
public record SentimentModel(
    ReviewSentimentFeatures.Kind kind, FeatureSpace space, Map<String, LogisticModel> models) {

  /**
   * A decision: one of CoreNLP's five sentiment ids (only {@code negative}, {@code neutral} and
   * {@code positive} are ever given) and its probability among the three.
   */
  public record Verdict(String sentiment, double probability) {}

  public SentimentModel {
    models = Map.copyOf(models);
  }

  /** The sentiment id of a review; null when it has no sentences. */
  public String sentimentOf(List<AnnotatedSentence> sentences) {
    Verdict v = verdictOf(sentences);
    return v == null ? null : v.sentiment();
  }

  /** The winning polarity and its probability; null when the review has no sentences. */
  public Verdict verdictOf(List<AnnotatedSentence> sentences) {
    return sentences.isEmpty() ? null : verdict(features(sentences));
  }

  /** The polarity with the highest probability given {@link #features}, and that probability. */
  public Verdict verdict(Map<String, Double> features) {
    Map<String, Double> p = probabilities(features);
    String best = null;
    for (Map.Entry<String, Double> e : p.entrySet()) {
      if (best == null || e.getValue() > p.get(best)) {
        best = e.getKey();
      }
    }
    return new Verdict(best, p.get(best));
  }

  /** Polarity → probability, normalised to sum to 1 over the one-vs-rest models. */
  public Map<String, Double> probabilities(Map<String, Double> features) {
    FeatureVector x = space.vector(features);
    Map<String, Double> out = new LinkedHashMap<>();
    double total = 0;
    for (String polarity : new TreeSet<>(models.keySet())) {
      double p = models.get(polarity).probability(x);
      out.put(polarity, p);
      total += p;
    }
    double sum = total;
    out.replaceAll((k, v) -> v / sum);
    return out;
  }

  /** The features this model reads from a review's sentences. */
  public Map<String, Double> features(List<AnnotatedSentence> sentences) {
    return kind.of(sentences);
  }
}
