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
    name = "ingest",
    description = "Read review exports into canonical reviews/; bad rows go to quarantine/.",
    mixinStandardHelpOptions = true,
    footer = {"%nExample:", "  debrief ingest --input ../shared/data --output out"})
final class IngestCommand implements Callable<Integer> {
  @Mixin InputOptions input;
  @Mixin OutputOption output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    RunLayout out = output.prepare();
    SparkSession spark = SparkSessions.session("debrief-ingest");
    return Stages.inRecordedRun(
        out,
        spark,
        "ingest",
        recorder -> {
          IngestStage.run(
              spark, input.toIngestOptions(), out, recorder, spec.commandLine().getOut());
        });
  }
}
