package org.debrief.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    description = "Read review exports into canonical reviews/; bad rows go to quarantine/.",
    mixinStandardHelpOptions = true,
    footer = {
      "%nExamples:",
      "  debrief ingest --input data-samples --output out",
      "  debrief ingest --input exports/*.csv extra.json --output out"
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin InputOptions input;
  @Mixin OutputOption output;
  @Mixin QualityOptions quality;
  @Mixin PublishOptions publish;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var console = spec.commandLine().getOut();
    return Stages.publishedRun(
        output.output,
        "ingest",
        false,
        publish,
        console,
        (spark, run) ->
            IngestStage.run(
                spark,
                input.toIngestOptions(),
                quality,
                run,
                run.store().defaultState(),
                false,
                console));
  }
}
