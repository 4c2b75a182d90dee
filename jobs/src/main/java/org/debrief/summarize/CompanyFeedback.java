package org.debrief.summarize;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * A row of {@code summaries/feedback_by_company}: what candidates heard back from one company, how
 * many chased it, how long they said the process took, and the dates of its reviews.
 */
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
    long followedUp,
    long reviewsWithDuration,
    Double medianProcessDays,
    LocalDate firstReviewDate,
    LocalDate lastReviewDate,
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
          .add("followed_up", LongType, false)
          .add("reviews_with_duration", LongType, false)
          .add("median_process_days", DoubleType, true)
          .add("first_review_date", DateType, true)
          .add("last_review_date", DateType, true)
          .add("low_support", BooleanType, false);

  /**
   * Whether the report gives the company a page: enough reviews, and a name (reviews without one
   * are a group, not a company).
   */
  public boolean hasPage() {
    return !lowSupport && !company.equals(SummaryInput.UNKNOWN);
  }

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
        followedUp,
        reviewsWithDuration,
        medianProcessDays,
        firstReviewDate == null ? null : java.sql.Date.valueOf(firstReviewDate),
        lastReviewDate == null ? null : java.sql.Date.valueOf(lastReviewDate),
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
        r.getLong(10),
        r.getLong(11),
        ConcernOfferRate.nullable(r, 12),
        date(r, 13),
        date(r, 14),
        r.getBoolean(15));
  }

  private static LocalDate date(Row r, int i) {
    Object v = r.get(i);
    return v instanceof LocalDate d ? d : v == null ? null : ((java.sql.Date) v).toLocalDate();
  }
}
