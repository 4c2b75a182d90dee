package org.debrief.summarize;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.debrief.extract.Taxonomy;

/**
 * How often candidates hear back and how long the process took. The length comes from the
 * candidate's own statement in {@code application} ("The process took 3 weeks"), the form review
 * sites ask for; reviews without one count in {@code reviews} but not in the durations.
 */
public final class HearingBackTimes {
  static final String DURATION =
      "(?i)process took (?:about |around |roughly |over |almost |nearly |more than |less than )?"
          + "(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|week|month)s?";
  private static final List<String> NUMBER_WORDS =
      List.of(
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve");

  private HearingBackTimes() {}

  /** {@code in} with {@code process_days} (double, null when the review states no length). */
  public static Dataset<Row> withProcessDays(Dataset<Row> in) {
    Column amount = lower(regexp_extract(col("application"), DURATION, 1));
    Column unit = lower(regexp_extract(col("application"), DURATION, 2));
    Column number = when(amount.rlike("^[0-9]+$"), amount.cast(DataTypes.DoubleType));
    Column word = when(amount.isin("a", "an"), lit(1.0));
    for (int i = 0; i < NUMBER_WORDS.size(); i++) {
      word = word.when(amount.equalTo(NUMBER_WORDS.get(i)), lit(i + 1.0));
    }
    Column days =
        when(unit.equalTo("day"), 1.0)
            .when(unit.equalTo("week"), 7.0)
            .when(unit.equalTo("month"), 30.0);
    return in.withColumn("process_days", coalesce(number, word).multiply(days));
  }

  /**
   * One row per feedback outcome of the taxonomy, zero rows included (none at all for no reviews).
   */
  public static Dataset<Row> hearingBack(Dataset<Row> prepared) {
    Dataset<Row> timed = withProcessDays(prepared);
    Column outcomes = array(Taxonomy.FEEDBACK.stream().map(f -> lit(f)).toArray(Column[]::new));
    Column is = col("feedback").equalTo(col("outcome"));
    Dataset<Row> grid =
        timed.select(
            col("feedback"),
            col("followed_up"),
            col("process_days"),
            explode(outcomes).as("outcome"));
    return grid.groupBy("outcome")
        .agg(
            sum(when(is, 1L).otherwise(0L)).as("reviews"),
            sum(when(is.and(col("followed_up")), 1L).otherwise(0L)).as("followed_up"),
            sum(when(is.and(col("process_days").isNotNull()), 1L).otherwise(0L))
                .as("reviews_with_duration"),
            expr("percentile(CASE WHEN feedback = outcome THEN process_days END, 0.5)")
                .as("median_process_days"),
            avg(when(is, col("process_days"))).as("mean_process_days"),
            count(lit(1)).as("all_reviews"))
        .select(
            col("outcome").as("feedback"),
            col("reviews"),
            when(col("all_reviews").gt(0), col("reviews").divide(col("all_reviews")))
                .otherwise(0.0)
                .as("share_of_reviews"),
            col("followed_up"),
            col("reviews_with_duration"),
            col("median_process_days"),
            col("mean_process_days"))
        .orderBy("feedback");
  }
}
