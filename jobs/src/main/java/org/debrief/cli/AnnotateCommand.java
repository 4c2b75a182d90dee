package org.debrief.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "annotate",
    description =
        "Run CoreNLP over the latest run's English reviews: sentences/, review sentiment.",
    mixinStandardHelpOptions = true,
    footer = {"%nExample (after ingest):", "  debrief annotate --output out"})
final class AnnotateCommand implements Callable<Integer> {
  @Mixin OutputOption output;
  @Mixin AnnotateOptions annotate;
  @Mixin PublishOptions publish;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Stages.publishedRun(
        output.output,
        "annotate",
        true,
        publish,
        spec.commandLine().getOut(),
        (spark, run) -> Stages.annotate(spark, run, annotate));
  }
}
