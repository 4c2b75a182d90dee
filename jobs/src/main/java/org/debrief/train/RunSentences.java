package org.debrief.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.annotate.SentenceRows;
import org.debrief.common.Columns;
import org.debrief.common.RunLayout;

/** A run's annotated sentences of chosen reviews, collected to the driver and in order. */
final class RunSentences {
  private RunSentences() {}

  /**
   * Review id → its sentences in index order, for the reviews whose ids {@code keys} holds (a
   * one-column {@code review_id} dataset).
   */
  static Map<String, List<AnnotatedSentence>> of(
      SparkSession spark, RunLayout run, Dataset<Row> keys) {
    Dataset<Row> sentences = spark.read().parquet(run.sentences().toString());
    Columns.require(
        sentences, run.sentences().toString(), "annotate", SentenceRows.SCHEMA.fieldNames());
    Map<String, List<AnnotatedSentence>> out = new HashMap<>();
    for (Row s : sentences.join(keys, "review_id", "left_semi").collectAsList()) {
      out.computeIfAbsent(s.getAs("review_id"), k -> new ArrayList<>())
          .add(SentenceRows.fromRow(s));
    }
    out.values().forEach(l -> l.sort(Comparator.comparingInt(AnnotatedSentence::index)));
    return out;
  }
}
