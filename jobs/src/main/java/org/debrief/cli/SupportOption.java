package org.debrief.cli;

import org.debrief.summarize.Summaries;
import picocli.CommandLine.Option;

/** The minimum support under which summary groups are flagged as too small to read. */
final class SupportOption {
  @Option(
      names = "--min-support",
      paramLabel = "N",
      defaultValue = "" + Summaries.DEFAULT_MIN_SUPPORT,
      description =
          "Groups with fewer reviews than this are flagged low_support (default: ${DEFAULT-VALUE}).")
  long minSupport;
}
