package org.debrief.common;

import org.debrief.common.fs.Location;

/** Where each part of a run's output lives under the output folder. */
public record RunLayout(Location root) {
  public Location reviews() {
    return root.resolve("reviews");
  }

  public Location sentences() {
    return root.resolve("sentences");
  }

  public Location quarantine() {
    return root.resolve("quarantine");
  }

  public Location summaries() {
    return root.resolve("summaries");
  }

  public Location report() {
    return root.resolve("report");
  }

  public Location notebooks() {
    return root.resolve("notebooks");
  }

  public Location manifest() {
    return root.resolve("manifest.json");
  }

  public Location evaluation() {
    return root.resolve("evaluation.json");
  }
}
