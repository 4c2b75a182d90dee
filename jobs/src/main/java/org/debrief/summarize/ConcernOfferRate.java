package org.debrief.summarize;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** A row of {@code summaries/concern_offer}: the offer rate with and without one concern. */
public record ConcernOfferRate(
    String concern,
    long reviewsWith,
    long offersWith,
    Double offerRateWith,
    long reviewsWithout,
    long offersWithout,
    Double offerRateWithout,
    Double difference,
    Double ciLow,
    Double ciHigh,
    long support,
    boolean lowSupport) {

  public static final StructType SCHEMA =
      new StructType()
          .add("concern", StringType, false)
          .add("reviews_with", LongType, false)
          .add("offers_with", LongType, false)
          .add("offer_rate_with", DoubleType, true)
          .add("reviews_without", LongType, false)
          .add("offers_without", LongType, false)
          .add("offer_rate_without", DoubleType, true)
          .add("difference", DoubleType, true)
          .add("ci_low", DoubleType, true)
          .add("ci_high", DoubleType, true)
          .add("support", LongType, false)
          .add("low_support", BooleanType, false);

  public Row toRow() {
    return RowFactory.create(
        concern,
        reviewsWith,
        offersWith,
        offerRateWith,
        reviewsWithout,
        offersWithout,
        offerRateWithout,
        difference,
        ciLow,
        ciHigh,
        support,
        lowSupport);
  }

  public static ConcernOfferRate fromRow(Row r) {
    return new ConcernOfferRate(
        r.getString(0),
        r.getLong(1),
        r.getLong(2),
        nullable(r, 3),
        r.getLong(4),
        r.getLong(5),
        nullable(r, 6),
        nullable(r, 7),
        nullable(r, 8),
        nullable(r, 9),
        r.getLong(10),
        r.getBoolean(11));
  }

  static Double nullable(Row r, int i) {
    return r.isNullAt(i) ? null : r.getDouble(i);
  }
}
