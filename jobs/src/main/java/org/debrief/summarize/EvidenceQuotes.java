package org.debrief.summarize;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * The best evidence quotes per concern, ranked and deduplicated; and, for each company that gets a
 * page in the report (at least {@code minSupport} analysed reviews), its own best quotes per
 * concern, ranked the same way within the company.
 *
 * <p>Only evidence whose rule is right often enough on labelled reviews is quoted. Rank: the most
 * probable evidence first, then more rules agreeing on the sentence (independent patterns firing is
 * the best sign the label is right), then sentences nearest {@value #IDEAL_LENGTH} characters (long
 * enough to carry context, short enough to quote), then review id and offset so the order is
 * stable. Sentences with the same words (case, spacing and punctuation aside) are one quote.
 */
public final class EvidenceQuotes {
  public static final int IDEAL_LENGTH = 120;

  private EvidenceQuotes() {}

  /**
   * @param minProbability evidence below it is not quoted: the rule-precision artefact's quote
   *     threshold, chosen for precision ≥ 0.9 on company groups it was not counted on
   * @param perCompany quotes kept per concern of a company with a page, besides the overall ones
   */
  public static Dataset<Row> evidenceQuotes(
      Dataset<Row> prepared,
      int perConcern,
      double minProbability,
      int perCompany,
      long minSupport) {
    Column[] order = {
      preference(),
      agreement(),
      abs(length(col("sentence")).minus(lit(IDEAL_LENGTH))),
      col("review_id"),
      col("begin")
    };
    Column paged = col("company").isNotNull().and(col("company_reviews").geq(minSupport));
    return distinctTexts(quotable(prepared, minProbability))
        .withColumn("rank", row_number().over(Window.partitionBy("concern").orderBy(order)))
        .withColumn(
            "company_rank",
            when(
                paged,
                row_number().over(Window.partitionBy("company_group", "concern").orderBy(order))))
        .where(col("rank").leq(perConcern).or(col("company_rank").leq(perCompany)))
        .select(
            col("concern"),
            col("rank"),
            col("sentence"),
            col("review_id"),
            col("company"),
            col("begin"),
            col("end"),
            col("rules"),
            col("rule_count"),
            col("same_text_reviews"),
            col("company_rank"))
        .orderBy("concern", "rank");
  }

  /**
   * One row per concern and sentence of a review that raised the concern, from evidence of at least
   * {@code minProbability}: the rules that found it, the best probability, and a text key.
   */
  static Dataset<Row> quotable(Dataset<Row> prepared, double minProbability) {
    return prepared
        .withColumn("company_reviews", count(lit(1)).over(Window.partitionBy("company_group")))
        .select(
            col("review_id"),
            col("company"),
            col("company_group"),
            col("company_reviews"),
            col("concerns"),
            explode(col("evidence")).as("e"))
        .where(array_contains(col("concerns"), col("e.label")))
        .where(col("e.label").isin(org.debrief.extract.Taxonomy.CONCERNS.toArray()))
        .where(col("e.probability").geq(minProbability))
        .groupBy(
            col("e.label").as("concern"),
            col("review_id"),
            col("company"),
            col("company_group"),
            col("company_reviews"),
            col("e.sentence").as("sentence"),
            col("e.begin").as("begin"),
            col("e.end").as("end"))
        .agg(
            sort_array(collect_set(col("e.rule"))).as("rules"),
            max(col("e.probability")).as("probability"))
        .withColumn("rule_count", size(col("rules")))
        .withColumn(
            "text_key", trim(regexp_replace(lower(col("sentence")), "[^\\p{L}\\p{N}]+", " ")));
  }

  /**
   * The best copy of each concern's sentence text, with the number of reviews that wrote it: the
   * same words in several reviews are one quote.
   */
  static Dataset<Row> distinctTexts(Dataset<Row> evidence) {
    WindowSpec sameText = Window.partitionBy("concern", "text_key");
    return evidence
        .withColumn(
            "same_text_reviews",
            size(collect_set(col("review_id")).over(sameText)).cast(DataTypes.LongType))
        .withColumn(
            "copy",
            row_number()
                .over(sameText.orderBy(preference(), agreement(), col("review_id"), col("begin"))))
        .where(col("copy").equalTo(1));
  }

  private static Column preference() {
    return col("probability").desc();
  }

  private static Column agreement() {
    return col("rule_count").desc();
  }
}
