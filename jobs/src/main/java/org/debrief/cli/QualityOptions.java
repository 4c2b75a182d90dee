package org.debrief.cli;

import picocli.CommandLine.Option;

/** Data-quality thresholds that fail a run (exit code 3) instead of publishing it. */
final class QualityOptions {
  @Option(
      names = "--max-quarantine-rate",
      paramLabel = "RATE",
      defaultValue = "1.0",
      description =
          "Fail with exit code 3, publishing nothing, when quarantined / read rows exceed RATE"
              + " (0 … 1, default: ${DEFAULT-VALUE}).")
  double maxQuarantineRate;
}
