package org.debrief.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.RunLayout;
import org.debrief.common.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "annotate",
    description = "Run CoreNLP over English reviews: sentences/, review sentiment.",
    mixinStandardHelpOptions = true,
    footer = {"%nExample (after ingest):", "  debrief annotate --output out"})
final class AnnotateCommand implements Callable<Integer> {
  @Mixin OutputOption output;

  @Override
  public Integer call() {
    RunLayout out = output.existing();
    SparkSession spark = SparkSessions.session("debrief-annotate");
    return Stages.inRecordedRun(
        out, spark, "annotate", recorder -> Stages.annotate(spark, out, recorder));
  }
}
