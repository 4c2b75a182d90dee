package org.debrief.common;

import java.util.List;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.debrief.common.fs.Location;

/** Writes a dataset so that readers see the old folder or the new one, never half of either. */
public final class DatasetFiles {
  private DatasetFiles() {}

  /**
   * Writes {@code data} as Parquet to a sibling folder, then swaps it in. A stage may therefore
   * read a folder and replace it in the same job: the write finishes before the old files go.
   */
  public static void replaceParquet(Dataset<Row> data, Location target) {
    Location staging = stagingFor(target);
    data.write().mode(SaveMode.ErrorIfExists).parquet(staging.toString());
    swap(staging, target);
  }

  /** Like {@link #replaceParquet} for JSON Lines, one file, for small human-read outputs. */
  public static void replaceJsonLines(Dataset<Row> data, Location target) {
    Location staging = stagingFor(target);
    data.coalesce(1).write().mode(SaveMode.ErrorIfExists).json(staging.toString());
    swap(staging, target);
  }

  /** A fresh sibling folder to write {@code target}'s replacement into before {@link #publish}. */
  public static Location stagingFor(Location target) {
    return target.sibling("." + target.name() + ".staging-" + UUID.randomUUID());
  }

  /** Moves a finished {@code staging} folder into {@code target}'s place, removing the old one. */
  public static void publish(Location staging, Location target) {
    swap(staging, target);
  }

  private static void swap(Location staging, Location target) {
    Location old = target.sibling("." + target.name() + ".old-" + UUID.randomUUID());
    if (target.exists()) {
      target.moveTo(old);
    }
    staging.moveTo(target);
    old.deleteTree();
  }

  /** The visible subfolders of {@code dir} (a partitioned dataset's partitions), in name order. */
  public static List<Location> subfolders(Location dir) {
    return dir.list().stream()
        .filter(p -> !p.name().startsWith(".") && !p.name().startsWith("_"))
        .filter(Location::isDirectory)
        .toList();
  }
}
