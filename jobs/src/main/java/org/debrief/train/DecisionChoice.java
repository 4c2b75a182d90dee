package org.debrief.train;

import java.util.List;
import java.util.Set;
import org.debrief.extract.TargetDecision;
import org.debrief.extract.TargetDecision.Mode;

/**
 * Chooses who decides a target from out-of-fold probabilities: the rules, the model, either or
 * both, at the threshold that gives the best F1 on the reviews. The rules stay unless another
 * choice beats them by {@link #MARGIN}: a gain smaller than that is within the noise of a few
 * hundred reviews.
 */
final class DecisionChoice {
  static final double MARGIN = 0.01;
  private static final double STEP = 0.05;

  private DecisionChoice() {}

  static TargetDecision best(
      String target, List<LabelExample> examples, List<Set<String>> ruled, double[] p) {
    TargetDecision best = TargetDecision.RULES;
    double bestF1 = f1(target, examples, ruled, p, best) + MARGIN;
    for (Mode mode : List.of(Mode.BOTH, Mode.EITHER, Mode.MODEL)) {
      for (double t = STEP; t < 1.0 - 1e-9; t += STEP) {
        TargetDecision d = new TargetDecision(mode, Math.round(t * 100) / 100.0);
        double f = f1(target, examples, ruled, p, d);
        if (f > bestF1 + 1e-12) {
          best = d;
          bestF1 = f;
        }
      }
    }
    return best;
  }

  static double f1(
      String target,
      List<LabelExample> examples,
      List<Set<String>> ruled,
      double[] p,
      TargetDecision d) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < examples.size(); i++) {
      LabelExample e = examples.get(i);
      boolean predicted = d.holds(ruled.get(i).contains(target), p[i]);
      boolean gold = e.gold().contains(target);
      tp += predicted && gold ? 1 : 0;
      fp += predicted && !gold ? 1 : 0;
      fn += !predicted && gold ? 1 : 0;
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
