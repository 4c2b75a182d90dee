package org.debrief.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.apache.spark.sql.SparkSession;
import org.debrief.annotate.AnnotateJob;
import org.debrief.annotate.AnnotationState;
import org.debrief.annotate.ReviewAnnotator;
import org.debrief.common.SessionScope;
import org.debrief.extract.ExtractJob;
import org.debrief.extract.RulePrecision;
import org.debrief.extract.SentimentArtefact;
import org.debrief.report.ReportJob;
import org.debrief.summarize.SummarizeJob;

/** Runs stages inside a {@link RunContext}, so every command leaves the same kind of run behind. */
final class Stages {
  private Stages() {}

  /**
   * Runs {@code body} in a new run under {@code output} and publishes it; on failure publishes
   * nothing, keeps the failed manifest and rethrows. Spark stops before the lock is released.
   */
  static int publishedRun(
      Path output,
      String command,
      boolean continuesLatest,
      PublishOptions publish,
      PrintWriter console,
      BiConsumer<SparkSession, RunContext> body) {
    // The lock comes first: a second run stops at once, before starting Spark.
    try (RunContext run = RunContext.begin(output, command, continuesLatest);
        SessionScope session = SessionScope.open("debrief-" + command)) {
      SparkSession spark = session.spark();
      try {
        body.accept(spark, run);
        Path published = run.publish(spark, publish.keep);
        console.println("published " + published + " (latest)");
        return 0;
      } catch (RuntimeException e) {
        run.fail(e);
        throw e;
      }
    }
  }

  /** In a local JVM, loads CoreNLP's models while the stages before annotate run. */
  static void preloadAnnotator(SparkSession spark) {
    if (spark.sparkContext().isLocal()) {
      ReviewAnnotator.preloadInBackground();
    }
  }

  static void annotate(SparkSession spark, RunContext run, AnnotateOptions options) {
    preloadAnnotator(spark);
    Path stateRoot = options.state != null ? options.state : run.store().defaultState();
    AnnotationState state = AnnotationState.under(stateRoot.toAbsolutePath());
    AnnotateJob.Counts c =
        run.recorder()
            .stage(
                "annotate", () -> AnnotateJob.run(spark, run.layout(), state, options.fullRefresh));
    ObjectNode section = run.recorder().manifest().section("annotate");
    section.put("reviews", c.reviews());
    section.put("texts_annotated", c.annotated());
    section.put("texts_reused", c.reused());
    section.put("sentences", c.sentences());
    section.put("state", state.folder().toString());
    section.put("fingerprint", state.fingerprint());
    section.put("full_refresh", options.fullRefresh);
    run.recorder().manifest().write();
  }

  static void extract(SparkSession spark, RunContext run) {
    run.recorder()
        .stage(
            "extract",
            () -> {
              ExtractJob.run(spark, run.layout());
              return null;
            });
    ObjectNode section = run.recorder().manifest().section("extract");
    RulePrecision precision = RulePrecision.standard();
    section.put("evidence_probabilities", precision.source());
    section.put("evidence_probabilities_fingerprint", precision.fingerprint());
    section.put("quote_threshold", precision.quoteThreshold());
    SentimentArtefact sentiment = SentimentArtefact.standard();
    section.put("review_sentiment", sentiment.source());
    section.put("review_sentiment_fingerprint", sentiment.fingerprint());
    run.recorder().manifest().write();
  }

  static void summarize(SparkSession spark, RunContext run, long minSupport) {
    RunRecorder recorder = run.recorder();
    String runId = recorder.manifest().root().path("run_id").asText();
    SummarizeJob.Result r =
        recorder.stage("summarize", () -> SummarizeJob.run(spark, run.layout(), runId, minSupport));
    ObjectNode section = recorder.manifest().section("summarize");
    section.put("input_sha256", r.inputSha256());
    section.put("analysed_reviews", r.analysedReviews());
    section.put("min_support", minSupport);
    ObjectNode rows = section.putObject("rows");
    r.rows().forEach(rows::put);
    recorder.manifest().write();
  }

  static void report(SparkSession spark, RunContext run) {
    RunRecorder recorder = run.recorder();
    ReportJob.Result r = recorder.stage("report", () -> ReportJob.run(spark, run.layout()));
    ObjectNode section = recorder.manifest().section("report");
    section.put("index", run.layout().root().relativize(r.index()).toString());
    section.put("notebook", run.layout().root().relativize(r.notebook()).toString());
    section.put("quotes_redacted", r.redactions());
    recorder.manifest().write();
  }
}
