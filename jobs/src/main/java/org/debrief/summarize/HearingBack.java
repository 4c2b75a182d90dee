package org.debrief.summarize;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * A row of {@code summaries/hearing_back}: one feedback outcome, how often, and how long it took.
 */
public record HearingBack(
    String feedback,
    long reviews,
    double shareOfReviews,
    long followedUp,
    long reviewsWithDuration,
    Double medianProcessDays,
    Double meanProcessDays) {

  public static final StructType SCHEMA =
      new StructType()
          .add("feedback", StringType, false)
          .add("reviews", LongType, false)
          .add("share_of_reviews", DoubleType, false)
          .add("followed_up", LongType, false)
          .add("reviews_with_duration", LongType, false)
          .add("median_process_days", DoubleType, true)
          .add("mean_process_days", DoubleType, true);

  public Row toRow() {
    return RowFactory.create(
        feedback,
        reviews,
        shareOfReviews,
        followedUp,
        reviewsWithDuration,
        medianProcessDays,
        meanProcessDays);
  }

  public static HearingBack fromRow(Row r) {
    return new HearingBack(
        r.getString(0),
        r.getLong(1),
        r.getDouble(2),
        r.getLong(3),
        r.getLong(4),
        ConcernOfferRate.nullable(r, 5),
        ConcernOfferRate.nullable(r, 6));
  }
}
