package org.debrief.summarize;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * A row of {@code summaries/evidence_quotes}: one ranked evidence sentence for a concern. The
 * sentence is the review's own text, unredacted; the report redacts it before showing it. {@code
 * rank} ranks it among all the concern's quotes, {@code companyRank} among its company's (null when
 * the company gets no page); a row is kept when either is small enough.
 */
public record Quote(
    String concern,
    int rank,
    String sentence,
    String reviewId,
    String company,
    int begin,
    int end,
    List<String> rules,
    int ruleCount,
    long sameTextReviews,
    Integer companyRank) {

  public static final StructType SCHEMA =
      new StructType()
          .add("concern", StringType, false)
          .add("rank", IntegerType, false)
          .add("sentence", StringType, false)
          .add("review_id", StringType, false)
          .add("company", StringType, true)
          .add("begin", IntegerType, false)
          .add("end", IntegerType, false)
          .add("rules", createArrayType(StringType, false), false)
          .add("rule_count", IntegerType, false)
          .add("same_text_reviews", LongType, false)
          .add("company_rank", IntegerType, true);

  public Row toRow() {
    return RowFactory.create(
        concern,
        rank,
        sentence,
        reviewId,
        company,
        begin,
        end,
        scala.jdk.javaapi.CollectionConverters.asScala(rules).toList(),
        ruleCount,
        sameTextReviews,
        companyRank);
  }

  public static Quote fromRow(Row r) {
    return new Quote(
        r.getString(0),
        r.getInt(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        r.getInt(5),
        r.getInt(6),
        List.copyOf(r.getList(7)),
        r.getInt(8),
        r.getLong(9),
        r.isNullAt(10) ? null : r.getInt(10));
  }
}
