package org.debrief.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.debrief.extract.HitFeatures;
import org.debrief.extract.JudgeModel;
import org.debrief.extract.LabelTargetIds;
import org.debrief.extract.LogisticModel;

/**
 * The judge of concern hits in the learned labels: one model for every concern kind (each kind
 * alone has too few hits), and the threshold below which a hit is dropped, chosen for the best
 * concerns F1 on out-of-fold probabilities.
 */
final class ConcernJudgeChoice {
  static final double MARGIN = 0.01;

  private ConcernJudgeChoice() {}

  /** The concern model of a judge fitted on these examples, at {@code threshold}; null if none. */
  static JudgeModel fit(List<LabelExample> examples, TrainingSettings s, double threshold) {
    JudgeModel all =
        JudgeTraining.fit(
            examples.stream().map(LabelExample::review).toList(),
            examples.stream().map(LabelExample::sentenceFeatures).toList(),
            s,
            Map.of(),
            "model:concern-judge@1");
    LogisticModel concern = all.models().get(HitFeatures.CONCERN_MODEL);
    if (concern == null) {
      return null;
    }
    return new JudgeModel(
        all.source(),
        all.space(),
        Map.of(HitFeatures.CONCERN_MODEL, concern),
        Map.of(HitFeatures.CONCERN_MODEL, threshold));
  }

  /** Each concern hit's probability under {@code judge}, in the example's hit order. */
  static double[] probabilities(JudgeModel judge, LabelExample e) {
    double[] out = new double[e.concernHits().size()];
    LogisticModel m = judge.models().get(HitFeatures.CONCERN_MODEL);
    for (int i = 0; i < out.length; i++) {
      RuleHits.Hit h = e.concernHits().get(i);
      out[i] =
          m.probability(
              judge
                  .space()
                  .vector(HitFeatures.of(e.sentenceFeatures().get(h.sentence()), h.evidence())));
    }
    return out;
  }

  /**
   * The rules' targets with the concern kinds none of whose hits reach {@code threshold} removed.
   */
  static Set<String> judged(LabelExample e, double[] hitProbabilities, double threshold) {
    if (hitProbabilities == null) {
      return e.ruled();
    }
    Set<String> out = new TreeSet<>(e.ruled());
    out.removeIf(t -> t.startsWith(LabelTargetIds.CONCERN));
    for (int i = 0; i < hitProbabilities.length; i++) {
      if (hitProbabilities[i] >= threshold) {
        out.add(LabelTargetIds.CONCERN + e.concernHits().get(i).evidence().label());
      }
    }
    return out;
  }

  /** The threshold with the best concerns micro-F1; 0 (keep every hit) unless one beats it. */
  static double best(List<LabelExample> examples, List<double[]> hitProbabilities) {
    double best = 0.0;
    double bestF1 = f1(examples, hitProbabilities, 0.0) + MARGIN;
    for (int k = 1; k < 19; k++) {
      double t = k * 0.05;
      double f = f1(examples, hitProbabilities, t);
      if (f > bestF1 + 1e-12) {
        best = Math.round(t * 100) / 100.0;
        bestF1 = f;
      }
    }
    return best;
  }

  private static double f1(List<LabelExample> examples, List<double[]> p, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < examples.size(); i++) {
      LabelExample e = examples.get(i);
      List<String> predicted = new ArrayList<>();
      judged(e, p.get(i), threshold).stream()
          .filter(t -> t.startsWith(LabelTargetIds.CONCERN))
          .forEach(predicted::add);
      for (String t : predicted) {
        if (e.gold().contains(t)) {
          tp++;
        } else {
          fp++;
        }
      }
      fn +=
          (int)
              e.gold().stream()
                  .filter(t -> t.startsWith(LabelTargetIds.CONCERN))
                  .filter(t -> !predicted.contains(t))
                  .count();
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
