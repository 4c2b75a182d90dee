package org.debrief.common;

import org.apache.spark.sql.SparkSession;

/**
 * A command's SparkSession: closing the scope stops Spark if the command started it, so the event
 * log is closed and a history server shows the application as finished. A session that was already
 * running in this JVM (a test's, a notebook's) is left to its owner.
 */
public final class SessionScope implements AutoCloseable {
  private final SparkSession spark;
  private final boolean owned;

  private SessionScope(SparkSession spark, boolean owned) {
    this.spark = spark;
    this.owned = owned;
  }

  public static SessionScope open(String appName) {
    boolean running =
        live(SparkSession.getActiveSession()) || live(SparkSession.getDefaultSession());
    return new SessionScope(SparkSessions.session(appName), !running);
  }

  public SparkSession spark() {
    return spark;
  }

  @Override
  public void close() {
    if (owned) {
      spark.stop();
    }
  }

  private static boolean live(scala.Option<SparkSession> session) {
    return session.isDefined() && !session.get().sparkContext().isStopped();
  }
}
