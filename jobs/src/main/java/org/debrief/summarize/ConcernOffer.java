package org.debrief.summarize;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.debrief.extract.Taxonomy;

/**
 * Concern ↔ offer: among analysed reviews with a known outcome, the share that got an offer
 * (accepted or declined) when the employer raised a concern and when it did not, the difference and
 * Newcombe's 95 % interval for it.
 */
public final class ConcernOffer {
  private static final StructType INTERVAL =
      new StructType().add("low", DataTypes.DoubleType).add("high", DataTypes.DoubleType);

  // One implementation for Spark and for tests: the UDF calls Intervals.newcombe.
  private static final UserDefinedFunction NEWCOMBE =
      udf((UDF4<Long, Long, Long, Long, Row>) ConcernOffer::interval, INTERVAL);

  private ConcernOffer() {}

  /**
   * One row per taxonomy concern; {@code low_support} when either side has under {@code minSupport}
   * reviews.
   */
  public static Dataset<Row> concernOffer(Dataset<Row> prepared, long minSupport) {
    Column has = array_contains(col("concerns"), col("concern"));
    Column offer = col("got_offer");
    Dataset<Row> counts =
        prepared
            .where(col("got_offer").isNotNull())
            .select(col("concerns"), col("got_offer"), explode(allConcerns()).as("concern"))
            .groupBy("concern")
            .agg(
                sum(when(has, 1L).otherwise(0L)).as("reviews_with"),
                sum(when(has.and(offer), 1L).otherwise(0L)).as("offers_with"),
                sum(when(has, 0L).otherwise(1L)).as("reviews_without"),
                sum(when(not(has).and(offer), 1L).otherwise(0L)).as("offers_without"));
    Column rateWith = rate("offers_with", "reviews_with");
    Column rateWithout = rate("offers_without", "reviews_without");
    Column ci =
        NEWCOMBE.apply(
            col("offers_with"), col("reviews_with"), col("offers_without"), col("reviews_without"));
    return counts
        .select(
            col("*"),
            rateWith.as("offer_rate_with"),
            rateWithout.as("offer_rate_without"),
            ci.as("ci"))
        .select(
            col("concern"),
            col("reviews_with"),
            col("offers_with"),
            col("offer_rate_with"),
            col("reviews_without"),
            col("offers_without"),
            col("offer_rate_without"),
            col("offer_rate_with").minus(col("offer_rate_without")).as("difference"),
            col("ci.low").as("ci_low"),
            col("ci.high").as("ci_high"),
            least(col("reviews_with"), col("reviews_without")).as("support"),
            least(col("reviews_with"), col("reviews_without")).lt(minSupport).as("low_support"))
        .orderBy("concern");
  }

  private static Column rate(String offers, String reviews) {
    return when(col(reviews).gt(0), col(offers).divide(col(reviews)));
  }

  private static Row interval(Long x1, Long n1, Long x2, Long n2) {
    double[] ci = Intervals.newcombe(x1, n1, x2, n2);
    return ci == null ? null : RowFactory.create(ci[0], ci[1]);
  }

  static Column allConcerns() {
    return array(Taxonomy.CONCERNS.stream().map(c -> lit(c)).toArray(Column[]::new));
  }
}
