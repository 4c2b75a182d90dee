package org.debrief.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.RunLayout;
import org.debrief.common.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "run",
    description = "Run every stage: ingest, annotate, extract.",
    mixinStandardHelpOptions = true,
    footer = {"%nExample:", "  debrief run --input data-samples --output out"})
final class RunCommand implements Callable<Integer> {
  @Mixin InputOptions input;
  @Mixin OutputOption output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    RunLayout out = output.prepare();
    SparkSession spark = SparkSessions.session("debrief-run");
    return Stages.inRecordedRun(
        out,
        spark,
        "run",
        recorder -> {
          IngestStage.run(
              spark, input.toIngestOptions(), out, recorder, spec.commandLine().getOut());
          Stages.annotate(spark, out, recorder);
          Stages.extract(spark, out, recorder);
        });
  }
}
