package org.debrief.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewSentimentTest {
  private static final List<Double> VERY_NEGATIVE = List.of(1.0, 0.0, 0.0, 0.0, 0.0);
  private static final List<Double> NEUTRAL = List.of(0.0, 0.0, 1.0, 0.0, 0.0);
  private static final List<Double> VERY_POSITIVE = List.of(0.0, 0.0, 0.0, 0.0, 1.0);

  /** A scored sentence whose root and phrase distributions are both {@code p}. */
  private static AnnotatedSentence scored(int index, List<Double> p) {
    int argmax = p.indexOf(p.stream().max(Double::compare).orElseThrow());
    return new AnnotatedSentence(
        index, 0, 0, "", List.of(), SentimentClass.ofIndex(argmax).id(), p, List.of(), p);
  }

  private static AnnotatedSentence tooLong(int index) {
    return new AnnotatedSentence(
        index,
        0,
        0,
        "",
        List.of(),
        null,
        List.of(),
        List.of(AnnotatedSentence.TOO_LONG_FOR_PARSER));
  }

  @Test
  void emptyReviewHasNoSentiment() {
    assertThat(ReviewSentiment.of(List.of())).isEqualTo(ReviewSentiment.NONE);
  }

  @Test
  void reviewWithOnlyUnscoredSentencesHasNoSentiment() {
    assertThat(ReviewSentiment.of(List.of(tooLong(0), tooLong(1)))).isEqualTo(ReviewSentiment.NONE);
  }

  @Test
  void sentenceWithoutPhraseProbabilitiesIsSkipped() {
    AnnotatedSentence rootOnly =
        new AnnotatedSentence(0, 0, 0, "", List.of(), "very_positive", VERY_POSITIVE, List.of());
    assertThat(ReviewSentiment.of(List.of(rootOnly))).isEqualTo(ReviewSentiment.NONE);
  }

  @Test
  void wholeScaleEndsMapToTheExtremeClasses() {
    assertThat(ReviewSentiment.of(List.of(scored(0, VERY_POSITIVE))))
        .isEqualTo(new ReviewSentiment("very_positive", 1.0));
    assertThat(ReviewSentiment.of(List.of(scored(0, VERY_NEGATIVE))))
        .isEqualTo(new ReviewSentiment("very_negative", -1.0));
  }

  @Test
  void tooLongSentenceIsSkippedNotCountedAsNeutral() {
    assertThat(ReviewSentiment.of(List.of(tooLong(0), scored(1, VERY_POSITIVE), tooLong(2))))
        .isEqualTo(new ReviewSentiment("very_positive", 1.0));
  }

  @Test
  void expectedScoreUsesTheWholeDistribution() {
    assertThat(ReviewSentiment.expected(List.of(0.1, 0.2, 0.3, 0.3, 0.1)))
        .isCloseTo(0.05, within(1e-12));
  }

  @Test
  void polarSentenceOutweighsFlatOne() {
    // weights 1 (flat) and 1 + 4·1 = 5 (polar): (0·1 + 1·5) / 6
    List<AnnotatedSentence> review = List.of(scored(0, NEUTRAL), scored(1, VERY_POSITIVE));
    assertThat(ReviewSentiment.raw(review, ReviewSentiment.POLAR_WEIGHT))
        .isCloseTo(5.0 / 6, within(1e-12));
    assertThat(ReviewSentiment.raw(review, 0)).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void evenlySplitReviewFallsBelowTheCalibratedNeutralBand() {
    // raw 0 < NEGATIVE_BELOW (0.023): candidates who wrote equal praise and blame mostly rated
    // negative
    ReviewSentiment tie =
        ReviewSentiment.of(List.of(scored(0, VERY_NEGATIVE), scored(1, VERY_POSITIVE)));
    assertThat(tie.sentiment()).isEqualTo("negative");
    assertThat(tie.score()).isCloseTo(-0.25 - 0.75 * 0.023 / 1.023, within(1e-12));
  }

  @Test
  void thresholdsLandOnTheClassBoundaries() {
    double lo = ReviewSentiment.NEGATIVE_BELOW;
    double hi = ReviewSentiment.POSITIVE_ABOVE;
    assertThat(ReviewSentiment.rescale(lo, lo, hi)).isEqualTo(-0.25);
    assertThat(ReviewSentiment.rescale(hi, lo, hi)).isEqualTo(0.25);
    assertThat(ReviewSentiment.rescale((lo + hi) / 2, lo, hi)).isCloseTo(0.0, within(1e-12));
    assertThat(ReviewSentiment.rescale(-1, lo, hi)).isEqualTo(-1.0);
    assertThat(ReviewSentiment.rescale(1, lo, hi)).isEqualTo(1.0);
    assertThat(ReviewSentiment.rescale(3, lo, hi)).isEqualTo(1.0);
  }

  @Test
  void boundaryScoresGoToTheClassNearerZero() {
    assertThat(ReviewSentiment.classOf(-0.75)).isEqualTo(SentimentClass.NEGATIVE);
    assertThat(ReviewSentiment.classOf(-0.7500001)).isEqualTo(SentimentClass.VERY_NEGATIVE);
    assertThat(ReviewSentiment.classOf(-0.25)).isEqualTo(SentimentClass.NEUTRAL);
    assertThat(ReviewSentiment.classOf(-0.2500001)).isEqualTo(SentimentClass.NEGATIVE);
    assertThat(ReviewSentiment.classOf(0.25)).isEqualTo(SentimentClass.NEUTRAL);
    assertThat(ReviewSentiment.classOf(0.2500001)).isEqualTo(SentimentClass.POSITIVE);
    assertThat(ReviewSentiment.classOf(0.75)).isEqualTo(SentimentClass.POSITIVE);
    assertThat(ReviewSentiment.classOf(0.7500001)).isEqualTo(SentimentClass.VERY_POSITIVE);
  }

  @Test
  void macroF1CountsAMissingPredictionAsAMiss() {
    List<String> gold = List.of("negative", "neutral", "positive", "positive");
    assertThat(SentimentAgreement.macroF1(gold, gold)).isEqualTo(1.0);
    // positive: tp 1, fn 1 → 2/3; the other two classes are perfect
    assertThat(
            SentimentAgreement.macroF1(
                gold, java.util.Arrays.asList("negative", "neutral", "positive", null)))
        .isCloseTo((1 + 1 + 2.0 / 3) / 3, within(1e-12));
  }
}
