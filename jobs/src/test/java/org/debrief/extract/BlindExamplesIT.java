package org.debrief.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.debrief.evaluate.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * Holds the rules to the held-out targets on 80 invented, review-length examples from other
 * industries, written before the rules were read; the last 30 were not looked at while tuning.
 */
class BlindExamplesIT {
  @Test
  void meetsTheTargetsOnBlindExamples() throws IOException {
    Evaluation eval = OwnExamples.score(OwnExamples.BLIND);
    assertThat(eval.goldReviews()).isEqualTo(80);
    assertThat(eval.concerns().micro().f1()).as("concerns micro-F1").isGreaterThanOrEqualTo(0.60);
    assertThat(eval.feedback().macroF1()).as("feedback macro-F1").isGreaterThanOrEqualTo(0.75);
    assertThat(eval.processIssues().micro().f1())
        .as("process_issues micro-F1")
        .isGreaterThanOrEqualTo(0.70);
    assertThat(eval.followedUp().f1()).as("followed_up F1").isGreaterThanOrEqualTo(0.70);
  }
}
