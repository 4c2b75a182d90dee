package org.debrief.common.fs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder the driver writes small files into with plain java.nio (templates, spreadsheets) and
 * then places at {@code target}: the target itself on a local disk, else a local temporary folder
 * uploaded when complete.
 */
public final class DriverFolder implements AutoCloseable {
  private final Location target;
  private final Path local;

  private DriverFolder(Location target, Path local) {
    this.target = target;
    this.local = local;
  }

  public static DriverFolder forTarget(Location target) {
    try {
      if (target.isLocal()) {
        return new DriverFolder(target, Files.createDirectories(target.path()));
      }
      return new DriverFolder(target, Files.createTempDirectory("debrief-" + target.name()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder for " + target.display(), e);
    }
  }

  public Path path() {
    return local;
  }

  /** Puts the files written so far at the target. */
  public void place() {
    if (!target.isLocal()) {
      target.storage().upload(local, target);
    }
  }

  @Override
  public void close() {
    if (!target.isLocal()) {
      Location.local(local).deleteTree();
    }
  }
}
