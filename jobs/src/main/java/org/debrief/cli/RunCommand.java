package org.debrief.cli;

import java.util.concurrent.Callable;
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
        publish,
        console,
        (spark, run) -> {
          Stages.preloadAnnotator(spark);
          IngestStage.run(spark, input.toIngestOptions(), quality, run, console);
          Stages.annotate(spark, run, annotate);
          Stages.extract(spark, run);
          Stages.summarize(spark, run, support.minSupport);
          Stages.report(spark, run);
        });
  }
}
