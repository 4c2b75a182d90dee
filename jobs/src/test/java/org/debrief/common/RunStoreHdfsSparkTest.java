package org.debrief.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.debrief.common.fs.Location;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pointer and the heartbeat lock on a real HDFS, where there are no symlinks or OS locks. */
class RunStoreHdfsSparkTest {
  @TempDir static Path tmp;
  static MiniHdfs hdfs;

  @BeforeAll
  static void start() throws IOException {
    hdfs = MiniHdfs.start(tmp);
  }

  @AfterAll
  static void stop() throws IOException {
    hdfs.close();
  }

  private static Location root(String name) {
    return Location.of(hdfs.uri() + "/" + name);
  }

  @Test
  void aRunIsPublishedThroughThePointerAlone() throws IOException {
    RunStore store = new RunStore(root("pointer"));
    Location run = store.begin("r1");
    run.resolve("manifest.json").replace("{\"status\":\"succeeded\"}");
    store.publish(run);
    assertThat(store.latest()).isEqualTo(run);
    assertThat(root("pointer").resolve("latest").exists()).isFalse();
    assertThat(
            Json.MAPPER
                .readTree(root("pointer").resolve("_LATEST").readBytes())
                .get("uri")
                .asText())
        .isEqualTo(run.toString());
  }

  @Test
  void aSecondWriterIsRefusedAndNamesTheFirst() {
    Location out = root("locked");
    try (RunLock first = RunLock.acquire(out)) {
      assertThatThrownBy(() -> RunLock.acquire(out))
          .isInstanceOfSatisfying(
              DebriefException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.LOCKED))
          .hasMessageContaining("pid " + ProcessHandle.current().pid());
    }
    // Released: the lock file is gone and the next writer gets it at once.
    assertThat(out.resolve(".lock").exists()).isFalse();
    RunLock.acquire(out).close();
  }

  @Test
  void aLockWhoseHeartbeatStoppedIsTakenOverAndALiveOneIsNot() throws Exception {
    Location out = root("stale").mkdirs();
    // A lock a killed run left: nobody refreshes it.
    out.resolve(".lock").replace("pid 1 on gone since yesterday");
    Thread.sleep(2_500);
    assertThatThrownBy(() -> HeartbeatLock.lock(out, Duration.ofMinutes(10)))
        .hasMessageContaining("pid 1 on gone");
    try (RunLock taken = HeartbeatLock.lock(out, Duration.ofSeconds(2))) {
      assertThat(out.resolve(".lock").readString())
          .contains("pid " + ProcessHandle.current().pid());
      // The heartbeat (every 0.5 s for a 2 s limit) keeps a held lock fresh.
      Thread.sleep(3_000);
      assertThatThrownBy(() -> HeartbeatLock.lock(out, Duration.ofSeconds(2)))
          .isInstanceOf(DebriefException.class);
    }
  }

  @Test
  void aHeartbeatThatCannotBeRenewedStopsTheRunBeforeItPublishes() throws Exception {
    Location out = root("unrenewable").mkdirs();
    try (RunLock lock = HeartbeatLock.lock(out, Duration.ofSeconds(2))) {
      Thread.sleep(1_500);
      lock.ensureHeld();
      // A name node in safe mode refuses the heartbeat's writes; the lock file is still ours.
      hdfs.safeMode(true);
      try {
        Thread.sleep(2_000);
        assertThatThrownBy(lock::ensureHeld)
            .isInstanceOfSatisfying(
                DebriefException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.LOCKED))
            .hasMessageContaining("heartbeat could not be renewed")
            .hasMessageContaining("more than half of DEBRIEF_LOCK_STALE_SECONDS (2 s)")
            .hasMessageContaining("stops without publishing");
      } finally {
        hdfs.safeMode(false);
      }
    }
  }
}
