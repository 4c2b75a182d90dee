package org.debrief.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;

/**
 * The files a run reads: named files as they are, folders walked for the formats ingest knows.
 * Files of other kinds inside folders (a README) are listed as skipped, not read.
 *
 * @param explicit the files named on the command line, for which an unknown layout is an error
 */
public record InputFiles(List<String> files, List<String> explicit, List<String> skipped) {

  public static InputFiles resolve(List<Path> inputs) {
    TreeSet<String> files = new TreeSet<>();
    List<String> explicit = new ArrayList<>();
    TreeSet<String> skipped = new TreeSet<>();
    for (Path input : inputs) {
      Path p = input.normalize();
      if (Files.isDirectory(p)) {
        walk(p, files, skipped);
      } else if (Files.isRegularFile(p)) {
        if (InputFormat.of(p).isEmpty()) {
          throw new DebriefException(
              ExitCode.USAGE,
              p + ": not a format Debrief reads; give files ending in " + InputFormat.extensions());
        }
        files.add(p.toString());
        explicit.add(p.toString());
      } else {
        throw new DebriefException(
            ExitCode.USAGE, p + ": no such file or folder; check the --input path");
      }
    }
    if (files.isEmpty()) {
      throw new DebriefException(
          ExitCode.USAGE,
          "no input files under " + inputs + " (looked for " + InputFormat.extensions() + ")");
    }
    return new InputFiles(List.copyOf(files), explicit, List.copyOf(skipped));
  }

  private static void walk(Path dir, TreeSet<String> files, TreeSet<String> skipped) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .forEach(f -> (InputFormat.of(f).isPresent() ? files : skipped).add(f.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
