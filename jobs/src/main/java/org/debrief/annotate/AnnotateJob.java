package org.debrief.annotate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.debrief.common.Columns;
import org.debrief.common.DatasetFiles;
import org.debrief.common.Faults;
import org.debrief.common.ParquetFooters;
import org.debrief.common.Progress;
import org.debrief.common.RunLayout;

/**
 * Annotate: English reviews → {@code sentences/} (tokens, lemmas, POS, sentence sentiment). It
 * leaves {@code reviews/} as ingest wrote it: extract adds the review-level columns. Only texts the
 * annotation state has not seen are annotated. Other languages get no sentences: CoreNLP's English
 * models would only produce noise for them.
 */
public final class AnnotateJob {
  /** Languages annotated with the English pipeline; {@code und} is mostly short English text. */
  public static final Set<String> ANNOTATED_LANGUAGES = Set.of("en", "und");

  private static final String TEXT_SHA256 = "text_sha256";

  /** Up to this many reviews, their (id, hash) pairs are broadcast: about 100 bytes each. */
  private static final long BROADCAST_KEYS = 500_000;

  /** About 20 MB of stored sentences. */
  private static final long TEXTS_PER_FILE = 5_000;

  /** What annotate did: reviews in scope, texts annotated now, texts reused from the state. */
  public record Counts(long reviews, long annotated, long reused, long sentences) {}

  private AnnotateJob() {}

  public static Counts run(
      SparkSession spark, RunLayout out, AnnotationState state, boolean fullRefresh) {
    Dataset<Row> reviews = spark.read().parquet(out.reviews().toString());
    Columns.require(reviews, out.reviews().toString(), "ingest", "review_id", "text", "language");
    if (fullRefresh) {
      state.clear();
    }
    Dataset<Row> english =
        reviews
            .where(col("language").isin(ANNOTATED_LANGUAGES.toArray()))
            .withColumn(TEXT_SHA256, sha2(col("text"), 256));
    Dataset<Row> todo = english.select(TEXT_SHA256, "text").dropDuplicates(TEXT_SHA256);
    if (state.exists()) {
      todo = todo.join(state.read(spark).select(TEXT_SHA256), TEXT_SHA256, "left_anti");
    }
    todo = todo.cache();
    long annotated = todo.count();
    if (annotated > 0) {
      try (Progress progress = Progress.start(spark, "annotate", annotated, "texts")) {
        // Many small partitions balance the cores; a few large files keep later reads cheap.
        state.append(
            annotated(todo, partitions(spark, annotated), progress.counter())
                .repartition(files(annotated)));
      }
    }
    todo.unpersist();
    Dataset<Row> keys = english.select("review_id", TEXT_SHA256);
    Row scope = keys.agg(count(lit(1)), countDistinct(col(TEXT_SHA256))).first();
    long inScope = scope.getLong(0);
    writeSentences(inScope <= BROADCAST_KEYS ? broadcast(keys) : keys, state.readOnce(spark), out);
    return new Counts(
        inScope, annotated, scope.getLong(1) - annotated, ParquetFooters.rowCount(out.sentences()));
  }

  /**
   * One row per sentence of every review in scope. {@code keys} (review id, text hash) is the small
   * side: broadcast, so the stored sentences are never shuffled to meet it.
   */
  private static void writeSentences(Dataset<Row> keys, Dataset<Row> stored, RunLayout out) {
    Dataset<Row> sentences =
        stored
            .select(TEXT_SHA256, "sentences")
            .join(keys, TEXT_SHA256)
            .select(col("review_id"), explode(col("sentences")).as("s"))
            .select("review_id", "s.*");
    DatasetFiles.replaceParquet(sentences.orderBy("review_id", "index"), out.sentences());
  }

  /**
   * CoreNLP's cost follows review length: many small partitions keep every core busy to the end.
   */
  private static int partitions(SparkSession spark, long texts) {
    int cores = spark.sparkContext().defaultParallelism();
    return (int) Math.max(1, Math.min(Math.max(cores * 4L, texts / 25), 2000));
  }

  /** Files per stored batch: every later run reads them all, and small files are slow to read. */
  private static int files(long texts) {
    return (int) Math.max(1, Math.min(texts / TEXTS_PER_FILE, 1000));
  }

  /** One state row per text: its hash, its annotated sentences and its review sentiment. */
  static Dataset<Row> annotated(Dataset<Row> texts, int partitions, LongAccumulator done) {
    return texts
        .repartition(partitions, col(TEXT_SHA256))
        .map(
            (MapFunction<Row, Row>)
                r -> {
                  Row row = stateRow(r.getAs(TEXT_SHA256), r.getAs("text"));
                  done.add(1);
                  Faults.pauseAt("annotate");
                  return row;
                },
            Encoders.row(AnnotationState.SCHEMA));
  }

  private static Row stateRow(String hash, String text) {
    List<AnnotatedSentence> annotated = ReviewAnnotator.shared().annotate(text);
    List<Row> sentences = new ArrayList<>();
    for (AnnotatedSentence s : annotated) {
      Row full = SentenceRows.toRow(hash, s);
      Object[] withoutReviewId = new Object[full.length() - 1];
      for (int i = 1; i < full.length(); i++) {
        withoutReviewId[i - 1] = full.get(i);
      }
      sentences.add(RowFactory.create(withoutReviewId));
    }
    ReviewSentiment sentiment = ReviewSentiment.of(annotated);
    return RowFactory.create(
        hash,
        scala.jdk.javaapi.CollectionConverters.asScala(sentences).toList(),
        sentiment.sentiment(),
        sentiment.score());
  }
}
