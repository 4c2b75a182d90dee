package org.debrief.common;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;

import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.debrief.common.fs.Location;

/**
 * A cache of per-text results kept across runs: one row per text, keyed by {@link #KEY}, stored as
 * batch folders that each run adds to. A batch is written under a hidden name and renamed when
 * complete, so a killed run leaves no half batch behind; each batch is a {@link StateEntry},
 * checked with {@link #check} before a run reads it.
 */
public record TextBatches(Location folder, StructType schema) {
  public static final String KEY = "text_sha256";
  private static final String BATCH = "batch-";

  public boolean exists() {
    return folder.list().stream().anyMatch(p -> p.name().startsWith(BATCH));
  }

  /** Every stored row, from all batches; empty (with the schema) when there are none. */
  public Dataset<Row> read(SparkSession spark) {
    if (!exists()) {
      return spark.createDataFrame(java.util.List.of(), schema);
    }
    // The schema is known: Spark need not run a job to read it from the files.
    return spark
        .read()
        .schema(schema)
        .option("recursiveFileLookup", "true")
        .parquet(folder.toString());
  }

  /**
   * Every stored text once. Two runs sharing one state may both have stored a text; the copies are
   * identical, and the costly de-duplication runs only when there are any.
   */
  public Dataset<Row> readOnce(SparkSession spark) {
    Dataset<Row> stored = read(spark);
    Row c = stored.agg(count(lit(1)), countDistinct(col(KEY))).first();
    return c.getLong(0) == c.getLong(1) ? stored : stored.dropDuplicates(KEY);
  }

  /** Stores {@code rows} (of {@link #schema}) as a new batch. */
  public void append(Dataset<Row> rows) {
    String id = UUID.randomUUID().toString();
    Location partial = folder.resolve("." + BATCH + id);
    rows.write().parquet(partial.toString());
    StateEntry.seal(partial);
    partial.moveTo(folder.resolve(BATCH + id));
  }

  /** Sets aside the batches that no longer match what was written: their texts are redone. */
  public void check(StateCheck check) {
    check.entries(folder, BATCH);
  }

  public void clear() {
    folder.deleteTree();
  }
}
