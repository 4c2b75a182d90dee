package org.debrief.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.RunLayout;
import org.debrief.common.SparkTestSession;
import org.debrief.summarize.SummarizeJob;

/**
 * One summarised and reported run of {@link HostileReviews}, shared by the test classes of a JVM.
 */
final class HostileRun {
  static final java.time.Instant GENERATED = java.time.Instant.parse("2026-12-01T09:30:00Z");
  private static RunLayout run;

  private HostileRun() {}

  static synchronized RunLayout get() {
    if (run == null) {
      try {
        RunLayout out =
            new RunLayout(
                org.debrief.common.fs.Location.local(
                    Files.createTempDirectory("debrief-hostile-")));
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        out.root().deleteTree();
                      } catch (java.io.UncheckedIOException e) {
                        System.err.println("cannot delete " + out.root() + ": " + e.getMessage());
                      }
                    }));
        SparkSession spark = SparkTestSession.get();
        HostileReviews.reviews(spark).coalesce(1).write().parquet(out.reviews().toString());
        SummarizeJob.run(spark, out, "run-hostile", 1);
        ReportJob.write(
            SummaryTables.read(spark, out),
            null,
            new Redactor(RedactorTest::priya),
            out,
            HostileRun.GENERATED);
        run = out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return run;
  }
}
