package org.debrief.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The named features of a whole review for a learned review sentiment: statistics of CoreNLP's
 * sentence class distributions ({@code s:…}) and the review's lemma unigrams ({@code w:…}) and
 * bigrams ({@code b:…}). A pure function of the sentences, so training and inference agree.
 *
 * <p>Why both: the sentence model knows how English praises and complains but not what candidates
 * complain about ("ghosted", "no feedback" read as neutral narrative to it); the words know the
 * domain but not negation or degree. Each alone stays near 0.55 macro-F1 on unseen companies.
 */
public final class ReviewSentimentFeatures {
  public static final String STATISTIC = "s:";
  public static final String WORD = "w:";
  public static final String BIGRAM = "b:";

  /** Below/above this expected score a sentence counts as negative/positive. */
  static final double POLAR = 0.1;

  private static final String[] CLASSES = {"vneg", "neg", "neu", "pos", "vpos"};

  /** Which features a model reads, so variants can be compared on the same reviews. */
  public enum Kind {
    STATISTICS,
    LEXICAL,
    COMBINED;

    public Map<String, Double> of(List<AnnotatedSentence> sentences) {
      return switch (this) {
        case STATISTICS -> statistics(sentences);
        case LEXICAL -> lexical(sentences);
        case COMBINED -> ReviewSentimentFeatures.of(sentences);
      };
    }
  }

  private ReviewSentimentFeatures() {}

  /** Every feature: {@link #statistics} and {@link #lexical}. */
  public static Map<String, Double> of(List<AnnotatedSentence> sentences) {
    Map<String, Double> out = statistics(sentences);
    out.putAll(lexical(sentences));
    return out;
  }

  /** Whether a feature name comes from the review's words (rare ones are left out when fitting). */
  public static boolean isLexical(String name) {
    return name.startsWith(WORD) || name.startsWith(BIGRAM);
  }

  /**
   * Lemma unigrams and bigrams present in the review, each valued 1/√n for n distinct ones, so a
   * long review does not outvote the sentence statistics by its length alone.
   */
  public static Map<String, Double> lexical(List<AnnotatedSentence> sentences) {
    Map<String, Double> out = new TreeMap<>();
    for (AnnotatedSentence s : sentences) {
      addLemmaNgrams(s.tokens(), out);
    }
    double value = out.isEmpty() ? 0 : 1 / Math.sqrt(out.size());
    out.replaceAll((name, v) -> value);
    return out;
  }

  /**
   * Statistics over the scored sentences: the {@link ReviewSentiment} raw score; mean, min and max
   * of the expected phrase score; shares of negative and positive sentences; the mean phrase and
   * root distributions; the first and last sentences' phrase distributions and expected scores. All
   * are 0 (with {@code s:none} = 1) when no sentence was scored.
   */
  public static Map<String, Double> statistics(List<AnnotatedSentence> sentences) {
    Map<String, Double> out = new TreeMap<>();
    List<AnnotatedSentence> scored = new ArrayList<>();
    for (AnnotatedSentence s : sentences) {
      if (s.scored() && s.phraseProbabilities().size() == CLASSES.length) {
        scored.add(s);
      }
    }
    out.put(STATISTIC + "sentences", Math.log1p(sentences.size()) / 3);
    if (scored.isEmpty()) {
      out.put(STATISTIC + "none", 1.0);
      return out;
    }
    out.put(STATISTIC + "raw", ReviewSentiment.raw(scored, ReviewSentiment.POLAR_WEIGHT));
    expectedScores(out, scored);
    distribution(out, "mean", mean(scored, true));
    distribution(out, "root", mean(scored, false));
    AnnotatedSentence first = scored.get(0);
    AnnotatedSentence last = scored.get(scored.size() - 1);
    distribution(out, "first", first.phraseProbabilities());
    distribution(out, "last", last.phraseProbabilities());
    out.put(STATISTIC + "first_e", ReviewSentiment.expected(first.phraseProbabilities()));
    out.put(STATISTIC + "last_e", ReviewSentiment.expected(last.phraseProbabilities()));
    return out;
  }

  private static void expectedScores(Map<String, Double> out, List<AnnotatedSentence> scored) {
    double sum = 0;
    double min = 1;
    double max = -1;
    int negative = 0;
    int positive = 0;
    for (AnnotatedSentence s : scored) {
      double e = ReviewSentiment.expected(s.phraseProbabilities());
      sum += e;
      min = Math.min(min, e);
      max = Math.max(max, e);
      negative += e < -POLAR ? 1 : 0;
      positive += e > POLAR ? 1 : 0;
    }
    int n = scored.size();
    out.put(STATISTIC + "mean_e", sum / n);
    out.put(STATISTIC + "min_e", min);
    out.put(STATISTIC + "max_e", max);
    out.put(STATISTIC + "share_neg", (double) negative / n);
    out.put(STATISTIC + "share_pos", (double) positive / n);
  }

  private static List<Double> mean(List<AnnotatedSentence> scored, boolean phrases) {
    double[] sum = new double[CLASSES.length];
    for (AnnotatedSentence s : scored) {
      List<Double> p = phrases ? s.phraseProbabilities() : s.probabilities();
      for (int i = 0; i < sum.length; i++) {
        sum[i] += p.get(i);
      }
    }
    List<Double> out = new ArrayList<>(sum.length);
    for (double v : sum) {
      out.add(v / scored.size());
    }
    return out;
  }

  private static void distribution(Map<String, Double> out, String prefix, List<Double> p) {
    for (int i = 0; i < CLASSES.length; i++) {
      out.put(STATISTIC + prefix + ":" + CLASSES[i], p.get(i));
    }
  }

  /** Puts the lemma unigrams and bigrams of {@code tokens} into {@code out}, valued 1. */
  public static void addLemmaNgrams(List<Token> tokens, Map<String, Double> out) {
    String previous = "<s>";
    for (Token t : tokens) {
      String lemma = lemma(t);
      if (lemma.isEmpty()) {
        continue;
      }
      out.put(WORD + lemma, 1.0);
      out.put(BIGRAM + previous + " " + lemma, 1.0);
      previous = lemma;
    }
  }

  /** Lower-cased lemma of a word token; empty for punctuation, so it adds no feature. */
  private static String lemma(Token t) {
    String l = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    return l.chars().anyMatch(Character::isLetterOrDigit) ? l : "";
  }
}
