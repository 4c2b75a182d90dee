package org.debrief.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "extract",
    description =
        "Find concerns, feedback, process issues and follow-ups, with evidence, in the latest run.",
    mixinStandardHelpOptions = true,
    footer = {
      "%nExample (after annotate, e.g. after a rule change):",
      "  debrief extract --output out"
    })
final class ExtractCommand implements Callable<Integer> {
  @Mixin OutputOption output;
  @Mixin PublishOptions publish;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Stages.publishedRun(
        output.output,
        "extract",
        true,
        publish,
        spec.commandLine().getOut(),
        (spark, run) -> Stages.extract(spark, run, run.store().defaultState(), false));
  }
}
