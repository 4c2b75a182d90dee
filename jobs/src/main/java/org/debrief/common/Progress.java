package org.debrief.common;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Console progress for a long stage: done / total, rate and time left, every 15 seconds. Tasks
 * count into a Spark accumulator; the driver reads it as tasks finish.
 */
public final class Progress implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("org.debrief.progress");

  private final String stage;
  private final long total;
  private final String unit;
  private final LongAccumulator counter;
  private final ScheduledExecutorService timer;
  private final long started = System.nanoTime();

  private Progress(SparkSession spark, String stage, long total, String unit) {
    this.stage = stage;
    this.total = total;
    this.unit = unit;
    this.counter = spark.sparkContext().longAccumulator(stage + " " + unit);
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "debrief-progress");
              t.setDaemon(true);
              return t;
            });
  }

  public static Progress start(SparkSession spark, String stage, long total, String unit) {
    Progress p = new Progress(spark, stage, total, unit);
    LOG.info("{}: {} {} to do", stage, total, unit);
    if (total > 0) {
      p.timer.scheduleAtFixedRate(p::report, 15, 15, TimeUnit.SECONDS);
    }
    return p;
  }

  public LongAccumulator counter() {
    return counter;
  }

  /** "annotate: 120/1800 texts (6.7%), 14.2/s, about 1m 58s left" */
  static String line(String stage, String unit, long done, long total, double seconds) {
    double rate = seconds > 0 ? done / seconds : 0;
    String left =
        rate > 0
            ? ", about " + human(Duration.ofSeconds(Math.round((total - done) / rate))) + " left"
            : "";
    return String.format(
        java.util.Locale.ROOT,
        "%s: %d/%d %s (%.1f%%), %.1f/s%s",
        stage,
        done,
        total,
        unit,
        total == 0 ? 100.0 : 100.0 * done / total,
        rate,
        left);
  }

  private static String human(Duration d) {
    return d.toMinutes() > 0 ? d.toMinutes() + "m " + d.toSecondsPart() + "s" : d.toSeconds() + "s";
  }

  private void report() {
    LOG.info(line(stage, unit, counter.value(), total, (System.nanoTime() - started) / 1e9));
  }

  @Override
  public void close() {
    timer.shutdownNow();
    LOG.info(line(stage, unit, counter.value(), total, (System.nanoTime() - started) / 1e9));
  }
}
