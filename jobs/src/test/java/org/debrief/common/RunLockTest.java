package org.debrief.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.debrief.common.fs.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local (OS) run lock fails closed: a run whose lock file went away stops before publishing.
 */
class RunLockTest {
  @TempDir Path tmp;

  @Test
  void aHeldLockPassesItsCheck() {
    try (RunLock lock = RunLock.acquire(Location.local(tmp))) {
      lock.ensureHeld();
    }
  }

  @Test
  void aDeletedLockFileStopsTheRunAndASecondWriterMakesTheFirstStop() throws Exception {
    Location out = Location.local(tmp);
    try (RunLock first = RunLock.acquire(out)) {
      Files.delete(tmp.resolve(".lock"));
      assertThatThrownBy(first::ensureHeld)
          .isInstanceOfSatisfying(
              DebriefException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.LOCKED))
          .hasMessageContaining("was deleted")
          .hasMessageContaining("stops without publishing");
      // With the file gone, a second run gets a lock of its own: the first must not publish.
      try (RunLock second = RunLock.acquire(out)) {
        second.ensureHeld();
        assertThatThrownBy(first::ensureHeld)
            .isInstanceOf(DebriefException.class)
            .hasMessageContaining("now names another run");
      }
    }
  }
}
