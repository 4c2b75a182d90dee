package org.debrief.annotate;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.debrief.common.Columns;
import org.debrief.common.DatasetFiles;
import org.debrief.common.RunLayout;

/**
 * Annotate: English reviews → {@code sentences/} (tokens, lemmas, POS, sentence sentiment) and the
 * review-level {@code sentiment} and {@code sentiment_score}. Other languages get no sentences:
 * CoreNLP's English models would only produce noise for them.
 */
public final class AnnotateJob {
  /** Languages annotated with the English pipeline; {@code und} is mostly short English text. */
  public static final Set<String> ANNOTATED_LANGUAGES = Set.of("en", "und");

  static final StructType REVIEW_SENTIMENT =
      new StructType()
          .add("review_id", DataTypes.StringType, false)
          .add("sentiment", DataTypes.StringType)
          .add("sentiment_score", DataTypes.DoubleType);

  private AnnotateJob() {}

  /**
   * Reads {@code reviews/}, writes {@code sentences/}, and adds the review sentiment to {@code
   * reviews/}.
   */
  public static long run(SparkSession spark, RunLayout out) {
    Dataset<Row> reviews = spark.read().parquet(out.reviews().toString());
    Columns.require(reviews, out.reviews().toString(), "ingest", "review_id", "text", "language");
    int partitions = Math.max(1, spark.sparkContext().defaultParallelism() * 4);
    DatasetFiles.replaceParquet(
        sentences(reviews, partitions).orderBy("review_id", "index"), out.sentences());
    // Read back what was written: the sentences are annotated once, never recomputed.
    Dataset<Row> written = spark.read().parquet(out.sentences().toString());
    Dataset<Row> withSentiment =
        reviews
            .drop("sentiment", "sentiment_score")
            .alias("r")
            .join(reviewSentiment(written), col("r.review_id").equalTo(col("s.review_id")), "left")
            .select(col("r.*"), col("s.sentiment"), col("s.sentiment_score"));
    DatasetFiles.replaceParquet(withSentiment.orderBy("review_id"), out.reviews());
    return written.count();
  }

  /** Sentence rows for the reviews in {@code reviews} (review_id, text, language). */
  public static Dataset<Row> sentences(Dataset<Row> reviews, int partitions) {
    return reviews
        .where(col("language").isin(ANNOTATED_LANGUAGES.toArray()))
        .select("review_id", "text")
        // CoreNLP's cost follows review length; many small partitions keep every core busy to the
        // end.
        .repartition(partitions, col("review_id"))
        .flatMap(
            (FlatMapFunction<Row, Row>) AnnotateJob::annotate, Encoders.row(SentenceRows.SCHEMA));
  }

  /** Review sentiment from sentence rows, one row per review with at least one sentence. */
  public static Dataset<Row> reviewSentiment(Dataset<Row> sentences) {
    return sentences
        .groupByKey(
            (org.apache.spark.api.java.function.MapFunction<Row, String>) r -> r.getAs("review_id"),
            Encoders.STRING())
        .mapGroups(
            (org.apache.spark.api.java.function.MapGroupsFunction<String, Row, Row>)
                AnnotateJob::sentimentOf,
            Encoders.row(REVIEW_SENTIMENT))
        .alias("s");
  }

  private static Iterator<Row> annotate(Row review) {
    String id = review.getAs("review_id");
    List<Row> out = new ArrayList<>();
    for (AnnotatedSentence s : ReviewAnnotator.shared().annotate(review.getAs("text"))) {
      out.add(SentenceRows.toRow(id, s));
    }
    return out.iterator();
  }

  private static Row sentimentOf(String reviewId, Iterator<Row> rows) {
    List<AnnotatedSentence> sentences = new ArrayList<>();
    rows.forEachRemaining(r -> sentences.add(SentenceRows.fromRow(r)));
    sentences.sort(java.util.Comparator.comparingInt(AnnotatedSentence::index));
    ReviewSentiment r = ReviewSentiment.of(sentences);
    return RowFactory.create(reviewId, r.sentiment(), r.score());
  }
}
