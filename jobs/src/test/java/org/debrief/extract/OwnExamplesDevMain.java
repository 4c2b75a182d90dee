package org.debrief.extract;

import java.util.ArrayList;
import java.util.List;
import org.debrief.annotate.ReviewAnnotator;
import org.debrief.evaluate.GoldLabel;
import org.debrief.evaluate.Prediction;
import org.debrief.evaluate.Scorer;

/**
 * Dev tool: runs the rules on the invented examples (and any texts given as arguments). A first
 * argument ending in {@code .jsonl} names another example file beside own_examples.jsonl, such as
 * the untuned {@code feedback_check.jsonl}.
 */
final class OwnExamplesDevMain {
  public static void main(String[] args) throws Exception {
    Extractor extractor = Extractor.standard();
    boolean named = args.length > 0 && args[0].endsWith(".jsonl");
    String resource = named ? args[0] : OwnExamples.OWN;
    for (String text : named ? List.of(args).subList(1, args.length) : List.of(args)) {
      System.out.println(
          text + "\n  " + extractor.extract(text, ReviewAnnotator.shared().annotate(text)));
    }
    List<GoldLabel> gold = new ArrayList<>();
    List<Prediction> predictions = new ArrayList<>();
    for (OwnExamples.Example ex : OwnExamples.read(resource)) {
      Extraction e = extractor.extract(ex.text(), ReviewAnnotator.shared().annotate(ex.text()));
      GoldLabel g = ex.gold();
      gold.add(g);
      Prediction p =
          new Prediction(
              g.reviewId(),
              e.concerns(),
              e.feedback(),
              e.processIssues(),
              e.followedUp(),
              null,
              null);
      predictions.add(p);
      if (!DevPredictions.agree(g, p)) {
        DevPredictions.printDisagreement(g, p, ex.text());
        DevPredictions.printEvidence(e);
      }
    }
    System.out.println(Scorer.score(gold, predictions).table());
  }
}
