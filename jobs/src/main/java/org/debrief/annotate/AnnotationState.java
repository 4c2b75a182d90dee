package org.debrief.annotate;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.Properties;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.debrief.common.BuildInfo;
import org.debrief.common.Sha256;
import org.debrief.common.StateCheck;
import org.debrief.common.TextBatches;
import org.debrief.common.fs.Location;

/**
 * Annotations kept across runs, keyed by the SHA-256 of a review's text and stored under the
 * fingerprint of the CoreNLP configuration that produced them: a nightly run annotates only texts
 * it has not seen, and a configuration change starts a new, empty cache. Each run adds one batch
 * folder of the texts it annotated ({@link TextBatches}).
 */
public record AnnotationState(Location folder, String fingerprint) {
  /** Bumped when the stored sentence format or the annotation code's output changes. */
  static final int FORMAT = 2;

  public static final StructType SCHEMA =
      new StructType()
          .add(TextBatches.KEY, StringType, false)
          .add("sentences", createArrayType(sentenceStruct(), false), false)
          .add("sentiment", StringType)
          .add("sentiment_score", DoubleType);

  public static AnnotationState under(Location stateRoot) {
    String fp = fingerprint(ReviewAnnotator.defaultProperties());
    return new AnnotationState(stateRoot.resolve("annotations").resolve(fp), fp);
  }

  public boolean exists() {
    return batches().exists();
  }

  /** Every stored text, from all batches. */
  public Dataset<Row> read(SparkSession spark) {
    return batches().read(spark);
  }

  /** Every stored text once, whatever two runs sharing the state both stored. */
  public Dataset<Row> readOnce(SparkSession spark) {
    return batches().readOnce(spark);
  }

  /** Stores {@code rows} (of {@link #SCHEMA}) as a new batch, never seen half written. */
  public void append(Dataset<Row> rows) {
    batches().append(rows);
  }

  public void clear() {
    batches().clear();
  }

  /**
   * Sets aside the batches that no longer match what was written: their texts are annotated again.
   */
  public void check(StateCheck check) {
    batches().check(check);
  }

  private TextBatches batches() {
    return new TextBatches(folder, SCHEMA);
  }

  /** The sentence columns stored per text: those of {@code sentences/} but the review id. */
  static StructType sentenceStruct() {
    StructType s = new StructType();
    for (var f : SentenceRows.SCHEMA.fields()) {
      if (!f.name().equals("review_id")) {
        s = s.add(f);
      }
    }
    return s;
  }

  static String fingerprint(Properties corenlp) {
    StringBuilder key = new StringBuilder("format=" + FORMAT + ";corenlp=" + BuildInfo.corenlp());
    new TreeMap<>(corenlp).forEach((k, v) -> key.append(';').append(k).append('=').append(v));
    return Sha256.of(key.toString()).substring(0, 16);
  }
}
