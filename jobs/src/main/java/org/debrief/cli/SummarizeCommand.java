package org.debrief.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "summarize",
    description =
        "Write the Parquet summaries (label frequencies, feedback by company, concern ↔ offer, …) of the latest run.",
    mixinStandardHelpOptions = true,
    footer = {"%nExample (after extract):", "  debrief summarize --output out --min-support 20"})
final class SummarizeCommand implements Callable<Integer> {
  @Mixin OutputOption output;
  @Mixin SupportOption support;
  @Mixin PublishOptions publish;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Stages.publishedRun(
        output.output,
        "summarize",
        true,
        publish,
        spec.commandLine().getOut(),
        (spark, run) -> Stages.summarize(spark, run, support.minSupport));
  }
}
