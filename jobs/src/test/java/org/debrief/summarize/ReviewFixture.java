package org.debrief.summarize;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.debrief.extract.ExtractionRows;

/** Hand-made rows of {@code reviews/} with the columns summarize reads. */
public record ReviewFixture(
    String reviewId,
    String company,
    String role,
    String date,
    String offer,
    String application,
    String sentiment,
    Double sentimentScore,
    List<String> concerns,
    String feedback,
    List<String> processIssues,
    Boolean followedUp,
    List<Row> evidence) {

  public static final StructType SCHEMA =
      new StructType()
          .add("review_id", StringType)
          .add("company", StringType)
          .add("role", StringType)
          .add("review_date", DateType)
          .add("offer", StringType)
          .add("application", StringType)
          .add("sentiment", StringType)
          .add("sentiment_score", DoubleType)
          .add("concerns", createArrayType(StringType))
          .add("feedback", StringType)
          .add("process_issues", createArrayType(StringType))
          .add("followed_up", BooleanType)
          .add("evidence", createArrayType(ExtractionRows.EVIDENCE))
          .add("taxonomy_version", StringType);

  /** An analysed review with no evidence. */
  public static ReviewFixture of(
      String id,
      String company,
      String role,
      String date,
      String offer,
      List<String> concerns,
      String feedback) {
    return new ReviewFixture(
        id, company, role, date, offer, null, "neutral", 0.0, concerns, feedback, List.of(), false,
        List.of());
  }

  public ReviewFixture with(String sentiment, Double score) {
    return new ReviewFixture(
        reviewId,
        company,
        role,
        date,
        offer,
        application,
        sentiment,
        score,
        concerns,
        feedback,
        processIssues,
        followedUp,
        evidence);
  }

  public ReviewFixture withProcess(List<String> issues, Boolean followed, String applicationText) {
    return new ReviewFixture(
        reviewId,
        company,
        role,
        date,
        offer,
        applicationText,
        sentiment,
        sentimentScore,
        concerns,
        feedback,
        issues,
        followed,
        evidence);
  }

  public ReviewFixture withEvidence(Row... rows) {
    return new ReviewFixture(
        reviewId,
        company,
        role,
        date,
        offer,
        application,
        sentiment,
        sentimentScore,
        concerns,
        feedback,
        processIssues,
        followedUp,
        List.of(rows));
  }

  public static Row evidence(String label, String sentence, int begin, String rule) {
    return RowFactory.create(label, sentence, begin, begin + sentence.length(), rule, 1.0);
  }

  public Row toRow() {
    return RowFactory.create(
        reviewId,
        company,
        role,
        date == null ? null : Date.valueOf(date),
        offer,
        application,
        sentiment,
        sentimentScore,
        seq(concerns),
        feedback,
        seq(processIssues),
        followedUp,
        seq(evidence),
        "1");
  }

  public static Dataset<Row> dataset(SparkSession spark, ReviewFixture... reviews) {
    List<Row> rows = new ArrayList<>();
    for (ReviewFixture r : reviews) {
      rows.add(r.toRow());
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return list == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }
}
