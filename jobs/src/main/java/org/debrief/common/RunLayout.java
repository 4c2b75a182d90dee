package org.debrief.common;

import java.nio.file.Path;

/** Where each part of a run's output lives under the output folder. */
public record RunLayout(Path root) {
  public Path reviews() {
    return root.resolve("reviews");
  }

  public Path sentences() {
    return root.resolve("sentences");
  }

  public Path quarantine() {
    return root.resolve("quarantine");
  }

  public Path summaries() {
    return root.resolve("summaries");
  }

  public Path report() {
    return root.resolve("report");
  }

  public Path notebooks() {
    return root.resolve("notebooks");
  }

  public Path manifest() {
    return root.resolve("manifest.json");
  }

  public Path evaluation() {
    return root.resolve("evaluation.json");
  }
}
