package org.debrief.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.io.TempDir;

/** Tests that need ../shared run when it is there, skip in one line, or fail when required. */
class SharedFolderConditionTest {
  @TempDir Path tmp;

  @Test
  void aSharedFolderWithDataEnablesTheTest() throws IOException {
    Files.createDirectories(tmp.resolve("shared/data"));
    assertThat(SharedFolderCondition.evaluate(tmp.resolve("shared"), true).isDisabled()).isFalse();
  }

  @Test
  void anAbsentFolderSkipsWithOneLineNamingIt() {
    ConditionEvaluationResult r = SharedFolderCondition.evaluate(tmp.resolve("shared"), false);
    assertThat(r.isDisabled()).isTrue();
    assertThat(r.getReason())
        .hasValue(
            "skipped: ../shared ("
                + tmp.resolve("shared")
                + ") is absent; tests that read the real reviews need it");
  }

  @Test
  void aFolderWithoutItsDataCountsAsAbsent() throws IOException {
    Files.createDirectories(tmp.resolve("shared"));
    assertThat(SharedFolderCondition.evaluate(tmp.resolve("shared"), false).isDisabled()).isTrue();
  }

  @Test
  void anAbsentFolderFailsWhenRequired() {
    assertThatThrownBy(() -> SharedFolderCondition.evaluate(tmp.resolve("shared"), true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(tmp.resolve("shared") + ") is absent")
        .hasMessageContaining("DEBRIEF_REQUIRE_SHARED=1");
  }
}
