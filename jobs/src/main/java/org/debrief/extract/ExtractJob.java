package org.debrief.extract;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.annotate.SentenceRows;
import org.debrief.common.Columns;
import org.debrief.common.DatasetFiles;
import org.debrief.common.RunLayout;

/**
 * Extract: annotated sentences → taxonomy labels with evidence on every review. Reads the tokens
 * annotate stored, so nothing is tokenised twice.
 */
public final class ExtractJob {
  private static final String SENTENCES = "annotated_sentences";

  private ExtractJob() {}

  public static void run(SparkSession spark, RunLayout out) {
    Dataset<Row> reviews = spark.read().parquet(out.reviews().toString());
    Columns.require(reviews, out.reviews().toString(), "ingest", "review_id", "text");
    Dataset<Row> sentences = spark.read().parquet(out.sentences().toString());
    Columns.require(
        sentences, out.sentences().toString(), "annotate", "review_id", "index", "tokens");
    DatasetFiles.replaceParquet(withExtraction(reviews, sentences), out.reviews());
  }

  /**
   * {@code reviews} with the {@link ExtractionRows#COLUMNS} (replaced when already there), ordered
   * by review id.
   */
  public static Dataset<Row> withExtraction(Dataset<Row> reviews, Dataset<Row> sentences) {
    Dataset<Row> base = reviews.drop(ExtractionRows.COLUMNS.fieldNames());
    Dataset<Row> grouped =
        sentences
            .groupBy(col("review_id").as("sentence_review_id"))
            .agg(
                sort_array(
                        collect_list(
                            struct(
                                "index",
                                "begin",
                                "end",
                                "text",
                                "sentiment",
                                "probabilities",
                                "flags",
                                "phrase_probabilities",
                                "tokens")))
                    .as(SENTENCES));
    Dataset<Row> joined =
        base.join(
            grouped, base.col("review_id").equalTo(grouped.col("sentence_review_id")), "left");
    StructType schema = base.schema();
    for (StructField f : ExtractionRows.COLUMNS.fields()) {
      schema = schema.add(f);
    }
    int width = base.columns().length;
    int sentimentAt = List.of(base.columns()).indexOf("sentiment");
    int scoreAt = List.of(base.columns()).indexOf("sentiment_score");
    // Sorted before the map: a sort after it would sample, and so run, the extraction twice.
    return joined
        .orderBy(base.col("review_id"))
        .map(
            (MapFunction<Row, Row>) r -> extracted(r, width, sentimentAt, scoreAt),
            Encoders.row(schema));
  }

  private static Row extracted(Row r, int width, int sentimentAt, int scoreAt) {
    List<Row> annotated =
        r.isNullAt(r.fieldIndex(SENTENCES)) ? null : r.getList(r.fieldIndex(SENTENCES));
    List<AnnotatedSentence> sentences = annotated == null ? null : toSentences(annotated);
    Extraction e =
        sentences == null
            ? null
            : RulePrecision.standard()
                .calibrated(Extractor.standard().extract(r.getAs("text"), sentences));
    Object[] added = ExtractionRows.values(e);
    Object[] values = new Object[width + added.length];
    for (int i = 0; i < width; i++) {
      values[i] = r.get(i);
    }
    // The learned review sentiment replaces annotate's derivation where annotate gave one.
    if (sentences != null && !sentences.isEmpty() && sentimentAt >= 0 && scoreAt >= 0) {
      SentimentModel model = SentimentArtefact.standard().model();
      var features = model.features(sentences);
      var p = model.probabilities(features);
      values[sentimentAt] = model.verdict(features).sentiment();
      values[scoreAt] = p.getOrDefault("positive", 0.0) - p.getOrDefault("negative", 0.0);
    }
    System.arraycopy(added, 0, values, width, added.length);
    return RowFactory.create(values);
  }

  private static List<AnnotatedSentence> toSentences(List<Row> rows) {
    List<AnnotatedSentence> out = new ArrayList<>(rows.size());
    rows.forEach(s -> out.add(SentenceRows.fromRow(s)));
    return out;
  }
}
