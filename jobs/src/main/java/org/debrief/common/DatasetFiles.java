package org.debrief.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/** Writes a dataset so that readers see the old folder or the new one, never half of either. */
public final class DatasetFiles {
  private DatasetFiles() {}

  /**
   * Writes {@code data} as Parquet to a sibling folder, then swaps it in. A stage may therefore
   * read a folder and replace it in the same job: the write finishes before the old files go.
   */
  public static void replaceParquet(Dataset<Row> data, Path target) {
    Path staging =
        target.resolveSibling("." + target.getFileName() + ".staging-" + UUID.randomUUID());
    data.write().mode(SaveMode.ErrorIfExists).parquet(staging.toString());
    swap(staging, target);
  }

  /** Like {@link #replaceParquet} for JSON Lines, one file, for small human-read outputs. */
  public static void replaceJsonLines(Dataset<Row> data, Path target) {
    Path staging =
        target.resolveSibling("." + target.getFileName() + ".staging-" + UUID.randomUUID());
    data.coalesce(1).write().mode(SaveMode.ErrorIfExists).json(staging.toString());
    swap(staging, target);
  }

  /** A fresh sibling folder to write {@code target}'s replacement into before {@link #publish}. */
  public static Path stagingFor(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".staging-" + UUID.randomUUID());
  }

  /** Moves a finished {@code staging} folder into {@code target}'s place, removing the old one. */
  public static void publish(Path staging, Path target) {
    swap(staging, target);
  }

  private static void swap(Path staging, Path target) {
    try {
      Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
      if (Files.exists(target)) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(old);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish " + target + ": " + e.getMessage(), e);
    }
  }

  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The visible subfolders of {@code dir} (a partitioned dataset's partitions), in name order. */
  public static List<Path> subfolders(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory)
          .filter(
              p ->
                  !p.getFileName().toString().startsWith(".")
                      && !p.getFileName().toString().startsWith("_"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code text} to {@code file} through a new file renamed over it. Runs share unchanged
   * files by hard links: writing in place would change every run's copy at once.
   */
  public static void replaceText(Path file, String text) {
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    try {
      Files.writeString(tmp, text, java.nio.charset.StandardCharsets.UTF_8);
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
