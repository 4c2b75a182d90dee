package org.debrief.summarize;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Sentiment by concern: the mean review sentiment score (−1 … 1) and the share of negative and
 * positive reviews among reviews raising each concern, beside the mean of all analysed reviews.
 */
public final class SentimentByConcern {
  private SentimentByConcern() {}

  public static Dataset<Row> sentimentByConcern(Dataset<Row> prepared, long minSupport) {
    Column has = array_contains(col("concerns"), col("concern"));
    Column scored = has.and(col("sentiment_score").isNotNull());
    Column negative = scored.and(col("sentiment").isin("very_negative", "negative"));
    Column positive = scored.and(col("sentiment").isin("positive", "very_positive"));
    Dataset<Row> all = prepared.agg(avg(col("sentiment_score")).as("mean_sentiment_score_all"));
    Dataset<Row> perConcern =
        prepared
            .select(
                col("concerns"),
                col("sentiment"),
                col("sentiment_score"),
                explode(ConcernOffer.allConcerns()).as("concern"))
            .groupBy("concern")
            .agg(
                ones(has).as("reviews"),
                ones(scored).as("scored_reviews"),
                avg(when(scored, col("sentiment_score"))).as("mean_sentiment_score"),
                ones(negative).as("negative"),
                ones(positive).as("positive"));
    Column hasScores = col("scored_reviews").gt(0);
    return perConcern
        .crossJoin(all)
        .select(
            col("concern"),
            col("reviews"),
            col("scored_reviews"),
            col("mean_sentiment_score"),
            when(hasScores, col("negative").divide(col("scored_reviews"))).as("share_negative"),
            when(hasScores, col("positive").divide(col("scored_reviews"))).as("share_positive"),
            col("mean_sentiment_score_all"),
            col("reviews").lt(minSupport).as("low_support"))
        .orderBy("concern");
  }

  private static Column ones(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }
}
