package org.debrief.common;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one place that builds Debrief's SparkSession, for jobs and tests alike.
 *
 * <p>Every default is set with {@code setIfMissing}, so values given to {@code spark-submit --conf}
 * always win.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession session(String appName) {
    SparkConf conf = new SparkConf();
    conf.setIfMissing("spark.master", "local[*]");
    conf.setIfMissing("spark.app.name", appName);
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    // Review datasets are small to medium: the default of 200 shuffle partitions wastes time.
    conf.setIfMissing("spark.sql.shuffle.partitions", "8");
    conf.setIfMissing("spark.sql.adaptive.enabled", "true");
    if (conf.get("spark.master").startsWith("local")) {
      // Loopback for the embedded Spark only: on a cluster, executors on other hosts must be
      // able to reach the driver.
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
    }
    SparkSession session = SparkSession.builder().config(conf).getOrCreate();
    session.sparkContext().setLogLevel(conf.get("debrief.log.level", "WARN"));
    return session;
  }
}
