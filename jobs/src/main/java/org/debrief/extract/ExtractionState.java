package org.debrief.extract;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.debrief.common.CodeDigest;
import org.debrief.common.Sha256;
import org.debrief.common.TextBatches;
import org.debrief.common.fs.Location;

/**
 * Extraction results kept across runs, one row per annotated text, stored under the fingerprint of
 * what produced them: Debrief's code (rules, models) and the annotation configuration. A nightly
 * run extracts only texts it has not extracted; a change to either starts a new, empty cache.
 */
public final class ExtractionState {
  /** The per-review columns extract adds, all decided by the text and its sentences. */
  public static final StructType SCHEMA = schema();

  private ExtractionState() {}

  /** The cache under {@code stateRoot} for sentences made with {@code annotationFingerprint}. */
  public static TextBatches under(Location stateRoot, String annotationFingerprint) {
    String fp = Sha256.of(CodeDigest.debrief() + ";" + annotationFingerprint).substring(0, 16);
    return new TextBatches(stateRoot.resolve("extractions").resolve(fp), SCHEMA);
  }

  private static StructType schema() {
    StructType s =
        new StructType()
            .add(TextBatches.KEY, StringType, false)
            .add("sentiment", StringType)
            .add("sentiment_score", DoubleType);
    for (StructField f : ExtractionRows.COLUMNS.fields()) {
      if (!f.name().equals(ExtractionRows.TAXONOMY_VERSION)) {
        s = s.add(f);
      }
    }
    return s;
  }
}
