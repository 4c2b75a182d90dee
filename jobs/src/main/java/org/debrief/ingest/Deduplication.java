package org.debrief.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Marks repeated reviews. The first occurrence by file path and line is kept, so the outcome does
 * not depend on how Spark split the input.
 */
public final class Deduplication {
  public static final String OCCURRENCE = "occurrence";

  private Deduplication() {}

  /** Adds {@code occurrence}: 1 for the first review with its company and text, 2… for repeats. */
  public static Dataset<Row> withTextOccurrence(Dataset<Row> reviews) {
    return reviews.withColumn(OCCURRENCE, row_number().over(firstInFile("duplicate_key")));
  }

  /** Adds {@code id_occurrence}: 1 for the first review holding a review_id, 2… for others. */
  public static Dataset<Row> withIdOccurrence(Dataset<Row> reviews) {
    return reviews.withColumn("id_occurrence", row_number().over(firstInFile("review_id")));
  }

  /** Repeats of a source id turned into quarantine rows, in the ingest row schema. */
  public static Dataset<Row> idClashesAsQuarantine(Dataset<Row> withIdOccurrence) {
    Column clash = col("id_occurrence").gt(1);
    return withIdOccurrence
        .where(clash)
        .withColumn("kind", lit(IngestRow.QUARANTINE))
        .withColumn("reason", lit(QuarantineReason.DUPLICATE_ID.id()))
        .withColumn(
            "detail", lit("another review with a different text already has this review_id"))
        .withColumn("raw", col("text"))
        .select(IngestRow.SCHEMA.fieldNames()[0], restOfSchema());
  }

  private static String[] restOfSchema() {
    String[] names = IngestRow.SCHEMA.fieldNames();
    return java.util.Arrays.copyOfRange(names, 1, names.length);
  }

  private static WindowSpec firstInFile(String key) {
    return Window.partitionBy(col(key)).orderBy(col("source_file"), col("line"), col("record"));
  }
}
