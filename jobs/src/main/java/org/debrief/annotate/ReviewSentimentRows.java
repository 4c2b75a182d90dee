package org.debrief.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Review sentiment ({@link ReviewSentiment}) as a Spark transform over sentence rows. */
public final class ReviewSentimentRows {
  public static final StructType SCHEMA =
      new StructType()
          .add("review_id", DataTypes.StringType, false)
          .add("sentiment", DataTypes.StringType)
          .add("sentiment_score", DataTypes.DoubleType);

  private ReviewSentimentRows() {}

  /** One row per review with at least one sentence: review_id, sentiment, sentiment_score. */
  public static Dataset<Row> reviewSentiment(Dataset<Row> sentences) {
    return sentences
        .groupByKey((MapFunction<Row, String>) r -> r.getAs("review_id"), Encoders.STRING())
        .mapGroups(
            (MapGroupsFunction<String, Row, Row>) ReviewSentimentRows::sentimentOf,
            Encoders.row(SCHEMA));
  }

  private static Row sentimentOf(String reviewId, Iterator<Row> rows) {
    List<AnnotatedSentence> sentences = new ArrayList<>();
    rows.forEachRemaining(r -> sentences.add(SentenceRows.fromRow(r)));
    sentences.sort(Comparator.comparingInt(AnnotatedSentence::index));
    ReviewSentiment r = ReviewSentiment.of(sentences);
    return RowFactory.create(reviewId, r.sentiment(), r.score());
  }
}
