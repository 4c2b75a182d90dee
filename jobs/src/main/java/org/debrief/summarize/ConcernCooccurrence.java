package org.debrief.summarize;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Co-occurrence of concerns: each unordered pair (concern_a < concern_b) raised in one review. */
public final class ConcernCooccurrence {
  private ConcernCooccurrence() {}

  public static Dataset<Row> concernCooccurrence(Dataset<Row> prepared) {
    Dataset<Row> single = prepared.select(col("review_id"), explode(col("concerns")).as("concern"));
    Dataset<Row> perConcern = single.groupBy("concern").agg(count(lit(1)).as("reviews"));
    Dataset<Row> a = single.select(col("review_id").as("rid_a"), col("concern").as("concern_a"));
    Dataset<Row> b = single.select(col("review_id").as("rid_b"), col("concern").as("concern_b"));
    Dataset<Row> pairs =
        a.join(
                b,
                col("rid_a").equalTo(col("rid_b")).and(col("concern_a").lt(col("concern_b"))),
                "inner")
            .groupBy("concern_a", "concern_b")
            .agg(count(lit(1)).as("reviews_both"));
    Dataset<Row> countA =
        perConcern.select(col("concern").as("ca"), col("reviews").as("reviews_a"));
    Dataset<Row> countB =
        perConcern.select(col("concern").as("cb"), col("reviews").as("reviews_b"));
    return pairs
        .join(countA, col("concern_a").equalTo(col("ca")), "inner")
        .join(countB, col("concern_b").equalTo(col("cb")), "inner")
        .select(
            col("concern_a"),
            col("concern_b"),
            col("reviews_both"),
            col("reviews_a"),
            col("reviews_b"),
            col("reviews_both").divide(col("reviews_a")).as("share_of_a"),
            col("reviews_both").divide(col("reviews_b")).as("share_of_b"))
        .orderBy(col("reviews_both").desc(), col("concern_a"), col("concern_b"));
  }
}
