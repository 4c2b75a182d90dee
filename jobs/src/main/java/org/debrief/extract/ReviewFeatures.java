package org.debrief.extract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.annotate.ReviewSentimentFeatures;

/**
 * The named features of a whole review for the learned labels: its lemma unigrams and bigrams, and
 * what the rules saw in any sentence (labels fired, labels a guard blocked, cue kinds). Lexical
 * features are binary: a review says a thing or does not.
 */
public final class ReviewFeatures {
  private ReviewFeatures() {}

  public static Map<String, Double> of(
      List<AnnotatedSentence> sentences, List<SentenceSignals> signals) {
    Map<String, Double> out = new TreeMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      addSentence(sentences.get(i), signals.get(i), out);
    }
    out.put("len:log", Math.log1p(sentences.size()) / 3);
    return out;
  }

  /** The features one sentence contributes: its lemma n-grams and the rules' signals there. */
  static Map<String, Double> ofSentence(AnnotatedSentence sentence, SentenceSignals signals) {
    Map<String, Double> out = new TreeMap<>();
    addSentence(sentence, signals, out);
    return out;
  }

  private static void addSentence(
      AnnotatedSentence sentence, SentenceSignals signals, Map<String, Double> out) {
    ReviewSentimentFeatures.addLemmaNgrams(sentence.tokens(), out);
    addSignals(signals, out);
  }

  private static void addSignals(SentenceSignals s, Map<String, Double> out) {
    s.fired().forEach(l -> out.put(SentenceFeatures.RULE_FIRED + l, 1.0));
    s.blocked().forEach(l -> out.put(SentenceFeatures.RULE_BLOCKED + l, 1.0));
    s.cues().forEach(c -> out.put("cue:" + c, 1.0));
  }

  /** Whether a feature comes from the review's words, so that rare ones can be left out. */
  public static boolean lexical(String name) {
    return SentenceFeatures.lexical(name);
  }
}
