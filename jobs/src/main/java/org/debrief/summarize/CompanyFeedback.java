package org.debrief.summarize;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** A row of {@code summaries/feedback_by_company}: what candidates heard back from one company. */
public record CompanyFeedback(
    String company,
    long reviews,
    long none,
    long decisionOnly,
    long specific,
    long notStated,
    double shareNone,
    double shareDecisionOnly,
    double shareSpecific,
    double shareNotStated,
    boolean lowSupport) {

  public static final StructType SCHEMA =
      new StructType()
          .add("company", StringType, false)
          .add("reviews", LongType, false)
          .add("none", LongType, false)
          .add("decision_only", LongType, false)
          .add("specific", LongType, false)
          .add("not_stated", LongType, false)
          .add("share_none", DoubleType, false)
          .add("share_decision_only", DoubleType, false)
          .add("share_specific", DoubleType, false)
          .add("share_not_stated", DoubleType, false)
          .add("low_support", BooleanType, false);

  public Row toRow() {
    return RowFactory.create(
        company,
        reviews,
        none,
        decisionOnly,
        specific,
        notStated,
        shareNone,
        shareDecisionOnly,
        shareSpecific,
        shareNotStated,
        lowSupport);
  }

  public static CompanyFeedback fromRow(Row r) {
    return new CompanyFeedback(
        r.getString(0),
        r.getLong(1),
        r.getLong(2),
        r.getLong(3),
        r.getLong(4),
        r.getLong(5),
        r.getDouble(6),
        r.getDouble(7),
        r.getDouble(8),
        r.getDouble(9),
        r.getBoolean(10));
  }
}
