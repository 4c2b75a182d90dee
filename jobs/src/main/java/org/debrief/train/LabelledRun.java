package org.debrief.train;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.common.Columns;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.RunLayout;
import org.debrief.evaluate.GoldLabel;

/**
 * The hand-labelled reviews of a run with their annotated sentences, collected to the driver: a few
 * thousand reviews at most, so training and scoring need no cluster.
 */
public final class LabelledRun {
  private LabelledRun() {}

  /**
   * Every labelled review the run annotated (English ones), in the labels' order.
   *
   * @throws DebriefException when none of the labelled ids is in the run
   */
  public static List<LabelledReview> reviews(
      SparkSession spark, RunLayout run, List<GoldLabel> gold, Map<String, String> why) {
    Object[] ids = gold.stream().map(GoldLabel::reviewId).toArray();
    Dataset<Row> reviews = spark.read().parquet(run.reviews().toString());
    Columns.require(
        reviews,
        run.reviews().toString(),
        "ingest",
        "review_id",
        "company",
        "text",
        "experience_rating");
    Dataset<Row> labelled =
        reviews
            .where(col("review_id").isin(ids))
            .select("review_id", "company", "text", "experience_rating");
    Map<String, Row> byId = new HashMap<>();
    for (Row r : labelled.collectAsList()) {
      byId.put(r.getString(0), r);
    }
    Map<String, List<AnnotatedSentence>> annotated =
        RunSentences.of(spark, run, labelled.select("review_id"));
    List<LabelledReview> out = new ArrayList<>();
    for (GoldLabel g : gold) {
      Row r = byId.get(g.reviewId());
      List<AnnotatedSentence> s = annotated.get(g.reviewId());
      if (r == null || s == null) {
        continue;
      }
      out.add(
          new LabelledReview(
              g.reviewId(),
              CompanyGroups.of(g.reviewId(), r.getString(1)),
              r.getString(2),
              List.copyOf(s),
              g,
              why.getOrDefault(g.reviewId(), ""),
              r.isNullAt(3) ? null : r.getString(3)));
    }
    if (out.isEmpty()) {
      throw new DebriefException(
          ExitCode.USAGE,
          "none of the "
              + gold.size()
              + " labelled review ids is an annotated review of "
              + run.root()
              + "; run `debrief run` on the labelled CSVs first (see the examples)");
    }
    return out;
  }
}
