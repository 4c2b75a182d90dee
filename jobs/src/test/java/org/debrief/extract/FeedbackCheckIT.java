package org.debrief.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.debrief.evaluate.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * Holds feedback and followed_up to the held-out targets on 30 short invented reviews written
 * before the feedback rules were reworked and never used to tune them: how candidates report
 * reasons, bare decisions, silence and their own chasing, in wording of their own.
 */
class FeedbackCheckIT {
  @Test
  void meetsTheFeedbackTargetsOnUntunedExamples() throws IOException {
    Evaluation eval = OwnExamples.score(OwnExamples.FEEDBACK_CHECK);
    assertThat(eval.goldReviews()).isEqualTo(30);
    assertThat(eval.feedback().macroF1()).as("feedback macro-F1").isGreaterThanOrEqualTo(0.75);
    assertThat(eval.followedUp().f1()).as("followed_up F1").isGreaterThanOrEqualTo(0.70);
  }
}
