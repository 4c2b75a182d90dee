package org.debrief.summarize;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Feedback by company: the share of analysed reviews ghosted, told the decision only, told why. */
public final class FeedbackByCompany {
  private FeedbackByCompany() {}

  public static Dataset<Row> feedbackByCompany(Dataset<Row> prepared, long minSupport) {
    return prepared
        .groupBy(col("company_group").as("company"))
        .agg(
            count(lit(1)).as("reviews"),
            counted("none"),
            counted("decision_only"),
            counted("specific"),
            counted("not_stated"))
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
