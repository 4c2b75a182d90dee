package org.debrief.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.debrief.extract.FeatureSpace;
import org.debrief.extract.FeatureVector;
import org.debrief.extract.JudgeModel;
import org.debrief.extract.LabelTargetIds;
import org.debrief.extract.LearnedLabels;
import org.debrief.extract.LogisticModel;
import org.debrief.extract.ReviewFeatures;
import org.debrief.extract.TargetDecision;

/**
 * Fits the learned labels on labelled reviews of several company folds. Everything chosen (the
 * judge's threshold; per target the rules, the model, either or both, and at which probability) is
 * chosen on the training reviews' inner folds: each fold scored by models fitted on the others, so
 * the choice is made on employers the models had not seen, as they will be used.
 */
final class LearnedLabelsTraining {
  static final int MIN_COUNT = 3;

  private LearnedLabelsTraining() {}

  static LearnedLabels fit(List<LabelExample> train, TrainingSettings settings, String source) {
    Map<String, double[]> oof = new ConcurrentHashMap<>();
    List<double[]> hitP = new ArrayList<>();
    train.forEach(e -> hitP.add(null));
    for (String held : groups(train)) {
      List<LabelExample> fit = train.stream().filter(e -> !e.group().equals(held)).toList();
      FeatureSpace space = space(fit);
      Map<String, LogisticModel> models = fitAll(space, fit, settings);
      JudgeModel judge = ConcernJudgeChoice.fit(fit, settings, 0.0);
      for (int i = 0; i < train.size(); i++) {
        LabelExample e = train.get(i);
        if (e.group().equals(held)) {
          FeatureVector x = space.vector(e.features());
          for (var m : models.entrySet()) {
            oof.computeIfAbsent(m.getKey(), k -> nanArray(train.size()))[i] =
                m.getValue().probability(x);
          }
          hitP.set(i, judge == null ? null : ConcernJudgeChoice.probabilities(judge, e));
        }
      }
    }
    double judgeAt = ConcernJudgeChoice.best(train, hitP);
    List<Set<String>> ruled = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) {
      ruled.add(ConcernJudgeChoice.judged(train.get(i), hitP.get(i), judgeAt));
    }
    Map<String, TargetDecision> decisions = new TreeMap<>();
    for (String t : LabelTargetIds.all()) {
      double[] p = oof.get(t);
      decisions.put(t, p == null ? TargetDecision.RULES : DecisionChoice.best(t, train, ruled, p));
    }
    FeatureSpace space = space(train);
    Map<String, LogisticModel> models = fitAll(space, train, settings);
    // A target the rules decide never reads its model.
    models.keySet().removeIf(t -> decisions.get(t).mode() == TargetDecision.Mode.RULES);
    // The judge scores every concern hit even when it drops none: its probability is the one the
    // evidence carries and the quote threshold is set on.
    return new LearnedLabels(
        source, space, models, decisions, ConcernJudgeChoice.fit(train, settings, judgeAt));
  }

  private static List<String> groups(List<LabelExample> examples) {
    return examples.stream().map(LabelExample::group).distinct().sorted().toList();
  }

  static FeatureSpace space(List<LabelExample> examples) {
    return FeatureSpace.of(
        examples.stream().map(LabelExample::features).toList(), MIN_COUNT, ReviewFeatures::lexical);
  }

  /** One model per target with enough positives, fitted in parallel (each fit is independent). */
  static Map<String, LogisticModel> fitAll(
      FeatureSpace space, List<LabelExample> examples, TrainingSettings settings) {
    List<FeatureVector> x = examples.stream().map(e -> space.vector(e.features())).toList();
    Map<String, LogisticModel> fitted = new ConcurrentHashMap<>();
    LabelTargetIds.all().parallelStream()
        .forEach(
            t -> {
              boolean[] y = new boolean[examples.size()];
              int positives = 0;
              for (int i = 0; i < y.length; i++) {
                y[i] = examples.get(i).gold().contains(t);
                positives += y[i] ? 1 : 0;
              }
              if (positives >= settings.minPositives()) {
                double weight =
                    Math.pow((double) (y.length - positives) / positives, settings.balancePower());
                fitted.put(
                    t, LogisticFit.fit(space.size(), x, y, weight, settings.regularisation()));
              }
            });
    return new LinkedHashMap<>(new TreeMap<>(fitted));
  }

  private static double[] nanArray(int n) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, Double.NaN);
    return a;
  }

  static List<LabelExample> examples(List<LabelledReview> reviews) {
    var named = SentenceProbabilities.named(reviews);
    List<LabelExample> out = new ArrayList<>(reviews.size());
    for (int i = 0; i < reviews.size(); i++) {
      out.add(LabelExample.of(reviews.get(i), named.get(i)));
    }
    return out;
  }
}
