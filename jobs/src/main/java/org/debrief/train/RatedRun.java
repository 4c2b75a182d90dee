package org.debrief.train;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.common.Columns;
import org.debrief.common.RunLayout;
import org.debrief.evaluate.Scorer;

/**
 * The English reviews of a run that carry the candidate's own rating, with their annotated
 * sentences, collected to the driver (about two thousand reviews) as sentiment training examples.
 */
public final class RatedRun {
  private RatedRun() {}

  /** Every rated, annotated English review of {@code run}, sorted by id so folds are stable. */
  public static List<SentimentCrossValidation.Example> examples(SparkSession spark, RunLayout run) {
    Dataset<Row> reviews = spark.read().parquet(run.reviews().toString());
    Columns.require(
        reviews,
        run.reviews().toString(),
        "ingest",
        "review_id",
        "company",
        "experience_rating",
        "language");
    Column rated =
        col("experience_rating")
            .isin(Scorer.SENTIMENT_CLASSES.toArray())
            .and(col("language").equalTo("en"));
    Dataset<Row> kept = reviews.where(rated).select("review_id", "company", "experience_rating");
    Map<String, List<AnnotatedSentence>> byId =
        RunSentences.of(spark, run, kept.select("review_id"));
    List<SentimentCrossValidation.Example> out = new ArrayList<>();
    java.util.Set<List<String>> seen = new java.util.HashSet<>();
    for (Row r : kept.orderBy("review_id").collectAsList()) {
      List<AnnotatedSentence> s = byId.get(r.getString(0));
      if (s == null) {
        continue;
      }
      // An export without company names repeats another's reviews; one copy, in one fold.
      if (!seen.add(s.stream().map(AnnotatedSentence::text).toList())) {
        continue;
      }
      out.add(
          new SentimentCrossValidation.Example(
              r.getString(0),
              CompanyGroups.of(r.getString(0), r.getString(1)),
              r.getString(2),
              List.copyOf(s)));
    }
    return out;
  }
}
