package org.debrief.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.debrief.common.NeedsShared;
import org.junit.jupiter.api.Test;

/** Pinned CoreNLP outputs on sentences written for this test; loads the models. */
class ReviewAnnotatorIT {
  private static final ReviewAnnotator ANNOTATOR = ReviewAnnotator.shared();

  @Test
  void splitsSentencesWithOffsetsIntoTheReviewText() {
    String text =
        "The recruiter was rude and never called me back. The interviewers were friendly "
            + "and the process was great!";
    List<AnnotatedSentence> sentences = ANNOTATOR.annotate(text);

    assertThat(sentences)
        .extracting(AnnotatedSentence::index, AnnotatedSentence::begin, AnnotatedSentence::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 0, 48),
            org.assertj.core.groups.Tuple.tuple(1, 49, 106));
    assertThat(sentences.get(1).text()).isEqualTo(text.substring(49, 106));
    assertThat(sentences.get(0).tokens())
        .extracting(Token::lemma)
        .containsExactly(
            "the", "recruiter", "be", "rude", "and", "never", "call", "I", "back", ".");
    assertThat(sentences.get(1).tokens().get(1))
        .isEqualTo(new Token("interviewers", "interviewer", "NNS", 53, 65));
    assertThat(sentences)
        .extracting(AnnotatedSentence::sentiment)
        .containsExactly("negative", "positive");
  }

  @Test
  void pinsAClearlyNegativeAndAClearlyPositiveSentence() {
    AnnotatedSentence worst =
        ANNOTATOR.annotate("It was the worst interview I have ever had.").get(0);
    AnnotatedSentence loved =
        ANNOTATOR.annotate("I loved this interview, everyone was wonderful.").get(0);

    assertThat(worst.tokens()).extracting(Token::lemma).contains("bad");
    assertThat(worst.sentiment()).isEqualTo("negative");
    assertThat(ReviewSentiment.of(List.of(worst)).sentiment()).isEqualTo("negative");
    assertThat(loved.sentiment()).isEqualTo("positive");
    assertThat(ReviewSentiment.of(List.of(loved)).sentiment()).isEqualTo("positive");
    assertThat(loved.probabilities()).hasSize(5);
    assertThat(loved.phraseProbabilities()).hasSize(5);
  }

  @Test
  void blankLineEndsASentence() {
    List<AnnotatedSentence> sentences =
        ANNOTATOR.annotate("They asked about my resume\n\nThen I waited two weeks.");
    assertThat(sentences)
        .extracting(AnnotatedSentence::begin, AnnotatedSentence::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 26),
            org.assertj.core.groups.Tuple.tuple(28, 52));
  }

  @Test
  void sentenceLongerThanParserLimitIsFlaggedAndNeverScored() {
    String clause = "then we talked about the team and ";
    String longSentence =
        "The interview started " + String.join("", Collections.nCopies(14, clause)) + "it ended.";
    String text = longSentence + " It was a great day.";
    List<AnnotatedSentence> sentences = ANNOTATOR.annotate(text);

    AnnotatedSentence flagged = sentences.get(0);
    assertThat(flagged.tokens().size()).isGreaterThan(80);
    assertThat(flagged.flags()).containsExactly(AnnotatedSentence.TOO_LONG_FOR_PARSER);
    assertThat(flagged.sentiment()).isNull();
    assertThat(flagged.probabilities()).isEmpty();
    assertThat(flagged.phraseProbabilities()).isEmpty();
    assertThat(flagged.tokens().get(1).lemma()).isEqualTo("interview");
    assertThat(sentences.get(1).scored()).isTrue();
    assertThat(sentences.get(1).flags()).isEmpty();
  }

  @Test
  @NeedsShared
  void twoThreadsSharingThePipelineGiveTheSameOutputAsOne() throws Exception {
    List<String> texts = RatedReviews.dev().subList(0, 30).stream().map(RatedReview::text).toList();
    List<List<AnnotatedSentence>> sequential = new ArrayList<>();
    for (String t : texts) {
      sequential.add(ANNOTATOR.annotate(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<AnnotatedSentence>>> futures = new ArrayList<>();
      for (String t : texts) {
        futures.add(pool.submit(() -> ANNOTATOR.annotate(t)));
      }
      List<List<AnnotatedSentence>> parallel = new ArrayList<>();
      for (Future<List<AnnotatedSentence>> f : futures) {
        parallel.add(f.get());
      }
      assertThat(parallel).isEqualTo(sequential);
    } finally {
      pool.shutdownNow();
    }
  }
}
