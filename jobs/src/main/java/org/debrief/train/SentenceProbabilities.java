package org.debrief.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.extract.Extractor;
import org.debrief.extract.FeatureSpace;
import org.debrief.extract.FeatureVector;
import org.debrief.extract.LogisticModel;
import org.debrief.extract.SentenceFeatures;
import org.debrief.extract.SentenceSignals;

/** Sentence features of reviews, and the per-target models fitted on them. */
final class SentenceProbabilities {
  static final int MIN_COUNT = 3;

  private SentenceProbabilities() {}

  /** Named features of every sentence of every review, in order. */
  static List<List<Map<String, Double>>> named(List<LabelledReview> reviews) {
    List<List<Map<String, Double>>> out = new ArrayList<>(reviews.size());
    for (LabelledReview r : reviews) {
      List<AnnotatedSentence> s = r.sentences();
      List<SentenceSignals> signals = Extractor.standard().signals(s);
      List<Map<String, Double>> f = new ArrayList<>(s.size());
      for (int i = 0; i < s.size(); i++) {
        f.add(SentenceFeatures.of(s.get(i), signals.get(i), i, s.size()));
      }
      out.add(f);
    }
    return out;
  }

  /** Fits one model per target on the given reviews' sentences. */
  static Map<String, LogisticModel> fit(
      FeatureSpace space,
      List<LabelledReview> reviews,
      List<List<Map<String, Double>>> named,
      List<String> targets,
      TrainingSettings settings) {
    List<FeatureVector> x = new ArrayList<>();
    List<Set<String>> y = new ArrayList<>();
    for (int r = 0; r < reviews.size(); r++) {
      List<Set<String>> t = SentenceTargets.of(reviews.get(r));
      List<AnnotatedSentence> s = reviews.get(r).sentences();
      for (int i = 0; i < s.size(); i++) {
        x.add(space.vector(named.get(r).get(i)));
        y.add(t.get(i));
      }
    }
    Map<String, LogisticModel> out = new java.util.LinkedHashMap<>();
    for (String target : targets) {
      boolean[] labels = new boolean[y.size()];
      int positives = 0;
      for (int i = 0; i < labels.length; i++) {
        labels[i] = y.get(i).contains(target);
        positives += labels[i] ? 1 : 0;
      }
      if (positives < settings.minPositives()) {
        continue;
      }
      double weight =
          Math.pow((double) (labels.length - positives) / positives, settings.balancePower());
      out.put(target, LogisticFit.fit(space.size(), x, labels, weight, settings.regularisation()));
    }
    return out;
  }
}
