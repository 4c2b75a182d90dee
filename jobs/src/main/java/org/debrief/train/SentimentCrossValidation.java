package org.debrief.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.annotate.ReviewSentiment;
import org.debrief.annotate.ReviewSentimentFeatures;
import org.debrief.evaluate.ClassScores;
import org.debrief.evaluate.Scorer;
import org.debrief.extract.SentimentModel;

/**
 * Review sentiment against candidates' own ratings, company-disjoint: each company group is scored
 * by a model fitted on the other groups only. Compares today's {@link ReviewSentiment} with learned
 * models on words, on sentence statistics and on both, on the same reviews and folds.
 */
public final class SentimentCrossValidation {
  public static final String BASELINE = "review_sentiment";

  /**
   * A rated review.
   *
   * @param group its company group ({@link CompanyGroups})
   * @param rating {@code negative}, {@code neutral} or {@code positive}
   */
  public record Example(
      String id, String group, String rating, List<AnnotatedSentence> sentences) {}

  /**
   * The scores of one way of deriving review sentiment.
   *
   * @param perGroup held-out group → scores of its reviews, in group order
   * @param pooled every out-of-fold prediction scored together
   */
  public record Variant(String name, Map<String, ClassScores> perGroup, ClassScores pooled) {}

  private SentimentCrossValidation() {}

  /** Today's derivation, then the learned models on words, statistics and both. */
  public static List<Variant> compare(List<Example> examples, SentimentTraining.Settings settings) {
    List<Variant> out = new ArrayList<>();
    out.add(baseline(examples));
    for (ReviewSentimentFeatures.Kind kind : ReviewSentimentFeatures.Kind.values()) {
      out.add(learned(examples, kind, settings));
    }
    return out;
  }

  /** {@link ReviewSentiment}: nothing is fitted, so every review is out of fold. */
  public static Variant baseline(List<Example> examples) {
    List<String> predicted = new ArrayList<>();
    for (Example e : examples) {
      predicted.add(Scorer.threeClass(ReviewSentiment.of(e.sentences()).sentiment()));
    }
    return variant(BASELINE, examples, predicted);
  }

  /** A model of {@code kind} per held-out group, fitted on every other group. */
  public static Variant learned(
      List<Example> examples, ReviewSentimentFeatures.Kind kind, SentimentTraining.Settings s) {
    List<Map<String, Double>> features = new ArrayList<>(examples.size());
    examples.forEach(e -> features.add(kind.of(e.sentences())));
    List<String> predicted = new ArrayList<>(examples.size());
    examples.forEach(e -> predicted.add(null));
    for (String held : groups(examples)) {
      List<Map<String, Double>> trainX = new ArrayList<>();
      List<String> trainY = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (!examples.get(i).group().equals(held)) {
          trainX.add(features.get(i));
          trainY.add(examples.get(i).rating());
        }
      }
      SentimentModel model = SentimentTraining.fitFeatures(kind, trainX, trainY, s);
      for (int i = 0; i < examples.size(); i++) {
        if (examples.get(i).group().equals(held)) {
          predicted.set(i, model.verdict(features.get(i)).sentiment());
        }
      }
    }
    return variant(kind.name().toLowerCase(Locale.ROOT), examples, predicted);
  }

  /** One line per variant and held-out group, then its pooled line: n, macro-F1, per-class F1. */
  public static String table(List<Variant> variants) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-18s %-24s %5s %8s %6s %6s %6s %6s%n",
            "variant",
            "held-out group",
            "n",
            "macroF1",
            "neg",
            "neu",
            "pos",
            "acc"));
    for (Variant v : variants) {
      v.perGroup().forEach((g, c) -> row(out, v.name(), g, c));
      row(out, v.name(), "pooled", v.pooled());
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String variant, String group, ClassScores c) {
    out.append(
        String.format(
            Locale.ROOT,
            "%-18s %-24s %5d %8.3f %6.3f %6.3f %6.3f %6.3f%n",
            variant,
            group,
            c.scored(),
            c.macroF1(),
            c.perClass().get("negative").f1(),
            c.perClass().get("neutral").f1(),
            c.perClass().get("positive").f1(),
            c.accuracy()));
  }

  /** The groups present, in {@link CompanyGroups#ALL} order, then any other in sorted order. */
  static List<String> groups(List<Example> examples) {
    TreeSet<String> present = new TreeSet<>();
    examples.forEach(e -> present.add(e.group()));
    List<String> out = new ArrayList<>();
    CompanyGroups.ALL.stream().filter(present::remove).forEach(out::add);
    out.addAll(present);
    return out;
  }

  private static Variant variant(String name, List<Example> examples, List<String> predicted) {
    Map<String, Map<String, Map<String, Integer>>> byGroup = new LinkedHashMap<>();
    groups(examples).forEach(g -> byGroup.put(g, new LinkedHashMap<>()));
    Map<String, Map<String, Integer>> pooled = new LinkedHashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      // A review nothing was predicted for counts against its gold class, as in Scorer.
      String p = predicted.get(i) == null ? Scorer.MISSING : predicted.get(i);
      tally(byGroup.get(e.group()), e.rating(), p);
      tally(pooled, e.rating(), p);
    }
    Map<String, ClassScores> perGroup = new LinkedHashMap<>();
    byGroup.forEach((g, c) -> perGroup.put(g, ClassScores.of(Scorer.SENTIMENT_CLASSES, c)));
    return new Variant(name, perGroup, ClassScores.of(Scorer.SENTIMENT_CLASSES, pooled));
  }

  private static void tally(Map<String, Map<String, Integer>> confusion, String gold, String pred) {
    confusion.computeIfAbsent(gold, k -> new LinkedHashMap<>()).merge(pred, 1, Integer::sum);
  }
}
