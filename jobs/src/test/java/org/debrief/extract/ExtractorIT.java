package org.debrief.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.annotate.ReviewAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the extractor's output on short sentences written for this test (loads CoreNLP). */
class ExtractorIT {
  private static final Extractor EXTRACTOR = Extractor.standard();

  private static Extraction extract(String text) {
    return EXTRACTOR.extract(text, ReviewAnnotator.shared().annotate(text));
  }

  /** concerns | feedback | process issues | followed_up, compact enough to pin in a table. */
  private static String summary(Extraction e) {
    return String.join(",", e.concerns())
        + " | "
        + e.feedback()
        + " | "
        + String.join(",", e.processIssues())
        + " | "
        + e.followedUp();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // every concern label
        Arguments.of(
            "They told me I lacked experience in retail banking.",
            "experience | specific |  | false"),
        Arguments.of(
            "The feedback was that my code was not efficient enough.",
            "technical_skills | specific |  | false"),
        Arguments.of(
            "The manager said I was not the right fit for the team.", "fit | specific |  | false"),
        Arguments.of(
            "They said my communication skills were weak.", "communication | specific |  | false"),
        Arguments.of(
            "The recruiter said my salary expectations were too high for the budget.",
            "compensation | specific |  | false"),
        Arguments.of(
            "They told me I was overqualified for the job.", "overqualified | specific |  | false"),
        Arguments.of(
            "The interviewer seemed bothered by the gap in my employment history.",
            "work_history | not_stated |  | false"),
        Arguments.of("They rejected me because of my location.", "logistics | specific |  | false"),
        Arguments.of(
            "They said they could not sponsor my visa.",
            "work_authorization | specific |  | false"),
        Arguments.of("The recruiter said my GPA was too low.", "education | specific |  | false"),
        Arguments.of(
            "They told me I did not seem interested in the company.",
            "motivation | specific |  | false"),
        Arguments.of(
            "The recruiter told me the role was filled internally.",
            "role_closed | specific |  | false"),
        // negation, speculation, question topics
        Arguments.of(
            "They had no concerns about my lack of experience.", " | not_stated |  | false"),
        Arguments.of(
            "I think they wanted someone with more experience.", " | not_stated |  | false"),
        Arguments.of(
            "Maybe my salary expectations were too high for them.", " | not_stated |  | false"),
        Arguments.of("They asked about my degree and my GPA.", " | not_stated |  | false"),
        Arguments.of("Tell me about your experience with Python.", " | not_stated |  | false"),
        // every feedback class, next round, precedence
        Arguments.of("I never heard back from them.", " | none |  | false"),
        Arguments.of("A week later I received a rejection email.", " | decision_only |  | false"),
        Arguments.of("They called me the next day with an offer.", " | decision_only |  | false"),
        Arguments.of(
            "The recruiter said I did very well in the interviews.", " | specific |  | false"),
        Arguments.of("I interviewed with three engineers on the team.", " | not_stated |  | false"),
        Arguments.of(
            "I was invited to the next round the following day.", " | not_stated |  | false"),
        Arguments.of(
            "I did not hear back for two weeks. Then they sent me a rejection.",
            " | decision_only | slow | false"),
        Arguments.of(
            "I got a rejection. Later the recruiter said they wanted someone more senior.",
            "experience | specific |  | false"),
        // process issues and followed_up
        Arguments.of("The process was painfully slow.", " | not_stated | slow | false"),
        Arguments.of("The process took two weeks.", " | not_stated |  | false"),
        Arguments.of(
            "They rescheduled my interview twice.", " | not_stated | disorganized | false"),
        Arguments.of(
            "The interviewer was rude and arrogant.", " | not_stated | unprofessional | false"),
        Arguments.of("The interviewer was not rude at all.", " | not_stated |  | false"),
        Arguments.of("I emailed the recruiter to ask for an update.", " | not_stated |  | true"),
        Arguments.of(
            "The recruiter followed up with me about scheduling.", " | not_stated |  | false"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void extractsExactLabels(String text, String expected) {
    assertThat(summary(extract(text))).isEqualTo(expected);
  }

  @Test
  void reportsSortedEvidenceWithOffsetsAndRuleIds() {
    String text = "I followed up twice. They said I lacked experience.";
    assertThat(extract(text).evidence())
        .containsExactly(
            new Evidence("followed_up", "I followed up twice.", 0, 20, "fu.followed"),
            new Evidence("experience", "They said I lacked experience.", 21, 51, "exp.lack"),
            new Evidence("specific", "They said I lacked experience.", 21, 51, "exp.lack"),
            new Evidence("specific", "They said I lacked experience.", 21, 51, "spec.said_i_need"));
  }

  @Test
  void keepsOnlyTheEvidenceOfTheChosenFeedback() {
    Extraction e = extract("I never heard back after the phone screen. Then I got an offer.");
    assertThat(e.feedback()).isEqualTo("decision_only");
    assertThat(e.evidence()).extracting(Evidence::label).containsExactly("decision_only");
  }

  @Test
  void givesTheSameOutputFromSeveralThreads() throws Exception {
    List<String> texts = cases().map(a -> (String) a.get()[0]).toList();
    List<List<AnnotatedSentence>> annotated =
        texts.stream().map(t -> ReviewAnnotator.shared().annotate(t)).toList();
    List<Extraction> sequential = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sequential.add(EXTRACTOR.extract(texts.get(i), annotated.get(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Extraction>> futures = new java.util.ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (int i = 0; i < texts.size(); i++) {
          final int at = i;
          futures.add(pool.submit(() -> EXTRACTOR.extract(texts.get(at), annotated.get(at))));
        }
      }
      for (int k = 0; k < futures.size(); k++) {
        assertThat(futures.get(k).get()).isEqualTo(sequential.get(k % texts.size()));
      }
    } finally {
      pool.shutdown();
    }
  }
}
