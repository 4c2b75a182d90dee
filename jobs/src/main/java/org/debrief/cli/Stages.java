package org.debrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import org.debrief.annotate.AnnotateJob;
import org.debrief.annotate.AnnotationState;
import org.debrief.annotate.ReviewAnnotator;
import org.debrief.common.SessionScope;
import org.debrief.common.SparkJobs;
import org.debrief.common.TextBatches;
import org.debrief.common.fs.Location;
import org.debrief.extract.ExtractJob;
import org.debrief.extract.ExtractionState;
import org.debrief.extract.LearnedLabelsArtefact;
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
      Location output,
      String command,
      boolean continuesLatest,
      PublishOptions publish,
      PrintWriter console,
      BiConsumer<SparkSession, RunContext> body) {
    return publishedRun(output, command, continuesLatest, null, publish, console, body);
  }

  /**
   * As above; when {@code fingerprint} is given and the latest run was made with the same one, its
   * rows are published again as a new run, without starting Spark or running {@code body}.
   */
  static int publishedRun(
      Location output,
      String command,
      boolean continuesLatest,
      Function<RunContext, RunFingerprint> fingerprint,
      PublishOptions publish,
      PrintWriter console,
      BiConsumer<SparkSession, RunContext> body) {
    // The lock comes first: a second run stops at once, before starting Spark.
    try (RunContext run = RunContext.begin(output, command, continuesLatest)) {
      RunFingerprint fp = fingerprint == null ? null : fingerprint.apply(run);
      JsonNode latest = fp == null ? null : run.latestManifest();
      if (latest != null && fp.matches(latest)) {
        Location published = run.republishLatest(fp, publish.keep);
        console.println(
            "nothing changed since " + latest.path("run_id").asText() + "; its rows are reused");
        console.println("published " + published.display() + " (latest)");
        return 0;
      }
      // Spark stops (the scope closes) before the lock is released.
      try (SessionScope session = SessionScope.open("debrief-" + command)) {
        SparkSession spark = session.spark();
        SparkJobs jobs = SparkJobs.watch(spark);
        run.recorder().countJobs(jobs);
        try {
          body.accept(spark, run);
          if (fp != null) {
            fp.record(run.recorder().manifest().root());
          }
          Location published = run.publish(spark, publish.keep);
          console.println("published " + published.display() + " (latest)");
          return 0;
        } catch (Exception e) {
          // Spark's exceptions are checked ones thrown unchecked: catch them too, or a failed run
          // would leave no manifest under failed/.
          run.fail(e);
          throw e;
        } finally {
          jobs.stop();
        }
      }
    }
  }

  /**
   * In a local JVM, loads CoreNLP's models while the stages before annotate run. Only call it when
   * there may be text to annotate: loading costs seconds of CPU that ingest could use.
   */
  static void preloadAnnotator(SparkSession spark) {
    if (spark.sparkContext().isLocal()) {
      ReviewAnnotator.preloadInBackground();
    }
  }

  static void annotate(SparkSession spark, RunContext run, AnnotateOptions options) {
    Location stateRoot = stateRoot(run, options);
    AnnotationState state = AnnotationState.under(stateRoot);
    state.check(run.stateCheck(stateRoot));
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

  /**
   * Extract, with its per-text results kept under {@code stateRoot} (cleared first on a full
   * refresh).
   */
  static void extract(SparkSession spark, RunContext run, Location stateRoot, boolean fullRefresh) {
    String annotation = AnnotationState.under(stateRoot).fingerprint();
    TextBatches state = ExtractionState.under(stateRoot, annotation);
    if (fullRefresh) {
      state.clear();
    }
    state.check(run.stateCheck(stateRoot));
    ExtractJob.Counts c =
        run.recorder().stage("extract", () -> ExtractJob.run(spark, run.layout(), state));
    ObjectNode section = run.recorder().manifest().section("extract");
    section.put("texts_extracted", c.extracted());
    section.put("texts_reused", c.reused());
    section.put("state", state.folder().toString());
    RulePrecision precision = RulePrecision.standard();
    section.put("evidence_probabilities", precision.source());
    section.put("evidence_probabilities_fingerprint", precision.fingerprint());
    LearnedLabelsArtefact labels = LearnedLabelsArtefact.standard();
    section.put("learned_labels", labels.labels().source());
    section.put("learned_labels_fingerprint", labels.fingerprint());
    section.put("quote_threshold", labels.quoteThreshold());
    SentimentArtefact sentiment = SentimentArtefact.standard();
    section.put("review_sentiment", sentiment.source());
    section.put("review_sentiment_fingerprint", sentiment.fingerprint());
    run.recorder().manifest().write();
  }

  /** Where annotations and extractions persist: {@code --state}, or the output's own. */
  static Location stateRoot(RunContext run, AnnotateOptions options) {
    return options.state != null ? options.state : run.store().defaultState();
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
    section.put("index", run.layout().root().relativize(r.index()));
    section.put("notebook", run.layout().root().relativize(r.notebook()));
    section.put("quotes_redacted", r.redactions());
    section.put("company_pages", r.companies().size());
    recorder.manifest().write();
  }
}
