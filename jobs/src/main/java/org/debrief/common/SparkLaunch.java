package org.debrief.common;

import java.util.Properties;

/**
 * Who started Spark, which decides whose settings apply: Debrief's own for the local Spark it
 * embeds, the cluster's under {@code spark-submit}.
 */
public enum SparkLaunch {
  /** Debrief runs Spark inside its own JVM on a local master: {@code bin/debrief}, the tests. */
  EMBEDDED,
  /** {@code spark-submit} started the driver (client or cluster mode), or a cluster master. */
  SUBMITTED;

  /**
   * Reads the JVM's system properties: spark-submit sets {@code SPARK_SUBMIT} in client mode and
   * hands every driver {@code spark.submit.deployMode}; a non-local {@code spark.master} means a
   * cluster whatever started it.
   */
  public static SparkLaunch of(Properties system) {
    String master = system.getProperty("spark.master", "local");
    if (system.containsKey("SPARK_SUBMIT")
        || system.containsKey("spark.submit.deployMode")
        || !master.startsWith("local")) {
      return SUBMITTED;
    }
    return EMBEDDED;
  }

  public static SparkLaunch current() {
    return of(System.getProperties());
  }
}
