package org.debrief.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one place that builds Debrief's SparkSession, for jobs and tests alike.
 *
 * <p>Every default is set with {@code setIfMissing}, so values given to {@code spark-submit --conf}
 * (or {@code -Dspark.…} to an embedded run) always win. Under spark-submit Debrief adds only the
 * time zone its output depends on and adaptive execution (Spark's own default since 3.2); the UI,
 * the shuffle partitions and the logging stay the cluster's.
 */
public final class SparkSessions {
  private static final Pattern LOCAL_THREADS = Pattern.compile("local\\[(\\d+)(,\\d+)?]");

  private SparkSessions() {}

  public static SparkSession session(String appName) {
    SparkConf conf =
        withDefaults(
            new SparkConf(),
            appName,
            SparkLaunch.current(),
            Runtime.getRuntime().availableProcessors());
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /** Adds Debrief's defaults for {@code launch} to {@code conf} and returns it. */
  static SparkConf withDefaults(SparkConf conf, String appName, SparkLaunch launch, int cores) {
    conf.setIfMissing("spark.app.name", appName);
    // Dates are bucketed by day and month: a cluster's run must give a laptop's rows.
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.sql.adaptive.enabled", "true");
    conf.setIfMissing("spark.sql.adaptive.coalescePartitions.enabled", "true");
    if (launch == SparkLaunch.EMBEDDED) {
      conf.setIfMissing("spark.master", "local[*]");
      conf.setIfMissing("spark.ui.enabled", "false");
      // Review datasets are small to medium: Spark's 200 shuffle partitions are mostly empty
      // tasks on a few cores; AQE coalesces what is left.
      conf.setIfMissing(
          "spark.sql.shuffle.partitions",
          String.valueOf(2 * threads(conf.get("spark.master"), cores)));
      // Loopback for the embedded Spark only: on a cluster, executors on other hosts must be
      // able to reach the driver.
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
    }
    return conf;
  }

  /** The task threads of a local master: N of {@code local[N]}, the cores for the others. */
  static int threads(String master, int cores) {
    Matcher m = LOCAL_THREADS.matcher(master);
    return m.matches() ? Math.max(1, Integer.parseInt(m.group(1))) : cores;
  }
}
