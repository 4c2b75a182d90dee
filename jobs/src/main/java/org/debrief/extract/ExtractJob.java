package org.debrief.extract;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.annotate.SentenceRows;
import org.debrief.common.Columns;
import org.debrief.common.DatasetFiles;
import org.debrief.common.Faults;
import org.debrief.common.RunLayout;
import org.debrief.common.TextBatches;

/**
 * Extract: annotated sentences → taxonomy labels with evidence, and the learned review sentiment,
 * on every review. Reads the tokens annotate stored, so nothing is tokenised twice. Results are
 * kept per text ({@link ExtractionState}): only texts not extracted before with the same code and
 * annotations are extracted; the rest are joined from the state.
 */
public final class ExtractJob {
  private static final String SENTENCES = "annotated_sentences";
  private static final String KEY = TextBatches.KEY;

  /** Texts extracted now, and texts whose results came from the state. */
  public record Counts(long extracted, long reused) {}

  private ExtractJob() {}

  public static Counts run(SparkSession spark, RunLayout out, TextBatches state) {
    Dataset<Row> reviews = spark.read().parquet(out.reviews().toString());
    Columns.require(reviews, out.reviews().toString(), "ingest", "review_id", "text");
    Dataset<Row> sentences = spark.read().parquet(out.sentences().toString());
    Columns.require(
        sentences, out.sentences().toString(), "annotate", "review_id", "index", "tokens");
    Dataset<Row> base = reviews.drop(addedColumns());
    Dataset<Row> hashed = base.withColumn(KEY, sha2(col("text"), 256));

    Dataset<Row> annotated =
        hashed
            .select("review_id", KEY, "text")
            .join(sentences.select("review_id").distinct(), "review_id", "left_semi");
    Dataset<Row> todo =
        (state.exists()
                ? annotated.join(state.read(spark).select(KEY), KEY, "left_anti")
                : annotated)
            .dropDuplicates(KEY)
            .cache();
    long extracted = todo.count();
    if (extracted > 0) {
      state.append(extracted(todo, sentences));
    }
    todo.unpersist();

    Dataset<Row> stored = state.readOnce(spark);
    Dataset<Row> result =
        hashed
            .join(stored, hashed.col(KEY).equalTo(stored.col(KEY)), "left")
            .select(outputColumns(base, stored))
            .orderBy("review_id");
    // Counted before reviews/ is replaced: these datasets read its old files.
    long annotatedTexts = annotated.select(KEY).distinct().count();
    DatasetFiles.replaceParquet(result, out.reviews());
    return new Counts(extracted, annotatedTexts - extracted);
  }

  /** The review's own columns, then sentiment and the {@link ExtractionRows#COLUMNS}. */
  private static Column[] outputColumns(Dataset<Row> base, Dataset<Row> stored) {
    List<Column> cols = new ArrayList<>();
    for (String c : base.columns()) {
      cols.add(base.col(c));
    }
    cols.add(stored.col("sentiment"));
    cols.add(stored.col("sentiment_score"));
    for (StructField f : ExtractionRows.COLUMNS.fields()) {
      cols.add(
          f.name().equals(ExtractionRows.TAXONOMY_VERSION)
              ? lit(Taxonomy.VERSION).as(f.name())
              : stored.col(f.name()));
    }
    return cols.toArray(Column[]::new);
  }

  private static String[] addedColumns() {
    List<String> names = new ArrayList<>(List.of("sentiment", "sentiment_score"));
    names.addAll(List.of(ExtractionRows.COLUMNS.fieldNames()));
    return names.toArray(String[]::new);
  }

  /**
   * One state row per text in {@code todo} (review id, hash, text), from its review's sentences.
   */
  static Dataset<Row> extracted(Dataset<Row> todo, Dataset<Row> sentences) {
    Dataset<Row> grouped =
        sentences
            .join(todo.select("review_id"), "review_id", "left_semi")
            .groupBy("review_id")
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
    return todo.join(grouped, "review_id")
        .map((MapFunction<Row, Row>) ExtractJob::stateRow, Encoders.row(ExtractionState.SCHEMA));
  }

  private static Row stateRow(Row r) {
    List<AnnotatedSentence> sentences = toSentences(r.getList(r.fieldIndex(SENTENCES)));
    Extraction e =
        RulePrecision.standard()
            .calibrated(
                LearnedLabelsArtefact.standard().labels().extract(r.getAs("text"), sentences));
    Object[] added = ExtractionRows.values(e);
    Object[] values = new Object[3 + added.length - 1];
    values[0] = r.getAs(KEY);
    // The learned review sentiment; a text without sentences has none.
    if (!sentences.isEmpty()) {
      SentimentModel model = SentimentArtefact.standard().model();
      var features = model.features(sentences);
      var p = model.probabilities(features);
      values[1] = model.verdict(features).sentiment();
      values[2] = p.getOrDefault("positive", 0.0) - p.getOrDefault("negative", 0.0);
    }
    // The taxonomy version, last of the added values, is not stored per text.
    System.arraycopy(added, 0, values, 3, added.length - 1);
    Faults.pauseAt("extract");
    return RowFactory.create(values);
  }

  private static List<AnnotatedSentence> toSentences(List<Row> rows) {
    List<AnnotatedSentence> out = new ArrayList<>(rows.size());
    rows.forEach(s -> out.add(SentenceRows.fromRow(s)));
    return out;
  }
}
