package org.debrief.common;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables {@link NeedsShared} tests when ../shared holds its {@code data/} folder. A clone on its
 * own skips them; CI, which has the folder, sets {@link SharedData#required()} so that a missing
 * folder cannot pass as a run of skips.
 */
public final class SharedFolderCondition implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    ConditionEvaluationResult result = evaluate(SharedData.root(), SharedData.required());
    if (result.isDisabled()) {
      String test = context.getRequiredTestClass().getSimpleName();
      String method = context.getTestMethod().map(m -> "." + m.getName()).orElse("");
      System.err.println(test + method + " " + result.getReason().orElseThrow());
    }
    return result;
  }

  /** Enabled when {@code root/data} exists; else disabled, or thrown when {@code required}. */
  static ConditionEvaluationResult evaluate(Path root, boolean required) {
    if (Files.isDirectory(root.resolve("data"))) {
      return ConditionEvaluationResult.enabled(root + " is present");
    }
    String absent = "../shared (" + root + ") is absent; tests that read the real reviews need it";
    if (required) {
      throw new IllegalStateException(
          absent
              + ", and DEBRIEF_REQUIRE_SHARED=1 (or -Ddebrief.requireShared=true) makes its absence"
              + " a failure: put the shared folder beside the repository, or point"
              + " -Ddebrief.shared at it");
    }
    return ConditionEvaluationResult.disabled("skipped: " + absent);
  }
}
