package org.debrief.summarize;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Feedback by company: the share of analysed reviews ghosted, told the decision only, told why; how
 * many candidates followed up, the stated process length and the review dates. One aggregation
 * gives everything a company's page needs beyond label_frequencies.
 */
public final class FeedbackByCompany {
  private FeedbackByCompany() {}

  public static Dataset<Row> feedbackByCompany(Dataset<Row> prepared, long minSupport) {
    Column followed = when(col("followed_up"), 1L).otherwise(0L);
    Column timed = when(col("process_days").isNotNull(), 1L).otherwise(0L);
    return HearingBackTimes.withProcessDays(prepared)
        .groupBy(col("company_group").as("company"))
        .agg(
            count(lit(1)).as("reviews"),
            counted("none"),
            counted("decision_only"),
            counted("specific"),
            counted("not_stated"),
            sum(followed).as("followed_up"),
            sum(timed).as("reviews_with_duration"),
            expr("percentile(process_days, 0.5)").as("median_process_days"),
            min(col("review_date")).as("first_review_date"),
            max(col("review_date")).as("last_review_date"))
        .select(
            col("company"),
            col("reviews"),
            col("none"),
            col("decision_only"),
            col("specific"),
            col("not_stated"),
            share("none"),
            share("decision_only"),
            share("specific"),
            share("not_stated"),
            col("followed_up"),
            col("reviews_with_duration"),
            col("median_process_days"),
            col("first_review_date"),
            col("last_review_date"),
            col("reviews").lt(minSupport).as("low_support"))
        .orderBy(col("reviews").desc(), col("company"));
  }

  private static Column counted(String feedback) {
    return sum(when(col("feedback").equalTo(feedback), 1L).otherwise(0L)).as(feedback);
  }

  private static Column share(String feedback) {
    return col(feedback).divide(col("reviews")).as("share_" + feedback);
  }
}
