package org.debrief.cli;

import picocli.CommandLine.Option;

/** How a run is published under the output folder. */
final class PublishOptions {
  @Option(
      names = "--keep",
      paramLabel = "N",
      defaultValue = "5",
      description = "Keep the newest N published runs under runs/ (default: ${DEFAULT-VALUE}).")
  int keep;
}
