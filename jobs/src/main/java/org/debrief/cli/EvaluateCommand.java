package org.debrief.cli;

import static org.apache.spark.sql.functions.col;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.Columns;
import org.debrief.common.ExitCode;
import org.debrief.common.Manifest;
import org.debrief.common.RunLayout;
import org.debrief.common.SessionScope;
import org.debrief.common.fs.Location;
import org.debrief.evaluate.Evaluation;
import org.debrief.evaluate.GoldLabel;
import org.debrief.evaluate.Prediction;
import org.debrief.evaluate.Scorer;
import org.debrief.train.CompanyDisjointEvaluation;
import org.debrief.train.CompanyDisjointTable;
import org.debrief.train.LabelledReview;
import org.debrief.train.LabelledRun;
import org.debrief.train.TrainingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "evaluate",
    description = {
      "Score a run's labels against hand labels; given an output folder, publishes its latest run"
          + " again with evaluation.json added (a published run is never changed); given a run"
          + " folder, writes evaluations/<run-id>/evaluation.json beside the runs.",
      "With --company-disjoint, scores company by company instead: each company fold's reviews"
          + " (the folds of company-folds.json: Zillow; TCS, Accenture and Deloitte; Apple and"
          + " Microsoft; Google and Facebook; consumer internet; enterprise and finance; the"
          + " samples) are labelled by learned layers fitted on the other folds only; the rules and"
          + " the shipped learned labels are compared per fold, pooled, and pooled over the folds no"
          + " rule was tuned on; writes evaluation-company-disjoint.json. --all-variants adds the"
          + " layers that lost (a learned judge alone, sentence models, calibrated concerns)."
    },
    mixinStandardHelpOptions = true,
    footer = {
      "%nExample:",
      "  debrief run --input ../shared/data/labelled/zillow_dev.csv --output dev-run",
      "  debrief evaluate --labels ../shared/data/labelled/zillow_dev_labels.jsonl --run dev-run",
      "  debrief run --input ../shared/data/labelled/train.csv --input"
          + " ../shared/data/labelled/zillow_dev.csv --output labelled-run",
      "  debrief evaluate --company-disjoint --labels ../shared/data/labelled/train_labels.jsonl"
          + " --labels ../shared/data/labelled/zillow_dev_labels.jsonl --run labelled-run"
    })
final class EvaluateCommand implements Callable<Integer> {
  @Option(
      converter = LocationConverter.class,
      names = "--labels",
      required = true,
      arity = "1..*",
      paramLabel = "FILE.jsonl",
      description =
          "Hand labels, one JSON object a line: review_id, concerns, feedback, process_issues,"
              + " followed_up (and why, the quotes behind them). Repeatable.")
  List<Location> labels;

  @Option(
      names = "--company-disjoint",
      description = "Score each company group with learned layers fitted on the other groups.")
  boolean companyDisjoint;

  @Option(
      names = "--all-variants",
      description =
          "With --company-disjoint, also score the learned layers that lost to the shipped one"
              + " (several minutes more).")
  boolean allVariants;

  @Option(
      converter = LocationConverter.class,
      names = "--run",
      required = true,
      paramLabel = "DIR",
      description = "A run folder, or an output folder (its latest run is scored).")
  Location run;

  @Mixin PublishOptions publish;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<GoldLabel> gold = LabelInputs.gold(labels);
    PrintWriter console = spec.commandLine().getOut();
    if (LabelInputs.isRunFolder(run)) {
      // A run named directly may be an old one: its scores go beside it, and it stays as it was.
      RunLayout scored = new RunLayout(run);
      Location beside = EvaluationFiles.besideRun(run);
      try (SessionScope session = SessionScope.open("debrief-evaluate")) {
        Location written = score(session.spark(), scored, gold, beside, console);
        console.println("wrote " + written.display());
      }
      return ExitCode.OK.code();
    }
    // An output folder: the scores are published as a new run, the latest one plus the scores,
    // so a published run is never changed and `report` finds them in the latest run.
    return Stages.publishedRun(
        run,
        "evaluate",
        true,
        publish,
        console,
        (spark, r) -> {
          RunLayout out = r.layout();
          Location written = score(spark, out, gold, out.root(), console);
          Manifest m = r.recorder().manifest();
          m.root()
              .put(companyDisjoint ? "evaluation_company_disjoint" : "evaluation", written.name());
          m.write();
        });
  }

  /** Scores {@code scored} and writes the scores into {@code into}; returns the file written. */
  private Location score(
      SparkSession spark,
      RunLayout scored,
      List<GoldLabel> gold,
      Location into,
      PrintWriter console) {
    if (companyDisjoint) {
      List<LabelledReview> reviews =
          LabelledRun.reviews(spark, scored, gold, LabelInputs.why(labels));
      var variants = CompanyDisjointEvaluation.run(reviews, TrainingSettings.DEFAULT, allVariants);
      console.print(CompanyDisjointTable.table(variants));
      Location f = into.resolve(EvaluationFiles.COMPANY_DISJOINT);
      f.replace(CompanyDisjointTable.json(variants));
      return f;
    }
    Evaluation e = Scorer.score(gold, predictions(spark, scored, gold));
    console.print(e.table());
    Location f = into.resolve(EvaluationFiles.EVALUATION);
    f.replace(e.toJson());
    return f;
  }

  /**
   * The run's labels for the labelled reviews only: a large run is filtered before anything is
   * collected.
   */
  private static List<Prediction> predictions(
      SparkSession spark, RunLayout out, List<GoldLabel> gold) {
    Dataset<Row> reviews = spark.read().parquet(out.reviews().toString());
    Columns.require(
        reviews,
        out.reviews().toString(),
        "extract",
        "review_id",
        "concerns",
        "feedback",
        "process_issues",
        "followed_up",
        "sentiment",
        "experience_rating");
    Object[] ids = gold.stream().map(GoldLabel::reviewId).toArray();
    List<Prediction> predicted = new ArrayList<>();
    for (Row r :
        reviews
            .where(col("review_id").isin(ids))
            .where(col("feedback").isNotNull())
            .collectAsList()) {
      predicted.add(
          new Prediction(
              r.getAs("review_id"),
              r.getList(r.fieldIndex("concerns")),
              r.getAs("feedback"),
              r.getList(r.fieldIndex("process_issues")),
              r.<Boolean>getAs("followed_up"),
              r.getAs("sentiment"),
              r.getAs("experience_rating")));
    }
    return predicted;
  }
}
