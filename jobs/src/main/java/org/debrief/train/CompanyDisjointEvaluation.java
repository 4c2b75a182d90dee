package org.debrief.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.debrief.annotate.ReviewSentiment;
import org.debrief.evaluate.Evaluation;
import org.debrief.evaluate.GoldLabel;
import org.debrief.evaluate.Prediction;
import org.debrief.evaluate.Scorer;
import org.debrief.extract.Extraction;
import org.debrief.extract.Extractor;
import org.debrief.extract.JudgeModel;
import org.debrief.extract.LabelDecision;
import org.debrief.extract.RulePrecision;

/**
 * Scores extraction company by company: each company fold's reviews are labelled by models fitted
 * on the other folds only, and scored per fold, pooled, and pooled over the folds no rule was tuned
 * on. Compares the rules alone with the shipped learned labels; on request also the layers that
 * lost to them: a learned judge of every hit, learned sentence models added, and concerns kept only
 * where their rule was right at least half the time on the other folds.
 */
public final class CompanyDisjointEvaluation {
  public static final String RULES = "rules";
  public static final String JUDGED = "rules+judge";
  public static final String ADDED = "rules+sentence_models";
  public static final String CALIBRATED = "rules+calibrated_concerns";
  public static final String LEARNED = "rules+learned_labels";

  /** A concern is kept when its best evidence's rule was right more often than wrong. */
  static final double CONCERN_PROBABILITY = 0.5;

  /** Fixed before scoring, not tuned per fold: a hit is kept at judge probability ≥ 0.3. */
  static final double JUDGE_THRESHOLD = 0.3;

  /** A sentence model adds a label the rules missed only at probability ≥ 0.8. */
  static final double ADD_THRESHOLD = 0.8;

  /**
   * One way of labelling, scored on every held-out group, on all of them pooled, and pooled over
   * the groups no rule was written or tuned on (the headline).
   */
  public record Variant(
      String name, Map<String, Evaluation> perGroup, Evaluation pooled, Evaluation neverTuned) {}

  private CompanyDisjointEvaluation() {}

  /**
   * The rules and the shipped learned labels; with {@code allVariants}, also the layers that lost
   * to them.
   */
  public static List<Variant> run(
      List<LabelledReview> reviews, TrainingSettings settings, boolean allVariants) {
    List<String> groups =
        CompanyGroups.ALL.stream()
            .filter(g -> reviews.stream().anyMatch(r -> r.group().equals(g)))
            .toList();
    List<Prediction> rules = new ArrayList<>();
    for (LabelledReview r : reviews) {
      rules.add(prediction(r, Extractor.standard().extract(r.text(), r.sentences())));
    }
    List<Variant> out = new ArrayList<>();
    out.add(variant(RULES, reviews, groups, rules));
    out.add(variant(LEARNED, reviews, groups, learned(reviews, TrainingSettings.LEARNED_LABELS)));
    if (allVariants) {
      out.addAll(losing(reviews, groups, rules, settings));
    }
    return out;
  }

  private static List<Variant> losing(
      List<LabelledReview> reviews,
      List<String> groups,
      List<Prediction> rules,
      TrainingSettings settings) {
    var named = SentenceProbabilities.named(reviews);
    List<Prediction> judged = new ArrayList<>(rules);
    for (String held : groups) {
      List<Integer> train = indices(reviews, held, false);
      JudgeModel judge =
          JudgeTraining.fit(
              train.stream().map(reviews::get).toList(),
              train.stream().map(named::get).toList(),
              settings,
              Map.of(),
              "model:judge@fold");
      Map<String, Double> thresholds = new LinkedHashMap<>();
      judge.models().keySet().forEach(k -> thresholds.put(k, JUDGE_THRESHOLD));
      JudgeModel atThreshold =
          new JudgeModel(judge.source(), judge.space(), judge.models(), thresholds);
      for (int i : indices(reviews, held, true)) {
        LabelledReview r = reviews.get(i);
        judged.set(
            i,
            prediction(
                r,
                Extractor.standard()
                    .extract(r.text(), r.sentences(), atThreshold.judgeOf(r.sentences()))));
      }
    }
    var oof = OutOfFold.probabilities(reviews, named, groups, LabelTargets.all(), settings);
    Map<String, Double> addAt = new LinkedHashMap<>();
    LabelTargets.all().forEach(t -> addAt.put(t, ADD_THRESHOLD));
    List<Prediction> added = new ArrayList<>();
    for (int i = 0; i < reviews.size(); i++) {
      LabelledReview r = reviews.get(i);
      Extraction e =
          LabelDecision.decide(
              r.sentences(), Extractor.standard().signals(r.sentences()), oof.get(i), addAt, "");
      added.add(union(rules.get(i), prediction(r, e)));
    }
    return List.of(
        variant(JUDGED, reviews, groups, judged),
        variant(ADDED, reviews, groups, added),
        variant(CALIBRATED, reviews, groups, calibrated(reviews, groups)));
  }

  /** The learned labels, each group labelled by learned labels fitted on the other groups. */
  static List<Prediction> learned(List<LabelledReview> reviews, TrainingSettings settings) {
    return LearnedLabelsArtefactTraining.outOfFold(
            LearnedLabelsTraining.examples(reviews), settings)
        .predictions();
  }

  /**
   * The rules' labels, but a concern only where its evidence's probability, counted on the other
   * groups' labelled reviews, reaches {@link #CONCERN_PROBABILITY}.
   */
  private static List<Prediction> calibrated(List<LabelledReview> reviews, List<String> groups) {
    List<Prediction> out = new ArrayList<>();
    reviews.forEach(r -> out.add(null));
    for (String held : groups) {
      List<Integer> test = indices(reviews, held, true);
      RulePrecision counts =
          RulePrecisionTraining.counted(
              indices(reviews, held, false).stream().map(reviews::get).toList());
      for (int i : test) {
        LabelledReview r = reviews.get(i);
        Extraction e = counts.calibrated(Extractor.standard().extract(r.text(), r.sentences()));
        List<String> kept =
            e.concerns().stream()
                .filter(
                    c ->
                        e.evidence().stream()
                            .anyMatch(
                                ev ->
                                    ev.label().equals(c)
                                        && ev.probability() >= CONCERN_PROBABILITY))
                .toList();
        out.set(
            i,
            prediction(
                r,
                new Extraction(
                    kept, e.feedback(), e.processIssues(), e.followedUp(), e.evidence())));
      }
    }
    return out;
  }

  private static List<Integer> indices(List<LabelledReview> reviews, String group, boolean in) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < reviews.size(); i++) {
      if (reviews.get(i).group().equals(group) == in) {
        out.add(i);
      }
    }
    return out;
  }

  static Variant variant(
      String name, List<LabelledReview> reviews, List<String> groups, List<Prediction> p) {
    Map<String, Evaluation> perGroup = new LinkedHashMap<>();
    for (String g : groups) {
      List<GoldLabel> gold =
          reviews.stream().filter(r -> r.group().equals(g)).map(LabelledReview::gold).toList();
      perGroup.put(g, Scorer.score(gold, p));
    }
    Evaluation pooled = Scorer.score(reviews.stream().map(LabelledReview::gold).toList(), p);
    List<GoldLabel> untuned =
        reviews.stream()
            .filter(r -> CompanyGroups.neverTuned().contains(r.group()))
            .map(LabelledReview::gold)
            .toList();
    return new Variant(name, perGroup, pooled, Scorer.score(untuned, p));
  }

  static Prediction prediction(LabelledReview r, Extraction e) {
    return new Prediction(
        r.id(),
        e.concerns(),
        e.feedback(),
        e.processIssues(),
        e.followedUp(),
        ReviewSentiment.of(r.sentences()).sentiment(),
        r.rating());
  }

  /** Labels of either; the more informative feedback (specific > decision only > none). */
  static Prediction union(Prediction rules, Prediction model) {
    List<String> order = List.of("specific", "decision_only", "none", "not_stated");
    String feedback =
        order.indexOf(model.feedback()) < order.indexOf(rules.feedback())
            ? model.feedback()
            : rules.feedback();
    return new Prediction(
        rules.reviewId(),
        or(rules.concerns(), model.concerns()),
        feedback,
        or(rules.processIssues(), model.processIssues()),
        rules.followedUp() || model.followedUp(),
        rules.sentiment(),
        rules.experienceRating());
  }

  private static List<String> or(List<String> a, List<String> b) {
    LinkedHashSet<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
