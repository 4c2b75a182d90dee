package org.debrief.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.RunLayout;
import org.debrief.common.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "extract",
    description = "Find concerns, feedback, process issues and follow-ups, with evidence.",
    mixinStandardHelpOptions = true,
    footer = {"%nExample (after annotate):", "  debrief extract --output out"})
final class ExtractCommand implements Callable<Integer> {
  @Mixin OutputOption output;

  @Override
  public Integer call() {
    RunLayout out = output.existing();
    SparkSession spark = SparkSessions.session("debrief-extract");
    return Stages.inRecordedRun(
        out, spark, "extract", recorder -> Stages.extract(spark, out, recorder));
  }
}
