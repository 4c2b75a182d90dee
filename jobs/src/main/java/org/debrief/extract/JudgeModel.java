package org.debrief.extract;

import java.util.List;
import java.util.Map;
import org.debrief.annotate.AnnotatedSentence;

/**
 * A trained judge of rule hits: its feature space, one logistic model per {@link
 * HitFeatures#modelKey}, and the threshold each needs.
 *
 * @param source how evidence names it, {@code model:<name>@<version>}
 */
public record JudgeModel(
    String source,
    FeatureSpace space,
    Map<String, LogisticModel> models,
    Map<String, Double> thresholds) {

  public EvidenceJudge judgeOf(List<AnnotatedSentence> sentences) {
    return new LearnedJudge(this, HitFeatures.sentences(sentences));
  }

  /** As {@link #judgeOf(List)}, with the rules' signals already found. */
  public EvidenceJudge judgeOf(List<AnnotatedSentence> sentences, List<SentenceSignals> signals) {
    return new LearnedJudge(this, HitFeatures.sentences(sentences, signals));
  }
}
