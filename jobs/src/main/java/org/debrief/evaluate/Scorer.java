package org.debrief.evaluate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.debrief.extract.Taxonomy;

/**
 * Scores predictions against gold labels. A gold review without a prediction counts as an all-empty
 * prediction (every gold label a miss; feedback predicted as {@code missing}).
 */
public final class Scorer {
  public static final String MISSING = "missing";
  public static final List<String> SENTIMENT_CLASSES = List.of("negative", "neutral", "positive");

  private Scorer() {}

  public static Evaluation score(List<GoldLabel> gold, Collection<Prediction> predictions) {
    Map<String, Prediction> byId =
        predictions.stream().collect(Collectors.toMap(Prediction::reviewId, Function.identity()));
    Map<String, Map<String, Integer>> feedback = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> sentiment = new LinkedHashMap<>();
    Map<String, Prf> concerns = zeros(Taxonomy.CONCERNS);
    Map<String, Prf> process = zeros(Taxonomy.PROCESS_ISSUES);
    Prf followedUp = Prf.ZERO;
    int missing = 0;
    int sentimentSkipped = 0;
    for (GoldLabel g : gold) {
      Prediction p = byId.get(g.reviewId());
      if (p == null) {
        missing++;
        p = new Prediction(g.reviewId(), List.of(), MISSING, List.of(), false, null, null);
      }
      count(concerns, g.concerns(), p.concerns());
      count(process, g.processIssues(), p.processIssues());
      followedUp = followedUp.plus(outcome(g.followedUp(), p.followedUp()));
      tally(feedback, g.feedback(), p.feedback());
      String predicted = threeClass(p.sentiment());
      if (predicted == null || p.experienceRating() == null) {
        sentimentSkipped++;
      } else {
        tally(sentiment, p.experienceRating(), predicted);
      }
    }
    return new Evaluation(
        gold.size(),
        missing,
        LabelScores.of(concerns),
        LabelScores.of(process),
        ClassScores.of(Taxonomy.FEEDBACK, feedback),
        followedUp,
        ClassScores.of(SENTIMENT_CLASSES, sentiment),
        sentimentSkipped);
  }

  /** very_negative/negative → negative, neutral → neutral, positive/very_positive → positive. */
  public static String threeClass(String sentiment) {
    if (sentiment == null) {
      return null;
    }
    return switch (sentiment) {
      case "very_negative", "negative" -> "negative";
      case "neutral" -> "neutral";
      case "positive", "very_positive" -> "positive";
      default -> throw new IllegalArgumentException("unknown sentiment id '" + sentiment + "'");
    };
  }

  private static Map<String, Prf> zeros(List<String> labels) {
    Map<String, Prf> out = new LinkedHashMap<>();
    labels.forEach(l -> out.put(l, Prf.ZERO));
    return out;
  }

  private static void count(Map<String, Prf> scores, List<String> gold, List<String> predicted) {
    for (String label : scores.keySet()) {
      scores.merge(label, outcome(gold.contains(label), predicted.contains(label)), Prf::plus);
    }
  }

  private static Prf outcome(boolean gold, boolean predicted) {
    return new Prf(
        gold && predicted ? 1 : 0, !gold && predicted ? 1 : 0, gold && !predicted ? 1 : 0);
  }

  private static void tally(Map<String, Map<String, Integer>> confusion, String gold, String pred) {
    confusion.computeIfAbsent(gold, k -> new LinkedHashMap<>()).merge(pred, 1, Integer::sum);
  }
}
