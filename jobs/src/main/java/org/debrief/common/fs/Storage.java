package org.debrief.common.fs;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * What Debrief does with files outside Spark, on one kind of file system. Failures are unchecked: a
 * run cannot go on without its files, and the message names the location.
 */
public interface Storage {
  boolean exists(Location l);

  boolean isDirectory(Location l);

  boolean isFile(Location l);

  List<Location> list(Location dir);

  List<Location> files(Location dir);

  void mkdirs(Location dir);

  InputStream open(Location file);

  byte[] readBytes(Location file);

  /** Replaces {@code file} whole: by rename-over where renames are atomic, else one PUT. */
  void replace(Location file, byte[] content);

  /** Creates {@code file} only if nothing is there; false if something is. */
  boolean createExclusive(Location file, byte[] content);

  /** Renames {@code from} over the file {@code to}, replacing it. */
  void renameOver(Location from, Location to);

  /** Renames {@code from} to {@code to}, which must not exist. */
  void move(Location from, Location to);

  void deleteTree(Location l);

  FileStamp stamp(Location file);

  /** Sets the file's modification time to now: the run lock's heartbeat. */
  void touch(Location file);

  /**
   * Makes {@code to} hold the files of {@code from} (minus its top-level entries in {@code
   * except}): hard links on the local disk, which cost nothing and never change; copies elsewhere.
   */
  void shareTree(Location from, Location to, Set<String> except);

  /** As {@link #shareTree} for one file. */
  void shareFile(Location from, Location to);

  /** Copies the local folder {@code from} to {@code to} (a report written on the driver). */
  void upload(java.nio.file.Path from, Location to);
}
