package org.debrief.cli;

import org.debrief.common.fs.Location;
import picocli.CommandLine.Option;

/** The output folder: published runs under runs/, latest, the annotation state. */
final class OutputOption {
  @Option(
      converter = LocationConverter.class,
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description =
          "The output folder: new, empty, or an earlier Debrief output; a local path or a URI"
              + " (hdfs://, s3a://, file:).")
  Location output;
}
