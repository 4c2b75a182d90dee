package org.debrief.summarize;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** A row of {@code summaries/concern_cooccurrence}: two concerns raised in the same reviews. */
public record ConcernPair(
    String concernA,
    String concernB,
    long reviewsBoth,
    long reviewsA,
    long reviewsB,
    double shareOfA,
    double shareOfB) {

  public static final StructType SCHEMA =
      new StructType()
          .add("concern_a", StringType, false)
          .add("concern_b", StringType, false)
          .add("reviews_both", LongType, false)
          .add("reviews_a", LongType, false)
          .add("reviews_b", LongType, false)
          .add("share_of_a", DoubleType, false)
          .add("share_of_b", DoubleType, false);

  public Row toRow() {
    return RowFactory.create(
        concernA, concernB, reviewsBoth, reviewsA, reviewsB, shareOfA, shareOfB);
  }

  public static ConcernPair fromRow(Row r) {
    return new ConcernPair(
        r.getString(0),
        r.getString(1),
        r.getLong(2),
        r.getLong(3),
        r.getLong(4),
        r.getDouble(5),
        r.getDouble(6));
  }
}
