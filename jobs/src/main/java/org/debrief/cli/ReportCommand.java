package org.debrief.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "report",
    description =
        "Write the advisors' report (report/index.html, a page per company, glossary.html, CSV tables and an xlsx workbook) and the notebook of the latest run.",
    mixinStandardHelpOptions = true,
    footer = {
      "%nExample (after summarize; run evaluate first to include quality figures):",
      "  debrief report --output out"
    })
final class ReportCommand implements Callable<Integer> {
  @Mixin OutputOption output;
  @Mixin PublishOptions publish;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Stages.publishedRun(
        output.output,
        "report",
        true,
        publish,
        spec.commandLine().getOut(),
        (spark, run) -> Stages.report(spark, run));
  }
}
