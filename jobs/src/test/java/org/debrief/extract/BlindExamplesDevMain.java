package org.debrief.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.evaluate.GoldLabel;
import org.debrief.evaluate.Prediction;
import org.debrief.evaluate.Scorer;

/**
 * Dev tool: scores the blind examples from an annotation cache in /tmp, the tuning part (the first
 * 50) apart from the final check (the rest). Only the tuning part is shown unless the argument
 * {@code all} is given: the rest stays unread until the end.
 */
final class BlindExamplesDevMain {
  private static final int TUNING = 50;

  public static void main(String[] args) throws Exception {
    boolean all = args.length > 0 && args[0].equals("all");
    List<OwnExamples.Example> examples = OwnExamples.read(OwnExamples.BLIND);
    List<LabelledReviews.Review> reviews = new ArrayList<>();
    examples.forEach(
        ex -> reviews.add(new LabelledReviews.Review(ex.gold().reviewId(), ex.text(), null)));
    Map<String, List<AnnotatedSentence>> annotations =
        AnnotationCache.load(Path.of("/tmp/debrief-blind-annotations.json"), reviews);
    Extractor extractor = Extractor.standard();
    List<GoldLabel> gold = new ArrayList<>();
    List<Prediction> predictions = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      OwnExamples.Example ex = examples.get(i);
      GoldLabel g = ex.gold();
      Extraction e = extractor.extract(ex.text(), annotations.get(g.reviewId()));
      Prediction p =
          new Prediction(
              g.reviewId(),
              e.concerns(),
              e.feedback(),
              e.processIssues(),
              e.followedUp(),
              null,
              null);
      gold.add(g);
      predictions.add(p);
      if (!DevPredictions.agree(g, p) && (all || i < TUNING)) {
        DevPredictions.printDisagreement(g, p, ex.text());
        DevPredictions.printEvidence(e);
      }
    }
    int n = Math.min(TUNING, gold.size());
    System.out.println("== tuning part (first " + n + ")");
    System.out.println(Scorer.score(gold.subList(0, n), predictions.subList(0, n)).table());
    if (!all) {
      return;
    }
    System.out.println("== final check (last " + (gold.size() - n) + ")");
    System.out.println(
        Scorer.score(gold.subList(n, gold.size()), predictions.subList(n, gold.size())).table());
    System.out.println("== all " + gold.size());
    System.out.println(Scorer.score(gold, predictions).table());
  }
}
