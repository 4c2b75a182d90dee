package org.debrief.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.debrief.annotate.ReviewAnnotator;
import org.debrief.evaluate.Evaluation;
import org.debrief.evaluate.GoldLabel;
import org.debrief.evaluate.Prediction;
import org.debrief.evaluate.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Holds the rules to the held-out targets on 80 invented, review-length examples from other
 * industries, written before the rules were read; the last 30 were not looked at while tuning.
 */
class BlindExamplesIT {

  @Test
  void meetsTheTargetsOnBlindExamples() throws IOException {
    Extractor extractor = Extractor.standard();
    List<GoldLabel> gold = new ArrayList<>();
    List<Prediction> predictions = new ArrayList<>();
    for (OwnExamples.Example ex : OwnExamples.read(OwnExamples.BLIND)) {
      Extraction e = extractor.extract(ex.text(), ReviewAnnotator.shared().annotate(ex.text()));
      gold.add(ex.gold());
      predictions.add(
          new Prediction(
              ex.gold().reviewId(),
              e.concerns(),
              e.feedback(),
              e.processIssues(),
              e.followedUp(),
              null,
              null));
    }
    Evaluation eval = Scorer.score(gold, predictions);
    System.out.println(eval.table());

    assertThat(gold).hasSize(80);
    assertThat(eval.concerns().micro().f1()).as("concerns micro-F1").isGreaterThanOrEqualTo(0.60);
    assertThat(eval.feedback().macroF1()).as("feedback macro-F1").isGreaterThanOrEqualTo(0.75);
    assertThat(eval.processIssues().micro().f1())
        .as("process_issues micro-F1")
        .isGreaterThanOrEqualTo(0.70);
    assertThat(eval.followedUp().f1()).as("followed_up F1").isGreaterThanOrEqualTo(0.70);
  }
}
