package org.debrief.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {
  private static final double EPS = 1e-9;

  private static final List<GoldLabel> GOLD =
      List.of(
          new GoldLabel("r1", List.of("experience"), "specific", List.of("slow"), true),
          new GoldLabel("r2", List.of(), "decision_only", List.of(), false),
          new GoldLabel(
              "r3", List.of("experience", "fit"), "none", List.of("unprofessional"), true),
          new GoldLabel("r4", List.of("fit"), "not_stated", List.of("slow"), false));

  private static final List<Prediction> PREDICTIONS =
      List.of(
          new Prediction(
              "r1",
              List.of("experience"),
              "specific",
              List.of("slow", "disorganized"),
              true,
              "very_negative",
              "negative"),
          new Prediction(
              "r2", List.of("fit"), "decision_only", List.of(), true, "neutral", "positive"),
          new Prediction(
              "r3",
              List.of("experience"),
              "decision_only",
              List.of("unprofessional"),
              false,
              "positive",
              "positive"),
          new Prediction("r9", List.of("fit"), "none", List.of(), false, "neutral", "neutral"));

  private final Evaluation eval = Scorer.score(GOLD, PREDICTIONS);

  @Test
  void countsGoldReviewsWithoutPredictionAsMisses() {
    assertThat(eval.goldReviews()).isEqualTo(4);
    assertThat(eval.missingPredictions()).isEqualTo(1);
    assertThat(eval.feedback().confusion().get("not_stated")).isEqualTo(Map.of(Scorer.MISSING, 1));
  }

  @Test
  void scoresConcernsPerLabelMicroAndMacro() {
    assertThat(eval.concerns().perLabel().get("experience")).isEqualTo(new Prf(2, 0, 0));
    assertThat(eval.concerns().perLabel().get("fit")).isEqualTo(new Prf(0, 1, 2));
    assertThat(eval.concerns().perLabel().get("education")).isEqualTo(Prf.ZERO);
    assertThat(eval.concerns().perLabel().keySet()).first().isEqualTo("experience");
    Prf micro = eval.concerns().micro();
    assertThat(micro).isEqualTo(new Prf(2, 1, 2));
    assertThat(micro.precision()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(micro.recall()).isCloseTo(0.5, within(EPS));
    assertThat(micro.f1()).isCloseTo(4.0 / 7, within(EPS));
    // Labels absent from both sides have no F1 and are left out of the macro average.
    assertThat(eval.concerns().macroLabels()).isEqualTo(2);
    assertThat(eval.concerns().macroF1()).isCloseTo(0.5, within(EPS));
  }

  @Test
  void scoresProcessIssues() {
    assertThat(eval.processIssues().perLabel())
        .containsExactly(
            Map.entry("slow", new Prf(1, 0, 1)),
            Map.entry("disorganized", new Prf(0, 1, 0)),
            Map.entry("unprofessional", new Prf(1, 0, 0)));
    assertThat(eval.processIssues().micro().f1()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(eval.processIssues().macroF1()).isCloseTo((2.0 / 3 + 0 + 1) / 3, within(EPS));
  }

  @Test
  void scoresFeedbackOverAllFourClasses() {
    ClassScores f = eval.feedback();
    assertThat(f.perClass())
        .containsExactly(
            Map.entry("none", new Prf(0, 0, 1)),
            Map.entry("decision_only", new Prf(1, 1, 0)),
            Map.entry("specific", new Prf(1, 0, 0)),
            Map.entry("not_stated", new Prf(0, 0, 1)));
    assertThat(f.macroF1()).isCloseTo((0 + 2.0 / 3 + 1 + 0) / 4, within(EPS));
    assertThat(f.accuracy()).isCloseTo(0.5, within(EPS));
    assertThat(f.confusion().get("none")).isEqualTo(Map.of("decision_only", 1));
  }

  @Test
  void scoresFollowedUpAsThePositiveClass() {
    assertThat(eval.followedUp()).isEqualTo(new Prf(1, 1, 1));
    assertThat(eval.followedUp().f1()).isCloseTo(0.5, within(EPS));
  }

  @Test
  void comparesSentimentWithRatingOnThreeClasses() {
    ClassScores s = eval.sentiment();
    assertThat(s.perClass())
        .containsExactly(
            Map.entry("negative", new Prf(1, 0, 0)),
            Map.entry("neutral", new Prf(0, 1, 0)),
            Map.entry("positive", new Prf(1, 0, 1)));
    assertThat(s.macroF1()).isCloseTo((1 + 0 + 2.0 / 3) / 3, within(EPS));
    assertThat(eval.sentimentSkipped()).isEqualTo(1);
  }

  @Test
  void mapsFiveSentimentClassesToThree() {
    assertThat(Scorer.threeClass("very_negative")).isEqualTo("negative");
    assertThat(Scorer.threeClass("negative")).isEqualTo("negative");
    assertThat(Scorer.threeClass("neutral")).isEqualTo("neutral");
    assertThat(Scorer.threeClass("positive")).isEqualTo("positive");
    assertThat(Scorer.threeClass("very_positive")).isEqualTo("positive");
    assertThat(Scorer.threeClass(null)).isNull();
    assertThatThrownBy(() -> Scorer.threeClass("meh")).hasMessageContaining("meh");
  }

  @Test
  void undefinedRatiosAreZero() {
    assertThat(Prf.ZERO.precision()).isZero();
    assertThat(Prf.ZERO.f1()).isZero();
    assertThat(new Prf(0, 0, 3).recall()).isZero();
  }

  @Test
  void writesTheFiguresAsJsonAndTable() throws IOException {
    JsonNode json = new ObjectMapper().readTree(eval.toJson());
    assertThat(json.get("missing_predictions").asInt()).isEqualTo(1);
    assertThat(json.at("/concerns/micro/f1").asDouble()).isCloseTo(4.0 / 7, within(EPS));
    assertThat(json.at("/feedback/per_class/decision_only/precision").asDouble())
        .isCloseTo(0.5, within(EPS));
    assertThat(json.at("/feedback/confusion/not_stated/missing").asInt()).isEqualTo(1);
    assertThat(json.at("/followed_up/tp").asInt()).isEqualTo(1);
    assertThat(json.at("/sentiment_vs_rating/skipped").asInt()).isEqualTo(1);
    assertThat(eval.table())
        .contains("missing predictions 1")
        .containsPattern("concerns micro\\s+2\\s+1\\s+2\\s+0\\.667\\s+0\\.500\\s+0\\.571");
  }

  @Test
  void readsLabelsFileAndNamesTheLineOfABadRecord(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("labels.jsonl");
    Files.writeString(
        good,
        "{\"review_id\": \"a\", \"concerns\": [\"fit\"], \"feedback\": \"specific\","
            + " \"process_issues\": [], \"followed_up\": true, \"why\": \"x\"}\n\n");
    assertThat(LabelsFile.read(good))
        .containsExactly(new GoldLabel("a", List.of("fit"), "specific", List.of(), true));
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"review_id\": \"a\", \"concerns\": []}\n");
    assertThatThrownBy(() -> LabelsFile.read(bad))
        .hasMessageContaining("bad.jsonl:1")
        .hasMessageContaining("feedback");
  }
}
