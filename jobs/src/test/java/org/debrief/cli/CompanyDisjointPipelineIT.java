package org.debrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.debrief.common.Json;
import org.debrief.common.NeedsShared;
import org.debrief.common.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Company-disjoint quality and the learned artefacts, as a user makes them: {@code debrief run}
 * over every labelled set and over every real export of {@code ../shared/data} (one annotation
 * state, so shared texts are annotated once), {@code debrief evaluate --company-disjoint}, then
 * {@code debrief train}. The floors are today's figures, the folds no rule was tuned on apart from
 * the pooled ones: a change that makes labels worse on companies a model was not fitted on fails
 * here, and so does a shipped labelling artefact that {@code train} no longer reproduces. The
 * shipped review sentiment is fitted on the 13,753-review corpus as well, which CI does not
 * annotate: here it is retrained on the exports alone and held to that subset's floors.
 */
@NeedsShared
class CompanyDisjointPipelineIT {
  @TempDir static Path tmp;
  static JsonNode scores;
  static MainTest.Captured evaluate;
  static MainTest.Captured train;
  static Path retrained;
  static JsonNode sentiment;
  static JsonNode learned;

  // Today's figures (docs/quality.md); a floor sits just under its figure.
  static final double RULES_UNTUNED = 0.52;
  static final double RULES_POOLED = 0.565;
  static final double LEARNED_UNTUNED = 0.555;
  static final int RATED_EXPORTS = 3065;
  static final double SENTIMENT_EXPORTS_FLOOR = 0.50;
  static final int RATED_CORPUS = 12642;

  @BeforeAll
  static void runEvaluateAndTrain() throws IOException {
    Path state = tmp.resolve("state");
    Path out = tmp.resolve("labelled");
    MainTest.Captured run =
        MainTest.Captured.run(
            "run",
            "--state",
            state.toString(),
            "--input",
            SharedData.data("labelled/train.csv").toString(),
            SharedData.data("labelled/zillow_dev.csv").toString(),
            SharedData.data("labelled/train2.csv").toString(),
            SharedData.data("labelled/train3.csv").toString(),
            SharedData.samples().toString(),
            "--output",
            out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    String[] labels = {
      SharedData.data("labelled/train_labels.jsonl").toString(),
      SharedData.data("labelled/zillow_dev_labels.jsonl").toString(),
      SharedData.data("labelled/train2_labels.jsonl").toString(),
      SharedData.data("labelled/train3_labels.jsonl").toString(),
      SharedData.samples().resolve("labels.jsonl").toString()
    };
    List<String> evaluateArgs =
        new ArrayList<>(List.of("evaluate", "--company-disjoint", "--labels"));
    evaluateArgs.addAll(List.of(labels));
    evaluateArgs.addAll(List.of("--run", out.toString()));
    evaluate = MainTest.Captured.run(evaluateArgs.toArray(String[]::new));
    assertThat(evaluate.code()).as(evaluate.err()).isZero();
    scores = Json.MAPPER.readTree(out.resolve("latest/evaluation-company-disjoint.json").toFile());
    Path exports = tmp.resolve("exports");
    MainTest.Captured all =
        MainTest.Captured.run(
            "run",
            "--state",
            state.toString(),
            "--input",
            SharedData.root().resolve("data").toString(),
            "--output",
            exports.toString());
    assertThat(all.code()).as(all.err()).isZero();
    Path models = tmp.resolve("models");
    List<String> trainArgs = new ArrayList<>(List.of("train", "--labels"));
    trainArgs.addAll(List.of(labels));
    trainArgs.addAll(
        List.of(
            "--run",
            out.toString(),
            "--ratings-run",
            exports.toString(),
            "--models",
            models.toString()));
    train = MainTest.Captured.run(trainArgs.toArray(String[]::new));
    assertThat(train.code()).as(train.err()).isZero();
    retrained = models.resolve("rule-precision.json");
    sentiment = Json.MAPPER.readTree(models.resolve("review-sentiment.json").toFile());
    learned = Json.MAPPER.readTree(models.resolve("learned-labels.json").toFile());
  }

  private static String shipped(String name) throws IOException {
    try (InputStream in =
        CompanyDisjointPipelineIT.class.getResourceAsStream("/org/debrief/extract/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The number at {@code path}; a missing key fails instead of reading as 0. */
  static double number(JsonNode root, String path) {
    JsonNode n = root.at(path);
    assertThat(n.isNumber()).as("a number at %s", path).isTrue();
    return n.asDouble();
  }

  @Test
  void theShippedLabellingArtefactsAreWhatTrainProduces() throws IOException {
    assertThat(Files.readString(retrained)).isEqualTo(shipped("rule-precision.json"));
    assertThat(Files.readString(retrained.resolveSibling("learned-labels.json")))
        .isEqualTo(shipped("learned-labels.json"));
  }

  @Test
  void quotedConcernEvidenceHoldsPrecisionOnHeldOutCompanies() {
    assertThat(number(learned, "/scores/quotes/pooled/quoted_precision"))
        .isGreaterThanOrEqualTo(0.9);
    // Quoting must not collapse to a handful: at least a third of the right evidence is quoted.
    assertThat(number(learned, "/scores/quotes/pooled/quoted_right") * 3)
        .isGreaterThanOrEqualTo(number(learned, "/scores/quotes/pooled/concern_evidence_right"));
  }

  @Test
  void learnedSentimentBeatsTheDerivationOnCompaniesItWasNotFittedOn() {
    double learnedF1 = number(sentiment, "/scores/learned/pooled_macro_f1");
    double derived = number(sentiment, "/scores/baseline/pooled_macro_f1");
    assertThat(number(sentiment, "/scores/learned/pooled_reviews")).isEqualTo(RATED_EXPORTS);
    assertThat(learnedF1).isGreaterThanOrEqualTo(SENTIMENT_EXPORTS_FLOOR);
    assertThat(learnedF1 - derived).isGreaterThanOrEqualTo(0.05);
  }

  @Test
  void theShippedSentimentWasFittedOnTheCorpusAndSaysHowItScored() throws IOException {
    JsonNode shipped = Json.MAPPER.readTree(shipped("review-sentiment.json"));
    assertThat(number(shipped, "/scores/learned/pooled_reviews")).isEqualTo(RATED_CORPUS);
    assertThat(number(shipped, "/scores/learned/pooled_macro_f1"))
        .isGreaterThan(number(shipped, "/scores/baseline/pooled_macro_f1") + 0.05);
  }

  @Test
  void scoresEveryEnglishLabelledReviewInItsCompanyFold() {
    JsonNode held = scores.at("/variants/rules/held_out");
    assertThat(number(held, "/zillow/reviews")).isEqualTo(536);
    assertThat(number(held, "/tcs_accenture_deloitte/reviews")).isEqualTo(142);
    assertThat(number(held, "/apple_microsoft/reviews")).isEqualTo(326);
    assertThat(number(held, "/google_facebook/reviews")).isEqualTo(374);
    assertThat(number(held, "/consumer_internet/reviews")).isEqualTo(348);
    assertThat(number(held, "/enterprise_finance/reviews")).isEqualTo(404);
    assertThat(number(held, "/data_samples/reviews")).isEqualTo(67);
    // The sample with nothing but text names no company: a fold of its own.
    assertThat(number(held, "/unnamed_company/reviews")).isEqualTo(1);
    assertThat(number(scores, "/variants/rules/pooled/reviews")).isEqualTo(2198);
    assertThat(number(scores, "/variants/rules/pooled_never_tuned/reviews")).isEqualTo(1594);
    // No fold holds more than a third of the reviews.
    held.fields()
        .forEachRemaining(
            f -> assertThat(f.getValue().get("reviews").asInt() * 3).isLessThan(2198));
  }

  @Test
  void rulesHoldTheirFloorsOnTheFoldsTheyWereNeverTunedOn() {
    JsonNode untuned = scores.at("/variants/rules/pooled_never_tuned");
    assertThat(number(untuned, "/mean_of_four")).isGreaterThanOrEqualTo(RULES_UNTUNED);
    JsonNode pooled = scores.at("/variants/rules/pooled");
    assertThat(number(pooled, "/mean_of_four")).isGreaterThanOrEqualTo(RULES_POOLED);
  }

  @Test
  void learnedLabelsBeatTheRulesOnTheFoldsNoRuleWasTunedOn() {
    double rules = number(scores, "/variants/rules/pooled_never_tuned/mean_of_four");
    double learnedMean =
        number(scores, "/variants/rules+learned_labels/pooled_never_tuned/mean_of_four");
    assertThat(learnedMean).isGreaterThanOrEqualTo(LEARNED_UNTUNED);
    assertThat(learnedMean - rules).isGreaterThanOrEqualTo(0.02);
    assertThat(
            number(scores, "/variants/rules+learned_labels/pooled_never_tuned/concerns_precision"))
        .isGreaterThan(number(scores, "/variants/rules/pooled_never_tuned/concerns_precision"));
    // train scores the shipped configuration on the same folds as evaluate.
    assertThat(number(learned, "/scores/pooled_never_tuned/mean_of_four"))
        .isCloseTo(learnedMean, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(evaluate.out()).contains("pooled never tuned on", "rules+learned_labels");
  }
}
