package org.debrief.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.RunStore;
import org.debrief.common.fs.Location;
import org.debrief.evaluate.GoldLabel;
import org.debrief.evaluate.LabelsFile;

/** What evaluate and train read: hand-label files and the run they score or learn from. */
final class LabelInputs {
  private LabelInputs() {}

  /** Every label line of {@code files}, in order; an unreadable file is a usage error. */
  static List<GoldLabel> gold(List<Location> files) {
    List<GoldLabel> out = new ArrayList<>();
    for (Location file : files) {
      try {
        out.addAll(LabelsFile.read(file));
      } catch (IOException | RuntimeException e) {
        throw unreadable(file, e);
      }
    }
    return out;
  }

  /** Review id → the labeller's {@code why} quotes, over all {@code files}. */
  static Map<String, String> why(List<Location> files) {
    Map<String, String> out = new HashMap<>();
    for (Location file : files) {
      try {
        out.putAll(LabelsFile.why(file));
      } catch (IOException | RuntimeException e) {
        throw unreadable(file, e);
      }
    }
    return out;
  }

  /** Whether {@code run} is a run's own folder (it has a manifest), not an output folder. */
  static boolean isRunFolder(Location run) {
    return run.resolve("manifest.json").isFile();
  }

  /** The run itself, or the latest run when given an output folder. */
  static Location runFolder(Location run) {
    if (isRunFolder(run)) {
      return run;
    }
    Location latest = new RunStore(run).latest();
    if (latest == null) {
      throw new DebriefException(
          ExitCode.USAGE,
          run.display()
              + " is neither a run (no manifest.json) nor an output folder with a latest run");
    }
    return latest;
  }

  private static DebriefException unreadable(Location file, Exception e) {
    return new DebriefException(
        ExitCode.USAGE, "cannot read labels " + file.display() + ": " + e.getMessage(), e);
  }
}
