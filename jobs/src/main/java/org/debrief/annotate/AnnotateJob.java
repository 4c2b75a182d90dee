package org.debrief.annotate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.sha2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.debrief.common.Columns;
import org.debrief.common.DatasetFiles;
import org.debrief.common.Faults;
import org.debrief.common.Progress;
import org.debrief.common.RunLayout;

/**
 * Annotate: English reviews → {@code sentences/} (tokens, lemmas, POS, sentence sentiment) and the
 * review-level {@code sentiment} and {@code sentiment_score}. Only texts the annotation state has
 * not seen are annotated. Other languages get no sentences: CoreNLP's English models would only
 * produce noise for them.
 */
public final class AnnotateJob {
  /** Languages annotated with the English pipeline; {@code und} is mostly short English text. */
  public static final Set<String> ANNOTATED_LANGUAGES = Set.of("en", "und");

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
            .withColumn("text_sha256", sha2(col("text"), 256));
    Dataset<Row> todo = english.select("text_sha256", "text").dropDuplicates("text_sha256");
    if (state.exists()) {
      Dataset<Row> seen = spark.read().parquet(state.folder().toString()).select("text_sha256");
      todo = todo.join(seen, "text_sha256", "left_anti");
    }
    todo = todo.cache();
    long annotated = todo.count();
    try (Progress progress = Progress.start(spark, "annotate", annotated, "texts")) {
      annotated(todo, partitions(spark, annotated), progress.counter())
          .write()
          .mode(SaveMode.Append)
          .parquet(state.folder().toString());
    }
    todo.unpersist();
    // Counted before reviews/ is replaced: these datasets read its old files.
    long inScope = english.count();
    long distinct = english.select("text_sha256").distinct().count();
    writeSentences(spark, english, state, out);
    // Sentiment is derived from the sentences as written, never from a second annotation.
    Dataset<Row> written = spark.read().parquet(out.sentences().toString());
    Dataset<Row> sentiment = ReviewSentimentRows.reviewSentiment(written).alias("s");
    Dataset<Row> withSentiment =
        reviews
            .drop("sentiment", "sentiment_score")
            .alias("r")
            .join(sentiment, col("r.review_id").equalTo(col("s.review_id")), "left")
            .select(col("r.*"), col("s.sentiment"), col("s.sentiment_score"));
    DatasetFiles.replaceParquet(withSentiment.orderBy("review_id"), out.reviews());
    return new Counts(inScope, annotated, distinct - annotated, written.count());
  }

  private static void writeSentences(
      SparkSession spark, Dataset<Row> english, AnnotationState state, RunLayout out) {
    // A killed run may have appended a text twice; any copy will do, they are identical.
    Dataset<Row> stored =
        spark.read().parquet(state.folder().toString()).dropDuplicates("text_sha256");
    Dataset<Row> sentences =
        english
            .join(stored, "text_sha256")
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

  /** One state row per text: its hash and its annotated sentences. */
  static Dataset<Row> annotated(Dataset<Row> texts, int partitions, LongAccumulator done) {
    return texts
        .repartition(partitions, col("text_sha256"))
        .map(
            (MapFunction<Row, Row>)
                r -> {
                  Row row = stateRow(r.getAs("text_sha256"), r.getAs("text"));
                  done.add(1);
                  Faults.pauseAt("annotate");
                  return row;
                },
            Encoders.row(AnnotationState.SCHEMA));
  }

  private static Row stateRow(String hash, String text) {
    List<Row> sentences = new ArrayList<>();
    for (AnnotatedSentence s : ReviewAnnotator.shared().annotate(text)) {
      Row full = SentenceRows.toRow(hash, s);
      Object[] withoutReviewId = new Object[full.length() - 1];
      for (int i = 1; i < full.length(); i++) {
        withoutReviewId[i - 1] = full.get(i);
      }
      sentences.add(RowFactory.create(withoutReviewId));
    }
    return RowFactory.create(
        hash, scala.jdk.javaapi.CollectionConverters.asScala(sentences).toList());
  }
}
