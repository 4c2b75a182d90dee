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
 * same input gives the same rows, a concurrent run is refused, and a run killed with SIGKILL during
 * annotation or publication leaves the last good run visible and intact.
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
    assertThat(manifest().at("/annotate/texts_annotated").asLong()).isEqualTo(10);
    assertThat(manifest().at("/annotate/texts_reused").asLong()).isEqualTo(25);
    assertThat(manifest().at("/counts/accepted").asLong()).isEqualTo(36);
  }

  @Test
  @Order(3)
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
  }

  @Test
  @Order(4)
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
  @Order(5)
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

  /** Every summary's rows, sorted, in a fixed order of summaries. */
  private static List<List<Row>> summaries() throws IOException {
    List<List<Row>> all = new java.util.ArrayList<>();
    for (String name :
        List.of(
            "label_frequencies",
            "feedback_by_company",
            "concern_offer",
            "concern_cooccurrence",
            "evidence_quotes",
            "hearing_back")) {
      var d = spark.read().parquet(latest().resolve("summaries").resolve(name).toString());
      all.add(
          d.orderBy(
                  d.columns()[0], java.util.Arrays.copyOfRange(d.columns(), 1, d.columns().length))
              .collectAsList());
    }
    assertThat(all.get(0)).isNotEmpty();
    return all;
  }

  private static Path latest() throws IOException {
    return out.resolve("latest").toRealPath();
  }

  private static JsonNode manifest() throws IOException {
    return Json.MAPPER.readTree(out.resolve("latest/manifest.json").toFile());
  }

  private static List<Row> rows() throws IOException {
    return spark
        .read()
        .parquet(latest().resolve("reviews").toString())
        .orderBy("review_id")
        .collectAsList();
  }
}
