package org.debrief.cli;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.Columns;
import org.debrief.common.DatasetFiles;
import org.debrief.common.ExitCode;
import org.debrief.common.Manifest;
import org.debrief.common.RunLayout;
import org.debrief.common.SessionScope;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "evaluate",
    description = {
      "Score a run's labels against hand labels; writes evaluation.json into the run.",
      "With --company-disjoint, scores company by company instead: each company group's reviews"
          + " (Zillow; TCS, Accenture and Deloitte; Apple and Microsoft; any other company) are"
          + " labelled by learned layers fitted on the other groups only, and the rules, the rules"
          + " with a learned judge, the rules with learned sentence models and the rules with"
          + " calibrated concerns are compared per group and pooled; writes"
          + " evaluation-company-disjoint.json."
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
      names = "--labels",
      required = true,
      arity = "1..*",
      paramLabel = "FILE.jsonl",
      description =
          "Hand labels, one JSON object a line: review_id, concerns, feedback, process_issues,"
              + " followed_up (and why, the quotes behind them). Repeatable.")
  List<Path> labels;

  @Option(
      names = "--company-disjoint",
      description = "Score each company group with learned layers fitted on the other groups.")
  boolean companyDisjoint;

  @Option(
      names = "--run",
      required = true,
      paramLabel = "DIR",
      description = "A run folder, or an output folder (its latest run is scored).")
  Path run;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    RunLayout out = new RunLayout(LabelInputs.runFolder(run));
    List<GoldLabel> gold = LabelInputs.gold(labels);
    try (SessionScope session = SessionScope.open("debrief-evaluate")) {
      SparkSession spark = session.spark();
      if (companyDisjoint) {
        List<LabelledReview> reviews =
            LabelledRun.reviews(spark, out, gold, LabelInputs.why(labels));
        var variants = CompanyDisjointEvaluation.run(reviews, TrainingSettings.DEFAULT);
        spec.commandLine().getOut().print(CompanyDisjointTable.table(variants));
        DatasetFiles.replaceText(
            out.root().resolve("evaluation-company-disjoint.json"),
            CompanyDisjointTable.json(variants));
        return ExitCode.OK.code();
      }
      Evaluation e = Scorer.score(gold, predictions(spark, out, gold));
      spec.commandLine().getOut().print(e.table());
      DatasetFiles.replaceText(out.evaluation(), e.toJson());
      Manifest m = Manifest.open(out);
      m.root().put("evaluation", out.evaluation().getFileName().toString());
      m.write();
      return ExitCode.OK.code();
    }
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
