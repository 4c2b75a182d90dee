package org.debrief.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.fs.Location;

/**
 * The files a run reads: named files as they are, folders walked for the formats ingest knows.
 * Files of other kinds inside folders (a README) are listed as skipped, not read. Files are named
 * as the user would name them ({@link #nameOf}); {@link #location} finds each again.
 *
 * @param explicit the files named on the command line, for which an unknown layout is an error
 */
public record InputFiles(List<String> files, List<String> explicit, List<String> skipped) {

  public static InputFiles resolve(List<Location> inputs) {
    TreeSet<String> files = new TreeSet<>();
    List<String> explicit = new ArrayList<>();
    TreeSet<String> skipped = new TreeSet<>();
    for (Location p : inputs) {
      if (p.isDirectory()) {
        for (Location f : p.files()) {
          if (f.name().startsWith(".")) {
            continue;
          }
          (InputFormat.of(f.name()).isPresent() ? files : skipped).add(nameOf(f));
        }
      } else if (p.isFile()) {
        if (InputFormat.of(p.name()).isEmpty()) {
          throw new DebriefException(
              ExitCode.USAGE,
              p.display()
                  + ": not a format Debrief reads; give files ending in "
                  + InputFormat.extensions());
        }
        files.add(nameOf(p));
        explicit.add(nameOf(p));
      } else {
        throw new DebriefException(
            ExitCode.USAGE, p.display() + ": no such file or folder; check the --input path");
      }
    }
    if (files.isEmpty()) {
      throw new DebriefException(
          ExitCode.USAGE,
          "no input files under "
              + inputs.stream().map(Location::display).toList()
              + " (looked for "
              + InputFormat.extensions()
              + ")");
    }
    return new InputFiles(List.copyOf(files), explicit, List.copyOf(skipped));
  }

  /**
   * A local file by its path relative to the working folder when it is under it (as a user types
   * it), else absolute; a file elsewhere by its URI. Rows and counts name files this way.
   */
  public static String nameOf(Location f) {
    if (!f.isLocal()) {
      return f.toString();
    }
    Path cwd = Path.of("").toAbsolutePath();
    return f.path().startsWith(cwd) ? cwd.relativize(f.path()).toString() : f.path().toString();
  }

  /** The file a name from {@link #nameOf} stands for, resolved on the driver. */
  public static Location location(String name) {
    return Location.of(name);
  }
}
