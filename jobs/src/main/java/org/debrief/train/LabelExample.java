package org.debrief.train;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.debrief.extract.Extractor;
import org.debrief.extract.LabelTargetIds;
import org.debrief.extract.ReviewFeatures;
import org.debrief.extract.SentenceSignals;

/**
 * A labelled review as the learned labels see it: the review, its review features, its sentences'
 * features (for the judge of concern hits), the targets the rules decided, the rules' concern hits
 * and the targets its hand labels hold.
 */
record LabelExample(
    LabelledReview review,
    Map<String, Double> features,
    List<Map<String, Double>> sentenceFeatures,
    Set<String> ruled,
    List<RuleHits.Hit> concernHits,
    Set<String> gold) {

  String group() {
    return review.group();
  }

  static LabelExample of(LabelledReview r, List<Map<String, Double>> sentenceFeatures) {
    List<SentenceSignals> signals = Extractor.standard().signals(r.sentences());
    var g = r.gold();
    return new LabelExample(
        r,
        ReviewFeatures.of(r.sentences(), signals),
        sentenceFeatures,
        LabelTargetIds.of(Extractor.standard().extract(r.text(), r.sentences())),
        RuleHits.of(r).stream()
            .filter(h -> org.debrief.extract.Taxonomy.CONCERNS.contains(h.evidence().label()))
            .toList(),
        LabelTargetIds.of(g.concerns(), g.feedback(), g.processIssues(), g.followedUp()));
  }
}
