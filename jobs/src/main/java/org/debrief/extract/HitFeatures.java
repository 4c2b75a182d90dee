package org.debrief.extract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.debrief.annotate.AnnotatedSentence;

/**
 * The features of one rule hit, for the learned judge: its sentence's features, the label and the
 * rule that fired. The judge's model for a hit is chosen by {@link #modelKey}: one per feedback
 * outcome, process issue and the follow-up, and one for all concern kinds together, which are too
 * rare to learn apart.
 */
public final class HitFeatures {
  public static final String CONCERN_MODEL = "concern";

  private HitFeatures() {}

  /** Named features of every sentence of a review, with the rules' signals. */
  public static List<Map<String, Double>> sentences(List<AnnotatedSentence> sentences) {
    return sentences(sentences, Extractor.standard().signals(sentences));
  }

  /** As {@link #sentences(List)}, with the rules' signals already found. */
  public static List<Map<String, Double>> sentences(
      List<AnnotatedSentence> sentences, List<SentenceSignals> signals) {
    List<Map<String, Double>> out = new java.util.ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      out.add(SentenceFeatures.of(sentences.get(i), signals.get(i), i, sentences.size()));
    }
    return out;
  }

  public static Map<String, Double> of(Map<String, Double> sentence, Evidence hit) {
    Map<String, Double> out = new TreeMap<>(sentence);
    out.put("label:" + hit.label(), 1.0);
    out.put("rule:" + hit.rule(), 1.0);
    return out;
  }

  public static String modelKey(String label) {
    return Taxonomy.CONCERNS.contains(label) ? CONCERN_MODEL : label;
  }
}
