package org.debrief.extract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.annotate.ReviewSentimentFeatures;
import org.debrief.annotate.SentimentClass;

/**
 * The named features of one sentence for the learned layer: the rules' verdicts and cues, lemma
 * unigrams and bigrams, CoreNLP's sentiment distribution, and the sentence's place in the review.
 * Named features let the model artefact list what it learned from.
 */
public final class SentenceFeatures {
  static final String RULE_FIRED = "rule+:";
  static final String RULE_BLOCKED = "rule-:";
  static final String WORD = ReviewSentimentFeatures.WORD;
  static final String BIGRAM = ReviewSentimentFeatures.BIGRAM;

  private SentenceFeatures() {}

  /** Features of sentence {@code index} of {@code count}; lexical ones have the value 1. */
  public static Map<String, Double> of(
      AnnotatedSentence sentence, SentenceSignals signals, int index, int count) {
    Map<String, Double> out = new TreeMap<>();
    signals.fired().forEach(l -> out.put(RULE_FIRED + l, 1.0));
    signals.blocked().forEach(l -> out.put(RULE_BLOCKED + l, 1.0));
    signals.cues().forEach(c -> out.put(c, 1.0));
    ReviewSentimentFeatures.addLemmaNgrams(sentence.tokens(), out);
    sentiment(out, "sent:", sentence.phraseProbabilities());
    sentiment(out, "root:", sentence.probabilities());
    out.put("pos:rel", count <= 1 ? 0.0 : (double) index / (count - 1));
    if (index == 0) {
      out.put("pos:first", 1.0);
    }
    if (index == count - 1) {
      out.put("pos:last", 1.0);
    }
    out.put("len:log", Math.log1p(sentence.tokens().size()) / 5);
    return out;
  }

  /** Whether a feature comes from the review's words, so that rare ones can be left out. */
  static boolean lexical(String name) {
    return name.startsWith(WORD) || name.startsWith(BIGRAM);
  }

  private static void sentiment(Map<String, Double> out, String prefix, List<Double> p) {
    if (p.size() != SentimentClass.values().length) {
      return;
    }
    for (SentimentClass c : SentimentClass.values()) {
      out.put(prefix + c.id(), p.get(c.ordinal()));
    }
  }
}
