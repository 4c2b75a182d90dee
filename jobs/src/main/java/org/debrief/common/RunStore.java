package org.debrief.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import org.debrief.common.fs.Location;

/**
 * The published runs under an output folder. A run is written under {@code runs/<run-id>/} and
 * becomes current only when the pointer {@code _LATEST} names it: one small file replaced whole, by
 * rename-over on HDFS and local disks, by a single PUT on object stores. Readers resolve the
 * pointer, so a run is never seen half written. Where the disk has symlinks, {@code latest} links
 * to the same run, for people at a shell.
 */
public final class RunStore {
  public static final String POINTER = "_LATEST";
  public static final String LATEST_LINK = "latest";
  private final Location root;

  public RunStore(Location root) {
    this.root = root;
  }

  public Location root() {
    return root;
  }

  public Location runs() {
    return root.resolve("runs");
  }

  public Location defaultState() {
    return root.resolve("state");
  }

  /** The run the pointer names, or null before the first published run. */
  public Location latest() {
    RunPointer pointer = pointer();
    return pointer == null ? null : pointer.run();
  }

  /** The pointer, checked against the manifest it names; null before the first published run. */
  public RunPointer pointer() {
    Location file = root.resolve(POINTER);
    if (file.exists()) {
      return RunPointer.read(root, file);
    }
    return legacyLink();
  }

  /** Outputs written before the pointer existed have only the {@code latest} symlink. */
  private RunPointer legacyLink() {
    if (!root.isLocal() || !Files.exists(root.path().resolve(LATEST_LINK))) {
      return null;
    }
    try {
      Location run = Location.local(root.path().resolve(LATEST_LINK).toRealPath());
      return new RunPointer(run.name(), run, null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot follow " + root.display() + "/latest", e);
    }
  }

  /**
   * The run the pointer names, its manifest unchecked: housekeeping must never delete it, and an
   * edited manifest must not stop the next run from publishing a new one.
   */
  private Location current() {
    Location file = root.resolve(POINTER);
    if (!file.exists()) {
      RunPointer link = legacyLink();
      return link == null ? null : link.run();
    }
    return RunPointer.target(root, file);
  }

  /**
   * A new run's folder, {@code runs/<run-id>/}. Runs a killed writer left incomplete are removed
   * first: the caller holds the lock, so nobody is writing them.
   */
  public Location begin(String runId) {
    Location current = current();
    for (Location run : runs().list()) {
      if (!run.equals(current) && !isComplete(run)) {
        run.deleteTree();
      }
    }
    // Staging folders of versions that published by renaming a whole run.
    root.resolve(".staging").deleteTree();
    Location run = runs().resolve(runId);
    if (run.exists()) {
      throw new DebriefException(
          ExitCode.FAILURE, "run " + runId + " already exists under " + runs().display());
    }
    return run.mkdirs();
  }

  /**
   * Fills {@code run} with the files of {@code base}, minus its top-level entries in {@code
   * except}: a stage that continues a run (annotate after ingest) starts from it. Hard links on
   * local disks, so nothing is copied and the old run never changes.
   */
  public static void seed(Location base, Location run, Set<String> except) {
    base.storage().shareTree(base, run, except);
  }

  public static void seed(Location base, Location run) {
    seed(base, run, Set.of());
  }

  /** Makes the validated, complete {@code run} the current one. */
  public Location publish(Location run) {
    RunPointer pointer = RunPointer.of(run, new RunLayout(run).manifest());
    Faults.pauseAt("publish");
    root.resolve(POINTER).replace(pointer.toJson(root));
    if (root.isLocal()) {
      linkLatest(run);
    }
    return run;
  }

  /** The convenience symlink, swapped atomically; readers that matter use the pointer. */
  private void linkLatest(Location run) {
    try {
      var tmp = root.path().resolve(".latest-" + run.name());
      Files.deleteIfExists(tmp);
      Files.createSymbolicLink(tmp, root.path().relativize(run.path()));
      Files.move(
          tmp,
          root.path().resolve(LATEST_LINK),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | UnsupportedOperationException e) {
      // A disk without symlinks: the pointer alone is enough.
    }
  }

  /**
   * Deletes the complete runs beyond the newest {@code keep}; the current run is always kept, and
   * an incomplete one is left to {@link #begin} (it may be the run being written).
   */
  public List<Location> retain(int keep) {
    Location current = current();
    List<Location> old =
        runs().list().stream()
            .filter(RunStore::isComplete)
            .sorted(java.util.Comparator.comparing(Location::name).reversed())
            .skip(Math.max(keep, 1))
            .filter(r -> !r.equals(current))
            .toList();
    old.forEach(Location::deleteTree);
    return old;
  }

  /** A run whose manifest says it succeeded: validated, whether or not it was made current. */
  static boolean isComplete(Location run) {
    Location manifest = new RunLayout(run).manifest();
    if (!manifest.isFile()) {
      return false;
    }
    try {
      JsonNode m = Json.MAPPER.readTree(manifest.readBytes());
      return m instanceof ObjectNode && "succeeded".equals(m.path("status").asText());
    } catch (IOException e) {
      // Manifests are replaced whole: one that does not parse was never a succeeded run's.
      return false;
    }
  }

  /** Whether {@code dir} may be used as an output root: missing, empty, or Debrief's own. */
  public static boolean isUsableRoot(Location dir) {
    List<String> names = dir.list().stream().map(Location::name).toList();
    return names.isEmpty()
        || names.contains("runs")
        || names.contains(POINTER)
        || names.contains(".staging")
        || names.contains(".lock");
  }
}
