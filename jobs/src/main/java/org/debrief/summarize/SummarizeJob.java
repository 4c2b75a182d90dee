package org.debrief.summarize;

import static org.apache.spark.sql.functions.col;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.Columns;
import org.debrief.common.DatasetFiles;
import org.debrief.common.ParquetFooters;
import org.debrief.common.RunLayout;
import org.debrief.common.Sha256;
import org.debrief.common.SqlSettings;
import org.debrief.common.fs.Location;
import org.debrief.extract.Taxonomy;

/**
 * Summarize: {@code reviews/} → one Parquet dataset per summary under {@code summaries/}, each
 * file's footer carrying the taxonomy version, the run id and the input checksum. The whole folder
 * is published at once, so readers never mix summaries of two runs.
 */
public final class SummarizeJob {
  public static final String KEY_TAXONOMY = "debrief.taxonomy_version";
  public static final String KEY_RUN_ID = "debrief.run_id";
  public static final String KEY_INPUT_SHA256 = "debrief.input_sha256";
  public static final String KEY_SUMMARY = "debrief.summary";
  public static final String KEY_MIN_SUPPORT = "debrief.min_support";

  /**
   * Summaries are small whatever the input: their shuffles are grouped rows. One shuffle partition
   * and no adaptive re-planning make each summary one Spark job (no sampling job for its sort, no
   * job per query stage) instead of about seven.
   */
  static final Map<String, String> SMALL_RESULTS =
      Map.of("spark.sql.adaptive.enabled", "false", "spark.sql.shuffle.partitions", "1");

  /** What summarize wrote, for the manifest. */
  public record Result(String inputSha256, long analysedReviews, Map<String, Long> rows) {}

  private SummarizeJob() {}

  public static Result run(SparkSession spark, RunLayout out, String runId, long minSupport) {
    Dataset<Row> reviews = spark.read().parquet(out.reviews().toString());
    Columns.require(reviews, out.reviews().toString(), "extract", SummaryInput.REQUIRED);
    String checksum = checksum(out.reviews());
    Location staging = DatasetFiles.stagingFor(out.summaries());
    Map<String, Long> rows = new LinkedHashMap<>();
    // Every summary reads the same few columns: read them once, not once per summary.
    Dataset<Row> input = reviews.select(SummaryInput.REQUIRED[0], rest()).persist();
    long analysed;
    try {
      SqlSettings.with(
          spark,
          SMALL_RESULTS,
          () -> {
            write(input, staging, runId, checksum, minSupport, rows);
            return null;
          });
      analysed = input.where(col("feedback").isNotNull()).count();
    } finally {
      input.unpersist();
    }
    DatasetFiles.publish(staging, out.summaries());
    return new Result(checksum, analysed, rows);
  }

  private static String[] rest() {
    return java.util.Arrays.copyOfRange(SummaryInput.REQUIRED, 1, SummaryInput.REQUIRED.length);
  }

  private static void write(
      Dataset<Row> reviews,
      Location staging,
      String runId,
      String checksum,
      long minSupport,
      Map<String, Long> rows) {
    for (Map.Entry<String, Dataset<Row>> s :
        Summaries.all(reviews, RoleFamilies.standard(), minSupport).entrySet()) {
      Location target = staging.resolve(s.getKey());
      // Summaries are small: one file each is what spreadsheet and notebook readers want.
      s.getValue().coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(target.toString());
      ParquetFooters.addMetadata(
          target,
          Map.of(
              KEY_TAXONOMY,
              Taxonomy.VERSION,
              KEY_RUN_ID,
              runId,
              KEY_INPUT_SHA256,
              checksum,
              KEY_SUMMARY,
              s.getKey(),
              KEY_MIN_SUPPORT,
              Long.toString(minSupport)));
      rows.put(s.getKey(), ParquetFooters.rowCount(target));
    }
  }

  /** SHA-256 over the names and bytes of the Parquet files summarised, in name order. */
  public static String checksum(Location parquetFolder) {
    return Sha256.namesAndBytes(ParquetFooters.partFiles(parquetFolder));
  }
}
