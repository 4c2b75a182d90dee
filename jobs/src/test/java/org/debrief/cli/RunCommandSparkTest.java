package org.debrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.debrief.common.Json;
import org.debrief.common.SharedData;
import org.debrief.common.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code debrief run} on the bundled samples, as the README's first command does it. */
class RunCommandSparkTest {
  @TempDir static Path tmp;
  static MainTest.Captured result;
  static JsonNode manifest;

  @BeforeAll
  static void runOnSamples() throws IOException {
    SparkTestSession.get();
    result =
        MainTest.Captured.run(
            "run",
            "--input",
            SharedData.samples().toString(),
            "--output",
            tmp.resolve("out").toString());
    manifest = Json.MAPPER.readTree(tmp.resolve("out/manifest.json").toFile());
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
  void printsThePerFileTable() {
    assertThat(result.out()).contains("reviews.csv").containsPattern("total\\s+80\\s+73\\s+6\\s+1");
  }
}
