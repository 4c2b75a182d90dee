package org.debrief.cli;

import java.nio.charset.Charset;
import java.util.List;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.fs.Location;
import org.debrief.ingest.IngestOptions;
import picocli.CommandLine.Option;

/** The options that say what to read. */
final class InputOptions {
  @Option(
      converter = LocationConverter.class,
      names = {"-i", "--input"},
      required = true,
      // Several paths after one --input: what a shell glob such as exports/*.csv expands to.
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Review export files or folders of them (CSV, JSON, JSON Lines, XLSX): local paths or"
              + " URIs such as hdfs://nn/exports or s3a://bucket/exports. One --input takes"
              + " several paths, as a shell glob such as exports/*.csv gives them, and it can be"
              + " repeated.")
  List<Location> inputs;

  @Option(
      names = "--layout",
      paramLabel = "NAME",
      description = "Read every input with this layout instead of detecting it from the header.")
  String layout;

  @Option(
      converter = LocationConverter.class,
      names = "--layouts",
      paramLabel = "DIR",
      description =
          "A folder of extra layout files (*.json) describing other exports; see docs/inputs.md.")
  Location layoutsDir;

  @Option(
      names = "--max-text-chars",
      paramLabel = "N",
      defaultValue = "" + IngestOptions.DEFAULT_MAX_TEXT_CHARS,
      description =
          "Reviews longer than this are quarantined as text_too_long (default: ${DEFAULT-VALUE}).")
  int maxTextChars;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description =
          "The encoding of input files whose layout names none and that have no byte order mark,"
              + " e.g. windows-1252 for a CSV saved by Excel on Windows (default: UTF-8).")
  String encoding;

  IngestOptions toIngestOptions() {
    return new IngestOptions(inputs, layout, layoutsDir, maxTextChars, checkedEncoding());
  }

  private String checkedEncoding() {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding).name();
    } catch (IllegalArgumentException e) {
      throw new DebriefException(
          ExitCode.USAGE,
          "--encoding "
              + encoding
              + ": not an encoding this Java knows; use a name such as windows-1252, ISO-8859-1,"
              + " UTF-16");
    }
  }
}
