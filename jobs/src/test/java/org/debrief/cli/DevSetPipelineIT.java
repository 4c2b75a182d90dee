package org.debrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.debrief.common.Json;
import org.debrief.common.NeedsShared;
import org.debrief.common.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the labelled dev set, as a user runs it: {@code debrief run} then {@code
 * debrief evaluate}; the quality floors of the extraction issue hold on what the run wrote.
 */
@NeedsShared
class DevSetPipelineIT {
  @TempDir static Path tmp;
  static JsonNode evaluation;
  static MainTest.Captured evaluate;

  @BeforeAll
  static void runAndEvaluate() throws IOException {
    Path out = tmp.resolve("dev");
    MainTest.Captured run =
        MainTest.Captured.run(
            "run",
            "--input",
            SharedData.data("labelled/zillow_dev.csv").toString(),
            "--output",
            out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    evaluate =
        MainTest.Captured.run(
            "evaluate",
            "--labels",
            SharedData.data("labelled/zillow_dev_labels.jsonl").toString(),
            "--run",
            out.toString());
    assertThat(evaluate.code()).as(evaluate.err()).isZero();
    evaluation = Json.MAPPER.readTree(out.resolve("latest/evaluation.json").toFile());
  }

  @Test
  void everyLabelledReviewWasPredicted() {
    assertThat(evaluation.get("gold_reviews").asInt()).isEqualTo(120);
    assertThat(evaluation.get("missing_predictions").asInt()).isZero();
  }

  @Test
  void meetsTheQualityFloors() {
    assertThat(evaluation.at("/concerns/micro/f1").asDouble()).isGreaterThanOrEqualTo(0.60);
    assertThat(evaluation.at("/feedback/macro_f1").asDouble()).isGreaterThanOrEqualTo(0.75);
    assertThat(evaluation.at("/process_issues/micro/f1").asDouble()).isGreaterThanOrEqualTo(0.70);
    assertThat(evaluation.at("/followed_up/f1").asDouble()).isGreaterThanOrEqualTo(0.70);
    assertThat(evaluation.at("/sentiment_vs_rating/macro_f1").asDouble())
        .isGreaterThanOrEqualTo(0.55);
  }

  @Test
  void printsTheTable() {
    assertThat(evaluate.out())
        .contains("concerns micro", "feedback macro-F1", "sentiment vs rating");
  }
}
