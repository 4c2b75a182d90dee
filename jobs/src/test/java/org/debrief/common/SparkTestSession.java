package org.debrief.common;

import org.apache.spark.sql.SparkSession;

/** The one local SparkSession that *SparkTest classes share, built by the jobs' own factory. */
public final class SparkTestSession {
  private SparkTestSession() {}

  public static SparkSession get() {
    System.setProperty("spark.master", System.getProperty("spark.master", "local[2]"));
    return SparkSessions.session("debrief-test");
  }
}
