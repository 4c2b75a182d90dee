package org.debrief.summarize;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** A row of {@code summaries/sentiment_by_concern}: how reviews raising one concern read. */
public record ConcernSentiment(
    String concern,
    long reviews,
    long scoredReviews,
    Double meanSentimentScore,
    Double shareNegative,
    Double sharePositive,
    Double meanSentimentScoreAll,
    boolean lowSupport) {

  public static final StructType SCHEMA =
      new StructType()
          .add("concern", StringType, false)
          .add("reviews", LongType, false)
          .add("scored_reviews", LongType, false)
          .add("mean_sentiment_score", DoubleType, true)
          .add("share_negative", DoubleType, true)
          .add("share_positive", DoubleType, true)
          .add("mean_sentiment_score_all", DoubleType, true)
          .add("low_support", BooleanType, false);

  public Row toRow() {
    return RowFactory.create(
        concern,
        reviews,
        scoredReviews,
        meanSentimentScore,
        shareNegative,
        sharePositive,
        meanSentimentScoreAll,
        lowSupport);
  }

  public static ConcernSentiment fromRow(Row r) {
    return new ConcernSentiment(
        r.getString(0),
        r.getLong(1),
        r.getLong(2),
        ConcernOfferRate.nullable(r, 3),
        ConcernOfferRate.nullable(r, 4),
        ConcernOfferRate.nullable(r, 5),
        ConcernOfferRate.nullable(r, 6),
        r.getBoolean(7));
  }
}
