package org.debrief.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.Json;
import org.debrief.common.SharedData;
import org.debrief.common.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nightly schedule over a growing folder, process by process: only new reviews are annotated, the
 * same input gives the same rows, a concurrent run is refused, a run killed with SIGKILL during
 * annotation or publication leaves the last good run visible and intact, and a run that lost its
 * lock publishes nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyRunIT {
  @TempDir static Path tmp;
  static Path input;
  static Path out;
  static SparkSession spark;

  @BeforeAll
  static void firstNight() throws Exception {
    spark = SparkTestSession.get();
    input = Files.createDirectories(tmp.resolve("exports"));
    Files.copy(SharedData.samples().resolve("canonical/reviews.csv"), input.resolve("reviews.csv"));
    out = tmp.resolve("out");
    assertThat(DebriefProcess.run("run", "--input", input.toString(), "--output", out.toString()))
        .isZero();
  }

  @Test
  @Order(1)
  void aSecondRunOverTheSameInputAnnotatesNothingAndGivesTheSameRows() throws Exception {
    JsonNode first = manifest();
    List<Row> firstRows = rows();
    List<List<Row>> firstSummaries = summaries();
    assertThat(DebriefProcess.run("run", "--input", input.toString(), "--output", out.toString()))
        .isZero();
    JsonNode second = manifest();
    assertThat(second.get("run_id").asText()).isNotEqualTo(first.get("run_id").asText());
    assertThat(second.at("/annotate/texts_annotated").asLong()).isZero();
    assertThat(second.at("/annotate/texts_reused").asLong())
        .isEqualTo(first.at("/annotate/texts_annotated").asLong())
        .isEqualTo(25);
    assertThat(rows()).containsExactlyElementsOf(firstRows);
    assertThat(summaries()).isEqualTo(firstSummaries);
    // Nothing changed: the rows were published again without Spark, and the manifest says so.
    assertThat(second.at("/reused/from").asText()).isEqualTo(first.get("run_id").asText());
    assertThat(second.get("spark_jobs").asInt()).isZero();
    assertThat(second.at("/stages/extract/reused_from").asText())
        .isEqualTo(first.get("run_id").asText());
    assertThat(second.at("/counts")).isEqualTo(first.at("/counts"));
    // The first run's total counts its stages' jobs and those outside any stage (validation).
    assertThat(sumOfStageJobs(first)).isPositive();
    assertThat(first.get("spark_jobs").asInt()).isGreaterThanOrEqualTo(sumOfStageJobs(first));
  }

  @Test
  @Order(2)
  void addingTenReviewsAnnotatesExactlyTen() throws Exception {
    StringBuilder csv = new StringBuilder("review_id,company,text,offer\n");
    for (int i = 1; i <= 10; i++) {
      csv.append("new-")
          .append(i)
          .append(",Acme ")
          .append(i)
          .append(",\"Night ")
          .append(i)
          .append(": the recruiter called me back after ")
          .append(i)
          .append(" days and said they went with someone more senior.\",No Offer\n");
    }
    Files.writeString(input.resolve("tonight.csv"), csv);
    assertThat(DebriefProcess.run("run", "--input", input.toString(), "--output", out.toString()))
        .isZero();
    JsonNode m = manifest();
    assertThat(m.at("/annotate/texts_annotated").asLong()).isEqualTo(10);
    assertThat(m.at("/annotate/texts_reused").asLong()).isEqualTo(25);
    assertThat(m.at("/counts/accepted").asLong()).isEqualTo(36);
    // Only the new file was parsed, only the new texts extracted.
    assertThat(m.at("/ingest/files_parsed").asLong()).isEqualTo(1);
    assertThat(m.at("/ingest/files_reused").asLong()).isEqualTo(1);
    assertThat(m.at("/extract/texts_extracted").asLong()).isEqualTo(10);
    assertThat(m.at("/extract/texts_reused").asLong()).isEqualTo(25);
    for (String stage : List.of("ingest", "annotate", "extract", "summarize", "report")) {
      assertThat(m.at("/stages/" + stage + "/spark_jobs").asInt()).as(stage).isPositive();
    }
  }

  @Test
  @Order(3)
  void whatTheCachesPublishEqualsAFullRefresh() throws Exception {
    Path fresh = tmp.resolve("fresh");
    assertThat(
            DebriefProcess.run(
                "run", "--input", input.toString(), "--output", fresh.toString(), "--full-refresh"))
        .isZero();
    JsonNode m = Json.MAPPER.readTree(fresh.resolve("latest/manifest.json").toFile());
    assertThat(m.at("/ingest/files_parsed").asLong()).isEqualTo(2);
    assertThat(m.at("/extract/texts_extracted").asLong()).isEqualTo(35);
    assertThat(rows(fresh)).containsExactlyElementsOf(rows());
    assertThat(summaries(fresh)).isEqualTo(summaries());
  }

  @Test
  @Order(4)
  void aConcurrentRunIsRefusedAndAKillDuringAnnotationLeavesTheLastGoodRun() throws Exception {
    Path before = latest();
    List<Row> beforeRows = rows();
    Files.writeString(
        input.resolve("later.csv"),
        "review_id,text\nlate-1,\"They never called back, even after two emails.\"\n");
    DebriefProcess paused =
        DebriefProcess.start(
            "annotate", "run", "--input", input.toString(), "--output", out.toString());
    paused.awaitPause("annotate", Duration.ofMinutes(3));

    DebriefProcess second =
        DebriefProcess.start(null, "run", "--input", input.toString(), "--output", out.toString());
    assertThat(second.waitFor(Duration.ofMinutes(1))).isEqualTo(4);
    assertThat(second.stderr()).contains("another Debrief run (pid");

    paused.kill();
    assertThat(latest()).isEqualTo(before);
    assertThat(rows()).containsExactlyElementsOf(beforeRows);
    assertThat(DebriefProcess.run("run", "--input", input.toString(), "--output", out.toString()))
        .isZero();
    assertThat(manifest().at("/counts/accepted").asLong()).isEqualTo(37);
    // The killed run had parsed and stored the new file: its rows are reused, not parsed again.
    assertThat(manifest().at("/ingest/files_parsed").asLong()).isZero();
    assertThat(manifest().at("/ingest/files_reused").asLong()).isEqualTo(3);
  }

  @Test
  @Order(5)
  void killsWhileTheCachesAreWrittenLeaveTheLastGoodRunAndNoHalfEntry() throws Exception {
    Path before = latest();
    List<Row> beforeRows = rows();
    Files.writeString(
        input.resolve("cached.csv"),
        "review_id,text\ncache-1,\"The panel asked about salary and then went silent.\"\n");
    for (String point : List.of("ingest-cache", "extract")) {
      DebriefProcess paused =
          DebriefProcess.start(
              point, "run", "--input", input.toString(), "--output", out.toString());
      paused.awaitPause(point, Duration.ofMinutes(3));
      paused.kill();
      assertThat(latest()).as(point).isEqualTo(before);
      assertThat(rows()).as(point).containsExactlyElementsOf(beforeRows);
    }
    assertThat(DebriefProcess.run("run", "--input", input.toString(), "--output", out.toString()))
        .isZero();
    JsonNode m = manifest();
    assertThat(m.at("/counts/accepted").asLong()).isEqualTo(38);
    // The second kill came after the file's rows were stored and its text annotated, before its
    // extraction batch was complete: the half batch is never read, the text is extracted again.
    assertThat(m.at("/ingest/files_parsed").asLong()).isZero();
    assertThat(m.at("/annotate/texts_annotated").asLong()).isZero();
    assertThat(m.at("/extract/texts_extracted").asLong()).isEqualTo(1);
  }

  @Test
  @Order(6)
  void aKillDuringPublicationLeavesTheLastGoodRunAndTheNextRunCompletes() throws Exception {
    Path before = latest();
    List<Row> beforeRows = rows();
    DebriefProcess paused =
        DebriefProcess.start(
            "publish", "run", "--input", input.toString(), "--output", out.toString());
    paused.awaitPause("publish", Duration.ofMinutes(3));
    paused.kill();
    assertThat(latest()).isEqualTo(before);
    assertThat(rows()).containsExactlyElementsOf(beforeRows);

    assertThat(
            DebriefProcess.run(
                "run", "--input", input.toString(), "--output", out.toString(), "--keep", "2"))
        .isZero();
    assertThat(latest()).isNotEqualTo(before);
    assertThat(rows()).containsExactlyElementsOf(beforeRows);
    try (var runs = Files.list(out.resolve("runs"))) {
      assertThat(runs.count()).isEqualTo(2);
    }
  }

  @Test
  @Order(7)
  void aQuarantineRateAboveTheThresholdFailsWithExitCodeThreeAndPublishesNothing()
      throws Exception {
    Path before = latest();
    Files.writeString(input.resolve("broken.csv"), "review_id,text\nb1,\nb2,\nb3,\n");
    assertThat(
            DebriefProcess.run(
                "run",
                "--input",
                input.toString(),
                "--output",
                out.toString(),
                "--max-quarantine-rate",
                "0.05"))
        .isEqualTo(3);
    assertThat(latest()).isEqualTo(before);
    try (var failed = Files.list(out.resolve("failed"))) {
      assertThat(failed.count()).isEqualTo(1);
    }
  }

  @Test
  @Order(8)
  void aRunWhoseLockFileWasDeletedStopsWithExitCodeFourAndPublishesNothing() throws Exception {
    Path before = latest();
    // summarize: the cheapest command that publishes; it pauses just before its lock check.
    DebriefProcess paused =
        DebriefProcess.start("lock-check:5", "summarize", "--output", out.toString());
    paused.awaitPause("lock-check", Duration.ofMinutes(3));
    Files.delete(out.resolve(".lock"));
    assertThat(paused.waitFor(Duration.ofMinutes(1))).isEqualTo(4);
    assertThat(paused.stderr())
        .contains("no longer safely holds its lock")
        .contains("stops without publishing");
    assertThat(latest()).isEqualTo(before);
  }

  private static List<List<Row>> summaries() throws IOException {
    return summaries(out);
  }

  private static List<List<Row>> summaries(Path output) throws IOException {
    return new PublishedOutput(spark, output).summaries();
  }

  private static Path latest() throws IOException {
    return new PublishedOutput(spark, out).latest();
  }

  private static JsonNode manifest() throws IOException {
    return new PublishedOutput(spark, out).manifest();
  }

  private static int sumOfStageJobs(JsonNode manifest) {
    int sum = 0;
    for (JsonNode stage : manifest.get("stages")) {
      sum += stage.get("spark_jobs").asInt();
    }
    return sum;
  }

  private static List<Row> rows() throws IOException {
    return rows(out);
  }

  private static List<Row> rows(Path output) throws IOException {
    return new PublishedOutput(spark, output).rows();
  }
}
