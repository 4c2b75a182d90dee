package org.debrief.train;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.debrief.common.Json;
import org.debrief.evaluate.Evaluation;
import org.debrief.evaluate.GoldLabel;
import org.debrief.evaluate.Prediction;
import org.debrief.evaluate.Scorer;
import org.debrief.extract.Evidence;
import org.debrief.extract.Extraction;
import org.debrief.extract.LearnedLabels;
import org.debrief.extract.LearnedLabelsArtefact;
import org.debrief.extract.Taxonomy;

/**
 * Fits the shipped learned labels on every labelled review, after scoring them company by company:
 * each fold labelled by learned labels fitted on the other folds. The held-out concern evidence of
 * those folds also sets the quote threshold: the lowest probability at which it kept precision ≥
 * {@value RulePrecisionTraining#QUOTE_PRECISION}.
 */
public final class LearnedLabelsArtefactTraining {
  private LearnedLabelsArtefactTraining() {}

  /** The company-disjoint predictions and the held-out concern evidence behind them. */
  record OutOfFold(List<Prediction> predictions, List<RulePrecisionTraining.Scored> quotes) {}

  public static LearnedLabelsArtefact fit(
      List<LabelledReview> reviews, String version, TrainingSettings settings) {
    List<LabelExample> examples = LearnedLabelsTraining.examples(reviews);
    OutOfFold oof = outOfFold(examples, settings);
    double threshold = RulePrecisionTraining.threshold(oof.quotes());
    LearnedLabels labels =
        LearnedLabelsTraining.fit(examples, settings, LearnedLabelsArtefact.source(version));
    ObjectNode scores = scores(reviews, oof.predictions());
    ObjectNode quotes = RulePrecisionTraining.folds(oof.quotes(), threshold);
    quotes.set(
        "pooled_never_tuned",
        RulePrecisionTraining.folds(
                oof.quotes().stream()
                    .filter(q -> CompanyGroups.neverTuned().contains(q.group()))
                    .toList(),
                threshold)
            .get("pooled"));
    scores.set("quotes", quotes);
    ObjectNode s = Json.MAPPER.createObjectNode();
    s.put("regularisation", settings.regularisation());
    s.put("balance_power", settings.balancePower());
    s.put("min_positives", settings.minPositives());
    s.put("min_count", LearnedLabelsTraining.MIN_COUNT);
    return new LearnedLabelsArtefact(
        version, RulePrecisionTraining.fingerprint(reviews), threshold, labels, s, scores);
  }

  static OutOfFold outOfFold(List<LabelExample> examples, TrainingSettings settings) {
    List<Prediction> predictions = new ArrayList<>();
    examples.forEach(e -> predictions.add(null));
    List<RulePrecisionTraining.Scored> quotes = new ArrayList<>();
    for (String held : CompanyGroups.ALL) {
      List<LabelExample> train = examples.stream().filter(e -> !e.group().equals(held)).toList();
      if (train.size() == examples.size()) {
        continue;
      }
      LearnedLabels model = LearnedLabelsTraining.fit(train, settings, "model:labels@fold");
      for (int i = 0; i < examples.size(); i++) {
        LabelledReview r = examples.get(i).review();
        if (!r.group().equals(held)) {
          continue;
        }
        Extraction e = model.extract(r.text(), r.sentences());
        predictions.set(i, CompanyDisjointEvaluation.prediction(r, e));
        for (Evidence ev : e.evidence()) {
          if (Taxonomy.CONCERNS.contains(ev.label())) {
            quotes.add(
                new RulePrecisionTraining.Scored(
                    held, ev.probability(), r.gold().concerns().contains(ev.label())));
          }
        }
      }
    }
    return new OutOfFold(predictions, quotes);
  }

  /** Per fold (and whether a rule was tuned on it), pooled, and pooled over the never-tuned. */
  static ObjectNode scores(List<LabelledReview> reviews, List<Prediction> predictions) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    ObjectNode folds = out.putObject("held_out");
    Map<String, List<GoldLabel>> byGroup = new LinkedHashMap<>();
    CompanyGroups.ALL.forEach(g -> byGroup.put(g, new ArrayList<>()));
    reviews.forEach(r -> byGroup.get(r.group()).add(r.gold()));
    byGroup.forEach(
        (g, gold) -> {
          if (!gold.isEmpty()) {
            ObjectNode n = measures(Scorer.score(gold, predictions));
            n.put("tuned_on", CompanyGroups.tunedOn(g));
            folds.set(g, n);
          }
        });
    out.set(
        "pooled",
        measures(Scorer.score(reviews.stream().map(LabelledReview::gold).toList(), predictions)));
    out.set(
        "pooled_never_tuned",
        measures(
            Scorer.score(
                reviews.stream()
                    .filter(r -> CompanyGroups.neverTuned().contains(r.group()))
                    .map(LabelledReview::gold)
                    .toList(),
                predictions)));
    return out;
  }

  private static ObjectNode measures(Evaluation e) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("reviews", e.goldReviews());
    n.put("concerns_micro_f1", RulePrecisionTraining.round(e.concerns().micro().f1()));
    n.put("concerns_precision", RulePrecisionTraining.round(e.concerns().micro().precision()));
    n.put("feedback_macro_f1", RulePrecisionTraining.round(e.feedback().macroF1()));
    n.put("process_issues_micro_f1", RulePrecisionTraining.round(e.processIssues().micro().f1()));
    n.put("followed_up_f1", RulePrecisionTraining.round(e.followedUp().f1()));
    n.put("mean_of_four", RulePrecisionTraining.round(CompanyDisjointTable.meanOfFour(e)));
    return n;
  }
}
