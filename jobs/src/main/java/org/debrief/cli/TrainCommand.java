package org.debrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.ExitCode;
import org.debrief.common.RunLayout;
import org.debrief.common.SessionScope;
import org.debrief.common.fs.Location;
import org.debrief.evaluate.GoldLabel;
import org.debrief.extract.LearnedLabelsArtefact;
import org.debrief.extract.RulePrecision;
import org.debrief.extract.SentimentArtefact;
import org.debrief.train.LabelledReview;
import org.debrief.train.LabelledRun;
import org.debrief.train.LearnedLabelsArtefactTraining;
import org.debrief.train.RatedRun;
import org.debrief.train.RulePrecisionTraining;
import org.debrief.train.SentimentArtefactTraining;
import org.debrief.train.TrainingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "train",
    description = {
      "Fit the learned artefacts (evidence probabilities, learned labels, review sentiment) into"
          + " --models.",
      "  rule-precision.json (from --labels and --run): how often each rule's evidence is right on"
          + " hand-labelled reviews, the probability rule evidence carries;",
      "  learned-labels.json (from --labels and --run): per label, a model over the review's words"
          + " and the rules' signals, and who decides (rules, model, either, both), chosen on inner"
          + " company folds; the judge of concern hits; the quote threshold the report uses (chosen"
          + " on company folds the models were not fitted on, for precision >= 0.9); the"
          + " company-disjoint scores, per fold and pooled over the folds no rule was tuned on;",
      "  review-sentiment.json (from --ratings-run): the review sentiment learned from candidates'"
          + " own ratings, with its company-disjoint scores.",
      "The shipped artefacts (jobs/src/main/resources/org/debrief/extract/) are what the example"
          + " below writes, the ratings run covering ../shared/corpus as well; a test retrains and"
          + " compares."
    },
    mixinStandardHelpOptions = true,
    footer = {
      "%nExample:",
      "  debrief run --input ../shared/data/labelled/*.csv data-samples --state st"
          + " --output labelled-run",
      "  debrief run --input ../shared/corpus ../shared/data --state st --output rated-run",
      "  debrief train --labels ../shared/data/labelled/*_labels.jsonl data-samples/labels.jsonl"
          + " --run labelled-run --ratings-run rated-run --models models/"
    })
final class TrainCommand implements Callable<Integer> {
  static final String VERSION = "1";

  @Option(
      converter = LocationConverter.class,
      names = "--labels",
      required = true,
      arity = "1..*",
      paramLabel = "FILE.jsonl",
      description = "Hand labels with their why quotes, as for evaluate. Repeatable.")
  List<Location> labels;

  @Option(
      converter = LocationConverter.class,
      names = "--run",
      required = true,
      paramLabel = "DIR",
      description = "A run (or output folder) that ingested and annotated the labelled reviews.")
  Location run;

  @Option(
      converter = LocationConverter.class,
      names = "--ratings-run",
      required = true,
      paramLabel = "DIR",
      description = "A run (or output folder) over exports whose reviews carry their own rating.")
  Location ratingsRun;

  @Option(
      names = "--models",
      required = true,
      paramLabel = "DIR",
      description = "Folder for the artefacts; existing ones are replaced.")
  Path models;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<GoldLabel> gold = LabelInputs.gold(labels);
    Map<String, String> why = LabelInputs.why(labels);
    try (SessionScope session = SessionScope.open("debrief-train")) {
      SparkSession spark = session.spark();
      List<LabelledReview> reviews =
          LabelledRun.reviews(spark, new RunLayout(LabelInputs.runFolder(run)), gold, why);
      var rated = RatedRun.examples(spark, new RunLayout(LabelInputs.runFolder(ratingsRun)));
      Files.createDirectories(models);
      RulePrecision precision = RulePrecisionTraining.fit(reviews, VERSION);
      Files.writeString(models.resolve("rule-precision.json"), precision.toJson());
      LearnedLabelsArtefact learned =
          LearnedLabelsArtefactTraining.fit(reviews, VERSION, TrainingSettings.LEARNED_LABELS);
      Files.writeString(models.resolve("learned-labels.json"), learned.toJson());
      SentimentArtefact sentiment = SentimentArtefactTraining.fit(rated, VERSION);
      Files.writeString(models.resolve("review-sentiment.json"), sentiment.toJson());
      spec.commandLine()
          .getOut()
          .printf(
              "rule precision: %d labelled reviews, %d rule/label pairs%n"
                  + "learned labels: quote threshold %.3f; held-out concern evidence %s;"
                  + " company-disjoint, never-tuned folds pooled: %s%n"
                  + "review sentiment: %d rated reviews; company-disjoint macro-F1 %s%n"
                  + "wrote %s%n",
              reviews.size(),
              precision.byHit().size(),
              learned.quoteThreshold(),
              learned.scores().at("/quotes/pooled"),
              learned.scores().get("pooled_never_tuned"),
              rated.size(),
              sentiment.scores(),
              models);
      return ExitCode.OK.code();
    }
  }
}
