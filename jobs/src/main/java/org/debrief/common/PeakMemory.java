package org.debrief.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** This process's peak resident memory (Linux VmHWM), for manifests and the benchmark. */
public final class PeakMemory {
  private PeakMemory() {}

  public static OptionalLong megabytes() {
    Path status = Path.of("/proc/self/status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return OptionalLong.of(Long.parseLong(line.replaceAll("\\D+", "")) / 1024);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty(); // not Linux, or no procfs: the manifest simply lacks the figure
    }
    return OptionalLong.empty();
  }
}
