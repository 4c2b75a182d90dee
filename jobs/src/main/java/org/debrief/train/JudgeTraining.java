package org.debrief.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.debrief.extract.FeatureSpace;
import org.debrief.extract.FeatureVector;
import org.debrief.extract.HitFeatures;
import org.debrief.extract.JudgeModel;
import org.debrief.extract.LogisticModel;

/**
 * Fits the judge of rule hits: for every hit the rules make on labelled reviews, whether the
 * review's gold labels agree. Where the rules fire on a candidate's own reflection or a normal next
 * step, the judge learns from the sentence around the hit that such hits are wrong.
 */
final class JudgeTraining {
  static final int MIN_COUNT = 3;

  private JudgeTraining() {}

  static JudgeModel fit(
      List<LabelledReview> reviews,
      List<List<Map<String, Double>>> named,
      TrainingSettings settings,
      Map<String, Double> thresholds,
      String source) {
    List<Map<String, Double>> features = new ArrayList<>();
    List<String> keys = new ArrayList<>();

    List<Boolean> correct = new ArrayList<>();
    for (int r = 0; r < reviews.size(); r++) {
      for (RuleHits.Hit h : RuleHits.of(reviews.get(r))) {
        features.add(HitFeatures.of(named.get(r).get(h.sentence()), h.evidence()));
        keys.add(HitFeatures.modelKey(h.evidence().label()));

        correct.add(h.correct());
      }
    }
    FeatureSpace space = FeatureSpace.of(features, MIN_COUNT);
    Map<String, LogisticModel> models = new LinkedHashMap<>();
    for (String key : new TreeSet<>(keys)) {
      List<FeatureVector> x = new ArrayList<>();
      List<Boolean> y = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        if (keys.get(i).equals(key)) {
          x.add(space.vector(features.get(i)));
          y.add(correct.get(i));
        }
      }
      long positives = y.stream().filter(b -> b).count();
      if (positives < settings.minPositives() || y.size() - positives < settings.minPositives()) {
        continue;
      }
      boolean[] labels = new boolean[y.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = y.get(i);
      }
      double weight =
          Math.pow((double) (y.size() - positives) / positives, settings.balancePower());
      models.put(key, LogisticFit.fit(space.size(), x, labels, weight, settings.regularisation()));
    }
    return new JudgeModel(source, space, models, thresholds);
  }
}
