package org.debrief.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.debrief.evaluate.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * Holds the rules to the dev floors on invented short reviews too, so that rules fitted to the dev
 * set's wording show up as a drop here.
 */
class OwnExamplesIT {
  @Test
  void meetsTheFloorsOnInventedExamples() throws IOException {
    Evaluation eval = OwnExamples.score(OwnExamples.OWN);
    assertThat(eval.goldReviews()).isGreaterThanOrEqualTo(30);
    assertThat(eval.concerns().micro().f1()).as("concerns micro-F1").isGreaterThanOrEqualTo(0.60);
    assertThat(eval.feedback().macroF1()).as("feedback macro-F1").isGreaterThanOrEqualTo(0.75);
    assertThat(eval.processIssues().micro().f1())
        .as("process_issues micro-F1")
        .isGreaterThanOrEqualTo(0.70);
    assertThat(eval.followedUp().f1()).as("followed_up F1").isGreaterThanOrEqualTo(0.70);
  }
}
