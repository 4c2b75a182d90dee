package org.debrief.ingest;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The columns of {@code reviews/} after ingest; later stages add theirs. */
public final class ReviewColumns {
  private ReviewColumns() {}

  /** The schema contract of ingest's output: canonical columns, typed, plus provenance. */
  public static Dataset<Row> canonical(Dataset<Row> reviews) {
    return reviews.select(
        col("review_id"),
        col("source"),
        col("company"),
        col("role"),
        col("review_date").cast("date").as("review_date"),
        col("offer"),
        col("experience_rating"),
        col("difficulty"),
        col("application"),
        col("text"),
        col("questions"),
        col("language"),
        col("source_file"),
        col("line").as("source_line"));
  }
}
