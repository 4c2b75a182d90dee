package org.debrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.RunStore;
import org.debrief.evaluate.GoldLabel;
import org.debrief.evaluate.LabelsFile;

/** What evaluate and train read: hand-label files and the run they score or learn from. */
final class LabelInputs {
  private LabelInputs() {}

  /** Every label line of {@code files}, in order; an unreadable file is a usage error. */
  static List<GoldLabel> gold(List<Path> files) {
    List<GoldLabel> out = new ArrayList<>();
    for (Path file : files) {
      try {
        out.addAll(LabelsFile.read(file));
      } catch (IOException e) {
        throw unreadable(file, e);
      }
    }
    return out;
  }

  /** Review id → the labeller's {@code why} quotes, over all {@code files}. */
  static Map<String, String> why(List<Path> files) {
    Map<String, String> out = new HashMap<>();
    for (Path file : files) {
      try {
        out.putAll(LabelsFile.why(file));
      } catch (IOException e) {
        throw unreadable(file, e);
      }
    }
    return out;
  }

  /** The run itself, or the latest run when given an output folder. */
  static Path runFolder(Path run) {
    Path dir = run.toAbsolutePath().normalize();
    if (Files.exists(dir.resolve("manifest.json"))) {
      return dir;
    }
    Path latest = new RunStore(dir).latest();
    if (latest == null) {
      throw new DebriefException(
          ExitCode.USAGE,
          run + " is neither a run (no manifest.json) nor an output folder with a latest run");
    }
    return latest;
  }

  private static DebriefException unreadable(Path file, IOException e) {
    return new DebriefException(
        ExitCode.USAGE, "cannot read labels " + file + ": " + e.getMessage(), e);
  }
}
