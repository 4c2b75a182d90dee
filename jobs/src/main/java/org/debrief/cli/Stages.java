package org.debrief.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;
import org.debrief.annotate.AnnotateJob;
import org.debrief.common.RunLayout;
import org.debrief.extract.ExtractJob;

/** Runs stages inside a recorded run, so every command leaves the same manifest behind. */
final class Stages {
  private Stages() {}

  static int inRecordedRun(
      RunLayout out, SparkSession spark, String command, Consumer<RunRecorder> body) {
    RunRecorder recorder = RunRecorder.start(out, spark, command);
    try {
      body.accept(recorder);
      recorder.finish("succeeded");
      return 0;
    } catch (RuntimeException e) {
      recorder.finish("failed");
      throw e;
    }
  }

  static void annotate(SparkSession spark, RunLayout out, RunRecorder recorder) {
    long sentences = recorder.stage("annotate", () -> AnnotateJob.run(spark, out));
    ObjectNode section = recorder.manifest().section("annotate");
    section.put("sentences", sentences);
    recorder.manifest().write();
  }

  static void extract(SparkSession spark, RunLayout out, RunRecorder recorder) {
    recorder.stage(
        "extract",
        () -> {
          ExtractJob.run(spark, out);
          return null;
        });
  }
}
