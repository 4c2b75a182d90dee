package org.debrief.cli;

import java.util.concurrent.Callable;
import org.debrief.common.InputDigests;
import org.debrief.common.fs.Location;
import org.debrief.ingest.IngestOptions;
import org.debrief.ingest.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "run",
    description = "Run every stage: ingest, annotate, extract, summarize, report; publish the run.",
    mixinStandardHelpOptions = true,
    footer = {
      "%nExamples:",
      "  debrief run --input data-samples --output out",
      "  debrief run --input /data/exports --output /data/debrief --keep 7 --max-quarantine-rate 0.05"
    })
final class RunCommand implements Callable<Integer> {
  @Mixin InputOptions input;
  @Mixin OutputOption output;
  @Mixin AnnotateOptions annotate;
  @Mixin QualityOptions quality;
  @Mixin SupportOption support;
  @Mixin PublishOptions publish;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var console = spec.commandLine().getOut();
    return Stages.publishedRun(
        output.output,
        "run",
        false,
        annotate.fullRefresh ? null : this::fingerprint,
        publish,
        console,
        (spark, run) -> {
          if (annotate.fullRefresh
              || IngestStage.hasChangedFiles(
                  input.toIngestOptions(), run, Stages.stateRoot(run, annotate))) {
            // New or changed files may hold new text: load CoreNLP while ingest runs.
            Stages.preloadAnnotator(spark);
          }
          IngestStage.run(
              spark,
              input.toIngestOptions(),
              quality,
              run,
              Stages.stateRoot(run, annotate),
              annotate.fullRefresh,
              console);
          Stages.annotate(spark, run, annotate);
          Stages.extract(spark, run, Stages.stateRoot(run, annotate), annotate.fullRefresh);
          Stages.summarize(spark, run, support.minSupport);
          Stages.report(spark, run);
        });
  }

  /** Read under the output's lock: the input digests live in the state. */
  private RunFingerprint fingerprint(RunContext run) {
    Location stateRoot = Stages.stateRoot(run, annotate);
    InputDigests digests = InputDigests.under(stateRoot, run.stateCheck(stateRoot));
    IngestOptions options = input.toIngestOptions();
    RunFingerprint fp =
        RunFingerprint.of(
            InputFiles.resolve(options.inputs()),
            options,
            quality.maxQuarantineRate,
            support.minSupport,
            stateRoot,
            digests);
    digests.save();
    return fp;
  }
}
