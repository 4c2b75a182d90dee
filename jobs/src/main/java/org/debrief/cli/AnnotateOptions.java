package org.debrief.cli;

import org.debrief.common.fs.Location;
import picocli.CommandLine.Option;

/** Where annotations persist between runs, and whether to ignore them. */
final class AnnotateOptions {
  @Option(
      converter = LocationConverter.class,
      names = "--state",
      paramLabel = "DIR",
      description = "Annotation state kept between runs (default: OUTPUT/state).")
  Location state;

  @Option(
      names = "--full-refresh",
      description =
          "Parse, annotate and extract every review again, ignoring and replacing the state.")
  boolean fullRefresh;
}
