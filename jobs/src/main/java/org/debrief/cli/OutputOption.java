package org.debrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.RunLayout;
import picocli.CommandLine.Option;

/** The run's output folder. */
final class OutputOption {
  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "The run's output folder: new, empty, or an earlier Debrief output.")
  Path output;

  /**
   * The output layout, after checking that writing there destroys nothing but Debrief's own output.
   */
  RunLayout prepare() {
    Path dir = output.toAbsolutePath().normalize();
    RunLayout layout = new RunLayout(dir);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new DebriefException(ExitCode.USAGE, output + " is a file; give a folder for --output");
    }
    if (Files.isDirectory(dir) && !isEmpty(dir) && !Files.exists(layout.manifest())) {
      throw new DebriefException(
          ExitCode.USAGE,
          output
              + " holds files that are not a Debrief output; give a new or empty --output folder");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new DebriefException(
          ExitCode.USAGE, "cannot create " + output + ": " + e.getMessage(), e);
    }
    return layout;
  }

  /** The layout of an existing output, for stages that continue a run. */
  RunLayout existing() {
    Path dir = output.toAbsolutePath().normalize();
    RunLayout layout = new RunLayout(dir);
    if (!Files.exists(layout.manifest())) {
      throw new DebriefException(
          ExitCode.USAGE,
          output
              + " is not a Debrief output (no manifest.json); run `debrief ingest` or `debrief run` first");
    }
    return layout;
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw new DebriefException(ExitCode.USAGE, "cannot read " + dir + ": " + e.getMessage(), e);
    }
  }
}
