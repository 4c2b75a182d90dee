package org.debrief.annotate;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.debrief.common.BuildInfo;
import org.debrief.common.DatasetFiles;

/**
 * Annotations kept across runs, keyed by the SHA-256 of a review's text and stored under the
 * fingerprint of the CoreNLP configuration that produced them: a nightly run annotates only texts
 * it has not seen, and a configuration change starts a new, empty cache. Each run adds one batch
 * folder of the texts it annotated.
 */
public record AnnotationState(Path folder, String fingerprint) {
  /** Bumped when the stored sentence format or the annotation code's output changes. */
  static final int FORMAT = 2;

  public static final StructType SCHEMA =
      new StructType()
          .add("text_sha256", StringType, false)
          .add("sentences", createArrayType(sentenceStruct(), false), false)
          .add("sentiment", StringType)
          .add("sentiment_score", DoubleType);

  private static final String BATCH = "batch-";

  public static AnnotationState under(Path stateRoot) {
    String fp = fingerprint(ReviewAnnotator.defaultProperties());
    return new AnnotationState(stateRoot.resolve("annotations").resolve(fp), fp);
  }

  public boolean exists() {
    try (var s = Files.list(folder)) {
      return s.anyMatch(p -> p.getFileName().toString().startsWith(BATCH));
    } catch (IOException e) {
      return false;
    }
  }

  /** Every stored text, from all batches. */
  public Dataset<Row> read(SparkSession spark) {
    return spark.read().option("recursiveFileLookup", "true").parquet(folder.toString());
  }

  /**
   * Stores {@code rows} (of {@link #SCHEMA}) as a new batch. The batch is written under a hidden
   * name and renamed when complete, so a killed run leaves no half batch behind.
   */
  public void append(Dataset<Row> rows) {
    String id = java.util.UUID.randomUUID().toString();
    Path partial = folder.resolve("." + BATCH + id);
    rows.write().parquet(partial.toString());
    try {
      Files.move(partial, folder.resolve(BATCH + id), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the annotation batch " + partial, e);
    }
  }

  public void clear() {
    try {
      DatasetFiles.deleteTree(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + folder, e);
    }
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
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
