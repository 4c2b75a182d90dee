package org.debrief.extract;

import java.util.List;
import java.util.Map;

/**
 * The learned judge of one review's rule hits: each hit gets its model's probability and is kept
 * when that reaches the model's threshold. A hit whose label has no model is kept as the rules gave
 * it.
 */
public final class LearnedJudge implements EvidenceJudge {
  private final JudgeModel model;
  private final List<Map<String, Double>> features;

  LearnedJudge(JudgeModel model, List<Map<String, Double>> features) {
    this.model = model;
    this.features = features;
  }

  @Override
  public Evidence judge(int sentenceIndex, Evidence hit) {
    String key = HitFeatures.modelKey(hit.label());
    LogisticModel m = model.models().get(key);
    if (m == null) {
      return hit;
    }
    FeatureVector x = model.space().vector(HitFeatures.of(features.get(sentenceIndex), hit));
    double p = m.probability(x);
    if (p < model.thresholds().getOrDefault(key, 0.5)) {
      return null;
    }
    return new Evidence(
        hit.label(), hit.sentence(), hit.begin(), hit.end(), hit.rule() + "+" + model.source(), p);
  }
}
