package org.debrief.summarize;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** A row of {@code summaries/label_frequencies}: one label in one group of one dimension. */
public record LabelFrequency(
    String dimension,
    String groupValue,
    String labelKind,
    String label,
    long reviews,
    double shareOfReviews,
    long rejectedReviews,
    Double shareOfRejected,
    long groupReviews,
    long groupRejected,
    boolean lowSupport) {

  public static final StructType SCHEMA =
      new StructType()
          .add("dimension", StringType, false)
          .add("group_value", StringType, false)
          .add("label_kind", StringType, false)
          .add("label", StringType, false)
          .add("reviews", LongType, false)
          .add("share_of_reviews", DoubleType, false)
          .add("rejected_reviews", LongType, false)
          .add("share_of_rejected", DoubleType, true)
          .add("group_reviews", LongType, false)
          .add("group_rejected", LongType, false)
          .add("low_support", BooleanType, false);

  public Row toRow() {
    return RowFactory.create(
        dimension,
        groupValue,
        labelKind,
        label,
        reviews,
        shareOfReviews,
        rejectedReviews,
        shareOfRejected,
        groupReviews,
        groupRejected,
        lowSupport);
  }

  public static LabelFrequency fromRow(Row r) {
    return new LabelFrequency(
        r.getString(0),
        r.getString(1),
        r.getString(2),
        r.getString(3),
        r.getLong(4),
        r.getDouble(5),
        r.getLong(6),
        r.isNullAt(7) ? null : r.getDouble(7),
        r.getLong(8),
        r.getLong(9),
        r.getBoolean(10));
  }
}
