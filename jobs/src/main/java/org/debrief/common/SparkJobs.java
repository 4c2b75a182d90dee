package org.debrief.common;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/**
 * Counts the Spark jobs each stage starts, by the job group the stage runs under: the manifest's
 * {@code spark_jobs}, the fixed cost a small nightly run pays for every job.
 */
public final class SparkJobs extends SparkListener {
  private static final String GROUP = "spark.jobGroup.id";
  private static final String NONE = "other";

  private final SparkSession spark;
  private final Map<String, AtomicInteger> byGroup = new ConcurrentHashMap<>();

  private SparkJobs(SparkSession spark) {
    this.spark = spark;
  }

  public static SparkJobs watch(SparkSession spark) {
    SparkJobs jobs = new SparkJobs(spark);
    spark.sparkContext().addSparkListener(jobs);
    return jobs;
  }

  /** Jobs started from this thread until {@link #endGroup()} count towards {@code name}. */
  public void beginGroup(String name) {
    spark.sparkContext().setJobGroup(name, name, false);
  }

  public void endGroup() {
    spark.sparkContext().clearJobGroup();
  }

  @Override
  public void onJobStart(SparkListenerJobStart event) {
    String group = event.properties() == null ? null : event.properties().getProperty(GROUP);
    byGroup
        .computeIfAbsent(group == null ? NONE : group, g -> new AtomicInteger())
        .incrementAndGet();
  }

  /**
   * Jobs per group so far. Listeners hear of jobs asynchronously: the bus is drained first, so no
   * job already started is missed.
   */
  public Map<String, Integer> counts() {
    try {
      spark.sparkContext().listenerBus().waitUntilEmpty(10_000);
    } catch (java.util.concurrent.TimeoutException e) {
      // Counts may then miss the last jobs; they are a measure, not a result.
    }
    Map<String, Integer> out = new TreeMap<>();
    byGroup.forEach((g, n) -> out.put(g, n.get()));
    return out;
  }

  /** Stops listening: a later session in the same JVM must not be counted here. */
  public void stop() {
    spark.sparkContext().removeSparkListener(this);
  }
}
