package org.debrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.Json;
import org.debrief.common.SharedData;
import org.debrief.common.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code debrief run} on the bundled samples, as the README's first command does it: every stage,
 * the data contract's schema, and evidence that points into the review text.
 */
class RunCommandIT {
  @TempDir static Path tmp;
  static MainTest.Captured result;
  static JsonNode manifest;
  static Dataset<Row> reviews;
  static Dataset<Row> sentences;

  @BeforeAll
  static void runOnSamples() throws IOException {
    SparkSession spark = SparkTestSession.get();
    result =
        MainTest.Captured.run(
            "run",
            "--input",
            SharedData.samples().toString(),
            "--output",
            tmp.resolve("out").toString());
    manifest = Json.MAPPER.readTree(tmp.resolve("out/latest/manifest.json").toFile());
    reviews = spark.read().parquet(tmp.resolve("out/latest/reviews").toString()).cache();
    sentences = spark.read().parquet(tmp.resolve("out/latest/sentences").toString()).cache();
  }

  @Test
  void reviewsHaveTheDataContractColumnsAndTypes() {
    assertThat(reviews.schema().simpleString())
        .isEqualTo(
            "struct<review_id:string,source:string,company:string,role:string,review_date:date,"
                + "offer:string,experience_rating:string,difficulty:string,application:string,"
                + "text:string,questions:string,language:string,source_file:string,"
                + "source_line:int,sentiment:string,sentiment_score:double,concerns:array<string>,"
                + "feedback:string,process_issues:array<string>,followed_up:boolean,"
                + "evidence:array<struct<label:string,sentence:string,begin:int,end:int,"
                + "rule:string,probability:double>>,taxonomy_version:string>");
    assertThat(reviews.count()).isEqualTo(73);
  }

  @Test
  void everyLabelHasEvidenceThatQuotesTheReviewText() {
    List<Row> rows =
        reviews
            .where("feedback is not null")
            .selectExpr("text", "concerns", "process_issues", "feedback", "followed_up", "evidence")
            .collectAsList();
    assertThat(rows).hasSize(68);
    int labelled = 0;
    for (Row r : rows) {
      String text = r.getString(0);
      List<String> evidenced = new ArrayList<>();
      for (Row e : r.<Row>getList(5)) {
        assertThat(text.substring(e.getInt(2), e.getInt(3))).isEqualTo(e.getString(1));
        evidenced.add(e.getString(0));
      }
      List<String> labels = new ArrayList<>(r.<String>getList(1));
      labels.addAll(r.<String>getList(2));
      if (!r.getString(3).equals("not_stated")) {
        labels.add(r.getString(3));
      }
      if (r.getBoolean(4)) {
        labels.add("followed_up");
      }
      assertThat(evidenced).containsAll(labels);
      labelled += labels.size();
    }
    assertThat(labelled).isGreaterThan(60);
  }

  @Test
  void nonEnglishReviewsAreKeptButNotAnalysed() {
    List<Row> other =
        reviews
            .where("language not in ('en', 'und')")
            .select("language", "feedback", "sentiment")
            .collectAsList();
    assertThat(other).hasSize(5);
    assertThat(other).allMatch(r -> r.isNullAt(1) && r.isNullAt(2));
  }

  @Test
  void sentenceOffsetsPointIntoTheirReview() {
    List<Row> joined =
        sentences
            .withColumnRenamed("text", "sentence_text")
            .join(reviews.select("review_id", "text"), "review_id")
            .selectExpr(
                "substring(text, begin + 1, end - begin) = sentence_text", "sentiment", "flags")
            .collectAsList();
    assertThat(joined).isNotEmpty().allMatch(r -> r.getBoolean(0));
    assertThat(joined)
        .allMatch(r -> r.isNullAt(1) == r.<String>getList(2).contains("too_long_for_parser"));
    assertThat(manifest.at("/annotate/sentences").asLong()).isEqualTo(joined.size());
  }

  @Test
  void succeedsAndRecordsTheRunInTheManifest() {
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(manifest.get("status").asText()).isEqualTo("succeeded");
    assertThat(manifest.at("/versions/taxonomy").asText()).isEqualTo("1");
    assertThat(manifest.at("/versions/spark").asText()).startsWith("4.");
    assertThat(manifest.at("/stages/ingest/seconds").asDouble()).isPositive();
  }

  @Test
  void countsMatchTheSamplesReadme() {
    JsonNode c = manifest.get("counts");
    assertThat(
            List.of(
                c.get("read").asLong(),
                c.get("accepted").asLong(),
                c.get("quarantined").asLong(),
                c.get("duplicates").asLong()))
        .containsExactly(80L, 73L, 6L, 1L);
    List<String> perFile = new ArrayList<>();
    for (JsonNode f : manifest.get("inputs")) {
      perFile.add(
          Path.of(f.get("file").asText()).getFileName()
              + " "
              + f.get("layout").asText()
              + " "
              + f.get("read")
              + "/"
              + f.get("accepted")
              + "/"
              + f.get("quarantined")
              + "/"
              + f.get("duplicates"));
      assertThat(f.get("sha256").asText()).hasSize(64);
    }
    assertThat(perFile)
        .containsExactly(
            "more.jsonl canonical 15/12/3/0",
            "reviews.csv canonical 30/26/3/1",
            "labels.jsonl taxonomy-labels 0/0/0/0",
            "interviews.csv glassdoor-scrape 20/20/0/0",
            "panel_export.csv glassdoor-spreadsheet 15/15/0/0");
  }

  @Test
  void writesSummariesReportAndNotebook() {
    Path run = tmp.resolve("out/latest");
    assertThat(manifest.at("/summarize/rows/label_frequencies").asLong()).isPositive();
    assertThat(manifest.at("/summarize/analysed_reviews").asLong()).isEqualTo(68);
    assertThat(manifest.at("/report/index").asText()).isEqualTo("report/index.html");
    assertThat(run.resolve("summaries/concern_offer")).isDirectory();
    assertThat(run.resolve("report/index.html")).isRegularFile();
    assertThat(run.resolve("report/concern_offer.csv")).isRegularFile();
    assertThat(run.resolve("notebooks/debrief-run.ipynb")).isRegularFile();
    assertThat(run.resolve("notebooks/debrief-run.html")).isRegularFile();
  }

  @Test
  void printsThePerFileTable() {
    assertThat(result.out()).contains("reviews.csv").containsPattern("total\\s+80\\s+73\\s+6\\s+1");
  }
}
