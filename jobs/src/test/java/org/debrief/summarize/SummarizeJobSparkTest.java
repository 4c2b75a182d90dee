package org.debrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.ParquetFooters;
import org.debrief.common.RunLayout;
import org.debrief.common.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summarize on disk: every summary's files carry the run's metadata in their Parquet footers. */
class SummarizeJobSparkTest {
  @TempDir static Path tmp;
  static RunLayout out;
  static SummarizeJob.Result result;

  @BeforeAll
  static void summarise() {
    SparkSession spark = SparkTestSession.get();
    out = new RunLayout(org.debrief.common.fs.Location.local(tmp.resolve("run")));
    SummaryFixtures.reviews(spark).coalesce(1).write().parquet(out.reviews().toString());
    result = SummarizeJob.run(spark, out, "run-42", 2);
  }

  @Test
  void footersCarryTaxonomyRunAndInputChecksum() throws Exception {
    String checksum = SummarizeJob.checksum(out.reviews());
    assertThat(checksum).hasSize(64);
    for (String name : Summaries.names()) {
      for (org.debrief.common.fs.Location file :
          ParquetFooters.partFiles(out.summaries().resolve(name))) {
        Map<String, String> kv;
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file.path()))) {
          kv = reader.getFileMetaData().getKeyValueMetaData();
        }
        assertThat(kv)
            .as(file.toString())
            .containsEntry("debrief.taxonomy_version", "1")
            .containsEntry("debrief.run_id", "run-42")
            .containsEntry("debrief.input_sha256", checksum)
            .containsEntry("debrief.summary", name)
            .containsEntry("debrief.min_support", "2")
            // Spark's own schema key survives the rewrite, so Spark still reads its types.
            .containsKey("org.apache.spark.sql.parquet.row.metadata");
      }
    }
  }

  @Test
  void rewrittenFilesStillReadWithTheirRows() {
    SparkSession spark = SparkTestSession.get();
    assertThat(result.rows())
        .containsEntry(Summaries.FEEDBACK_BY_COMPANY, 3L)
        .containsEntry(Summaries.HEARING_BACK, 4L);
    assertThat(
            spark
                .read()
                .parquet(out.summaries().resolve(Summaries.FEEDBACK_BY_COMPANY).toString())
                .count())
        .isEqualTo(3);
    assertThat(result.analysedReviews()).isEqualTo(5);
    assertThat(result.inputSha256()).isEqualTo(SummarizeJob.checksum(out.reviews()));
  }
}
