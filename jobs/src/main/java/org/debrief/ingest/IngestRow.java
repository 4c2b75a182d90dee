package org.debrief.ingest;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * What ingest emits for each input: one {@code file} row per file (layout, checksum), then a {@code
 * review} or {@code quarantine} row per record. One schema keeps it a single Spark pass.
 */
public record IngestRow(
    String kind,
    String sourceFile,
    int line,
    int record,
    String reason,
    String detail,
    String raw,
    String layout,
    String checksum,
    CanonicalReview review,
    boolean unreadableDate) {

  public static final String FILE = "file";
  public static final String REVIEW = "review";
  public static final String QUARANTINE = "quarantine";

  public static final StructType SCHEMA =
      new StructType()
          .add("kind", StringType, false)
          .add("source_file", StringType, false)
          .add("line", IntegerType, false)
          .add("record", IntegerType, false)
          .add("reason", StringType)
          .add("detail", StringType)
          .add("raw", StringType)
          .add("layout", StringType)
          .add("checksum", StringType)
          .add("review_id", StringType)
          .add("source", StringType)
          .add("company", StringType)
          .add("role", StringType)
          .add("review_date", StringType)
          .add("offer", StringType)
          .add("experience_rating", StringType)
          .add("difficulty", StringType)
          .add("application", StringType)
          .add("text", StringType)
          .add("questions", StringType)
          .add("language", StringType)
          .add("duplicate_key", StringType)
          .add("date_unreadable", BooleanType);

  public static IngestRow file(String sourceFile, String layout, String checksum) {
    return new IngestRow(FILE, sourceFile, 0, 0, null, null, null, layout, checksum, null, false);
  }

  public static IngestRow quarantine(
      String sourceFile, int line, int record, Problem p, String raw) {
    return new IngestRow(
        QUARANTINE,
        sourceFile,
        line,
        record,
        p.reason().id(),
        p.detail(),
        raw,
        null,
        null,
        null,
        false);
  }

  /** A review; {@code unreadableDate} when its date cell held a value in no readable form. */
  public static IngestRow review(
      String sourceFile,
      int line,
      int record,
      String layout,
      CanonicalReview r,
      boolean unreadableDate) {
    return new IngestRow(
        REVIEW, sourceFile, line, record, null, null, null, layout, null, r, unreadableDate);
  }

  public Row toRow() {
    CanonicalReview r = review;
    return RowFactory.create(
        kind,
        sourceFile,
        line,
        record,
        reason,
        detail,
        raw,
        layout,
        checksum,
        r == null ? null : r.reviewId(),
        r == null ? null : r.source(),
        r == null ? null : r.company(),
        r == null ? null : r.role(),
        r == null || r.reviewDate() == null ? null : r.reviewDate().toString(),
        r == null ? null : r.offer(),
        r == null ? null : r.experienceRating(),
        r == null ? null : r.difficulty(),
        r == null ? null : r.application(),
        r == null ? null : r.text(),
        r == null ? null : r.questions(),
        r == null ? null : r.language(),
        r == null ? null : Texts.duplicateKey(r.company(), r.text()),
        unreadableDate);
  }
}
