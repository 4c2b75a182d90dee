package org.debrief.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.debrief.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command stops the Spark it started and leaves a session it found running to its owner. */
class SessionScopeSparkTest {
  @TempDir Path tmp;

  @BeforeEach
  void noSessionRunning() {
    // Other test classes leave the shared session running; the next one starts a new one.
    for (scala.Option<SparkSession> s :
        List.of(SparkSession.getDefaultSession(), SparkSession.getActiveSession())) {
      if (s.isDefined()) {
        s.get().stop();
      }
    }
    System.setProperty("spark.master", System.getProperty("spark.master", "local[2]"));
  }

  @Test
  void aCommandStopsTheSessionItStarted() {
    int code =
        Main.execute(
            "ingest",
            "--input",
            SharedData.samples().resolve("canonical").toString(),
            "--output",
            tmp.resolve("out").toString());
    assertThat(code).isZero();
    assertThat(running()).isFalse();
  }

  @Test
  void aScopeStopsOnlyASessionItStarted() {
    SparkSession started;
    try (SessionScope scope = SessionScope.open("debrief-test")) {
      started = scope.spark();
      assertThat(started.sparkContext().isStopped()).isFalse();
    }
    assertThat(started.sparkContext().isStopped()).isTrue();

    SparkSession owners = SparkTestSession.get();
    try (SessionScope scope = SessionScope.open("debrief-test")) {
      assertThat(scope.spark()).isSameAs(owners);
    }
    assertThat(owners.sparkContext().isStopped()).isFalse();
  }

  private static boolean running() {
    return List.of(SparkSession.getDefaultSession(), SparkSession.getActiveSession()).stream()
        .anyMatch(s -> s.isDefined() && !s.get().sparkContext().isStopped());
  }
}
