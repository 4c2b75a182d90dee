package org.debrief.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.Json;
import org.debrief.common.MiniHdfs;
import org.debrief.common.SharedData;
import org.debrief.common.SparkTestSession;
import org.debrief.summarize.Summaries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debrief with its input, output and state on a real HDFS (Hadoop's in-process cluster), each
 * command in its own JVM as a scheduler runs it: the rows equal a local run's, readers find the run
 * through {@code _LATEST}, a second run reuses the state, and a run killed during publication
 * leaves the previous run current.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HdfsRunIT {
  @TempDir static Path tmp;
  static MiniHdfs hdfs;
  static FileSystem fs;
  static String exports;
  static String out;
  static Path localOut;
  static SparkSession spark;

  @BeforeAll
  static void firstRunOnHdfsAndOneOnTheLocalDisk() throws Exception {
    spark = SparkTestSession.get();
    hdfs = MiniHdfs.start(tmp.resolve("hdfs"));
    fs = hdfs.fileSystem();
    exports = hdfs.uri() + "/exports";
    out = hdfs.uri() + "/debrief";
    fs.copyFromLocalFile(
        new org.apache.hadoop.fs.Path(
            SharedData.samples().resolve("canonical/reviews.csv").toUri()),
        new org.apache.hadoop.fs.Path(exports + "/reviews.csv"));
    succeeds("run", "--input", exports, "--output", out);
    Path localInput = Files.createDirectories(tmp.resolve("exports"));
    Files.copy(
        SharedData.samples().resolve("canonical/reviews.csv"), localInput.resolve("reviews.csv"));
    localOut = tmp.resolve("local");
    succeeds("run", "--input", localInput.toString(), "--output", localOut.toString());
  }

  @AfterAll
  static void stop() throws IOException {
    if (hdfs != null) {
      hdfs.close();
    }
  }

  @Test
  @Order(1)
  void theRunOnHdfsHasTheLocalRunsRows() throws Exception {
    JsonNode pointer = pointer();
    String run = out + "/" + pointer.get("path").asText();
    assertThat(pointer.get("run_id").asText()).isEqualTo(manifest().get("run_id").asText());
    assertThat(pointer.get("uri").asText()).isEqualTo(run);
    // HDFS has no symlinks: the pointer is the only way in.
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(out + "/latest"))).isFalse();
    String local = localOut.resolve("latest").toRealPath().toString();
    // Rows name their source file as the user gave it: an hdfs:// URI here, a path there.
    List<Row> reviews = rows(run + "/reviews", "review_id");
    assertThat(reviews.size()).isEqualTo(manifest().at("/counts/accepted").asInt()).isPositive();
    assertThat(reviews).containsExactlyElementsOf(rows(local + "/reviews", "review_id"));
    assertThat(rows(run + "/sentences", "review_id", "index"))
        .isNotEmpty()
        .containsExactlyElementsOf(rows(local + "/sentences", "review_id", "index"));
    for (String name : Summaries.names()) {
      assertThat(sorted(run + "/summaries/" + name))
          .as(name)
          .containsExactlyElementsOf(sorted(local + "/summaries/" + name));
    }
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(run + "/report/index.html"))).isTrue();
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(out + "/state/input-digests.json")))
        .isTrue();
  }

  @Test
  @Order(2)
  void aSecondRunReusesTheStateOnHdfs() throws Exception {
    JsonNode first = manifest();
    succeeds("run", "--input", exports, "--output", out);
    JsonNode second = manifest();
    assertThat(second.get("run_id").asText()).isNotEqualTo(first.get("run_id").asText());
    assertThat(second.at("/reused/from").asText()).isEqualTo(first.get("run_id").asText());
    assertThat(second.get("spark_jobs").asInt()).isZero();
    assertThat(second.at("/counts")).isEqualTo(first.at("/counts"));
    assertThat(rows(run(second) + "/reviews", "review_id"))
        .containsExactlyElementsOf(rows(run(first) + "/reviews", "review_id"));
  }

  @Test
  @Order(3)
  void reportAndEvaluateFindTheLatestRunThroughThePointer() throws Exception {
    String labels = SharedData.samples().resolve("labels.jsonl").toString();
    JsonNode before = manifest();
    succeeds("evaluate", "--labels", labels, "--run", out);
    JsonNode evaluated = manifest();
    // A new run, the scored one plus the scores: the scored run is never changed.
    assertThat(evaluated.get("based_on").asText()).isEqualTo(before.get("run_id").asText());
    assertThat(evaluated.get("evaluation").asText()).isEqualTo("evaluation.json");
    succeeds("evaluate", "--labels", labels, "--run", localOut.toString());
    JsonNode onHdfs = Json.MAPPER.readTree(read(run(evaluated) + "/evaluation.json"));
    JsonNode onDisk = Json.MAPPER.readTree(localOut.resolve("latest/evaluation.json").toFile());
    assertThat(onHdfs).isEqualTo(onDisk);
    assertThat(onHdfs.path("gold_reviews").asInt()).isEqualTo(68);
    // Only some of the labelled sample reviews are in this export; the others count as missed.
    assertThat(onHdfs.path("missing_predictions").asInt()).isBetween(1, 67);

    succeeds("report", "--output", out);
    JsonNode reported = manifest();
    assertThat(reported.get("based_on").asText()).isEqualTo(evaluated.get("run_id").asText());
    String index = new String(read(run(reported) + "/report/index.html"));
    // The report shows the scores evaluate published.
    assertThat(index)
        .contains("Measured quality</strong> on 68 hand-labelled reviews")
        .doesNotContain("This run was not evaluated");
  }

  @Test
  @Order(4)
  void aRunKilledDuringPublicationLeavesThePreviousRunCurrent() throws Exception {
    byte[] before = read(out + "/_LATEST");
    JsonNode current = manifest();
    // Nothing new: the run reaches publication without Spark, in seconds.
    DebriefProcess paused =
        DebriefProcess.start("publish", "run", "--input", exports, "--output", out);
    paused.awaitPause("publish", Duration.ofMinutes(3));
    paused.kill();
    assertThat(read(out + "/_LATEST")).isEqualTo(before);
    assertThat(rows(run(current) + "/reviews", "review_id").size())
        .isEqualTo(current.at("/counts/accepted").asInt());

    // Its lock file stays behind with no heartbeat: the next run waits for it to go stale...
    DebriefProcess refused = DebriefProcess.start(null, "run", "--input", exports, "--output", out);
    assertThat(refused.waitFor(Duration.ofMinutes(2))).isEqualTo(4);
    assertThat(refused.stderr()).contains("another Debrief run (pid");
    assertThat(read(out + "/_LATEST")).isEqualTo(before);
    // ...and takes it over once it is, saying why.
    Thread.sleep(3_000);
    DebriefProcess next =
        DebriefProcess.startWith(
            Map.of("DEBRIEF_LOCK_STALE_SECONDS", "2"),
            null,
            "run",
            "--input",
            exports,
            "--output",
            out);
    assertThat(next.waitFor(Duration.ofMinutes(5))).as(next.stderr()).isZero();
    assertThat(next.stderr()).contains("took over the run lock");
    JsonNode after = manifest();
    assertThat(after.get("run_id").asText()).isNotEqualTo(current.get("run_id").asText());
    assertThat(rows(run(after) + "/reviews", "review_id"))
        .containsExactlyElementsOf(rows(run(current) + "/reviews", "review_id"));
    // The killed run's folder was complete but never current; retention treats it as an old run.
    assertThat(fs.listStatus(new org.apache.hadoop.fs.Path(out + "/runs")))
        .hasSizeLessThanOrEqualTo(5);
  }

  /** Runs debrief in its own JVM; a failure shows its stderr. */
  private static void succeeds(String... args) throws Exception {
    DebriefProcess p = DebriefProcess.start(null, args);
    assertThat(p.waitFor(Duration.ofMinutes(5))).as(p.stderr()).isZero();
  }

  private static JsonNode pointer() throws IOException {
    return Json.MAPPER.readTree(read(out + "/_LATEST"));
  }

  private static String run(JsonNode manifest) {
    return out + "/runs/" + manifest.get("run_id").asText();
  }

  private static JsonNode manifest() throws IOException {
    return Json.MAPPER.readTree(
        read(out + "/" + pointer().get("path").asText() + "/manifest.json"));
  }

  private static byte[] read(String uri) throws IOException {
    try (var in = fs.open(new org.apache.hadoop.fs.Path(uri))) {
      return in.readAllBytes();
    }
  }

  /** Every column but source_file, which names the file as given. */
  private static List<Row> rows(String path, String... order) {
    Dataset<Row> d = spark.read().parquet(path);
    if (Arrays.asList(d.columns()).contains("source_file")) {
      d = d.drop("source_file");
    }
    return d.orderBy(order[0], Arrays.copyOfRange(order, 1, order.length)).collectAsList();
  }

  private static List<Row> sorted(String path) {
    Dataset<Row> d = spark.read().parquet(path);
    return d.orderBy(d.columns()[0], Arrays.copyOfRange(d.columns(), 1, d.columns().length))
        .collectAsList();
  }
}
