package org.debrief.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.debrief.common.NeedsShared;
import org.junit.jupiter.api.Test;

/**
 * Agreement of the derived review sentiment with candidates' own ratings on the labelled dev set
 * (read from ../shared at run time). Thresholds were fitted on other reviews, never on these.
 */
@NeedsShared
class ReviewSentimentIT {

  @Test
  void agreesWithCandidatesRatingsOnTheDevSet() {
    ReviewAnnotator annotator = ReviewAnnotator.shared();
    List<String> gold = new ArrayList<>();
    List<String> derived = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    for (RatedReview r : RatedReviews.dev()) {
      if (r.rating() == null) {
        continue;
      }
      List<AnnotatedSentence> sentences = annotator.annotate(r.text());
      gold.add(r.rating());
      derived.add(SentimentAgreement.polarity(ReviewSentiment.of(sentences)));
      plain.add(SentimentAgreement.plainMeanPolarity(sentences));
    }

    assertThat(gold).hasSize(117);
    double f1 = SentimentAgreement.macroF1(gold, derived);
    System.out.printf(
        "dev macro-F1: ReviewSentiment %.3f, plain mean %.3f%n",
        f1, SentimentAgreement.macroF1(gold, plain));
    assertThat(f1).isGreaterThanOrEqualTo(0.55);
  }
}
