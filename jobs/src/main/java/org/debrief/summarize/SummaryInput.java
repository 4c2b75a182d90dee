package org.debrief.summarize;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The reviews every summary counts: analysed reviews only (feedback not null; non-English reviews
 * were not analysed), with the grouping columns the summaries share.
 */
public final class SummaryInput {
  /** The group value for a missing company, offer or date. */
  public static final String UNKNOWN = "(unknown)";

  /** The columns of {@code reviews/} that summarize reads. */
  public static final String[] REQUIRED = {
    "review_id",
    "company",
    "role",
    "review_date",
    "offer",
    "application",
    "concerns",
    "feedback",
    "process_issues",
    "followed_up",
    "evidence"
  };

  private SummaryInput() {}

  /**
   * Analysed reviews with company_group, role_family, offer_group, month, rejected and got_offer.
   */
  public static Dataset<Row> prepared(Dataset<Row> reviews, RoleFamilies families) {
    Column emptyArray = array().cast(DataTypes.createArrayType(DataTypes.StringType));
    Column offerKnown = col("offer").isin("accepted", "declined", "no_offer");
    return reviews
        .where(col("feedback").isNotNull())
        .withColumn("concerns", array_distinct(coalesce(col("concerns"), emptyArray)))
        .withColumn("process_issues", array_distinct(coalesce(col("process_issues"), emptyArray)))
        .withColumn("company_group", coalesce(col("company"), lit(UNKNOWN)))
        .withColumn("role_family", families.column(col("role")))
        .withColumn("offer_group", coalesce(col("offer"), lit(UNKNOWN)))
        .withColumn("month", coalesce(date_format(col("review_date"), "yyyy-MM"), lit(UNKNOWN)))
        .withColumn("rejected", col("offer").equalTo(lit("no_offer")).and(offerKnown))
        .withColumn("got_offer", when(offerKnown, col("offer").isin("accepted", "declined")));
  }
}
