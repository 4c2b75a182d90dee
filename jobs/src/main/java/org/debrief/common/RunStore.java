package org.debrief.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The published runs under an output folder: {@code runs/<run-id>/} and a {@code latest} link
 * readers follow. A run is built under {@code .staging/<run-id>/} and becomes visible only when it
 * is complete: by a rename into {@code runs/}, then an atomic swap of {@code latest}.
 */
public final class RunStore {
  public static final String LATEST = "latest";
  private final Path root;

  public RunStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  public Path runs() {
    return root.resolve("runs");
  }

  public Path defaultState() {
    return root.resolve("state");
  }

  /** The run {@code latest} points at, or null before the first published run. */
  public Path latest() {
    Path link = root.resolve(LATEST);
    if (!Files.exists(link)) {
      return null;
    }
    try {
      return link.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot follow " + link, e);
    }
  }

  /**
   * A fresh staging folder; stale ones from killed runs are removed first (the caller holds the
   * lock).
   */
  public Path stage(String runId) {
    try {
      DatasetFiles.deleteTree(root.resolve(".staging"));
      return Files.createDirectories(root.resolve(".staging").resolve(runId));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a staging folder under " + root, e);
    }
  }

  /**
   * Fills {@code staging} with hard links to the files of {@code run}: a stage that continues a run
   * (annotate after ingest) starts from it without copying data or changing it.
   */
  public static void seed(Path run, Path staging) {
    seed(run, staging, Set.of());
  }

  /** As {@link #seed(Path, Path)}, leaving out the top-level entries named in {@code except}. */
  public static void seed(Path run, Path staging, Set<String> except) {
    try (Stream<Path> files = Files.walk(run)) {
      for (Path f : files.toList()) {
        Path relative = run.relativize(f);
        if (relative.getNameCount() > 0 && except.contains(relative.getName(0).toString())) {
          continue;
        }
        Path target = staging.resolve(relative.toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.createLink(target, f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot seed " + staging + " from " + run, e);
    }
  }

  /** Moves a validated staging folder into {@code runs/} and points {@code latest} at it. */
  public Path publish(Path staging, String runId) {
    try {
      Files.createDirectories(runs());
      Path published = runs().resolve(runId);
      Files.move(staging, published, StandardCopyOption.ATOMIC_MOVE);
      Faults.pauseAt("publish");
      Path tmp = root.resolve(".latest-" + runId);
      Files.deleteIfExists(tmp);
      Files.createSymbolicLink(tmp, root.relativize(published));
      Files.move(
          tmp,
          root.resolve(LATEST),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      return published;
    } catch (FileAlreadyExistsException e) {
      throw new DebriefException(
          ExitCode.FAILURE, "run " + runId + " already exists under " + runs(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish run " + runId + " under " + root, e);
    }
  }

  /** Deletes all but the newest {@code keep} runs; the one {@code latest} names is always kept. */
  public List<Path> retain(int keep) {
    Path latest = latest();
    try (Stream<Path> s = Files.list(runs())) {
      List<Path> old =
          s.filter(Files::isDirectory)
              .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
              .skip(Math.max(keep, 1))
              .filter(p -> !p.equals(latest))
              .toList();
      for (Path p : old) {
        DatasetFiles.deleteTree(p);
      }
      return old;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot apply retention under " + runs(), e);
    }
  }

  /** Whether {@code dir} may be used as an output root: missing, empty, or Debrief's own. */
  public static boolean isUsableRoot(Path dir) {
    if (!Files.exists(dir)) {
      return true;
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<String> names = s.map(p -> p.getFileName().toString()).toList();
      return names.isEmpty()
          || names.contains("runs")
          || names.contains(".staging")
          || names.contains(".lock");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
  }
}
