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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code debrief ingest} end to end, with the several paths a shell glob gives one --input. */
class IngestCommandSparkTest {
  @TempDir Path tmp;

  @Test
  void oneInputWithTwoFilesAndAFolderIngestsEachOfThem() throws IOException {
    SparkTestSession.get();
    Path samples = SharedData.samples();
    MainTest.Captured c =
        MainTest.Captured.run(
            "ingest",
            "--input",
            samples.resolve("canonical/reviews.csv").toString(),
            samples.resolve("scraped/interviews.csv").toString(),
            samples.resolve("spreadsheet").toString(),
            "--output",
            tmp.resolve("out").toString());
    assertThat(c.code()).as(c.err()).isZero();
    JsonNode manifest = Json.MAPPER.readTree(tmp.resolve("out/latest/manifest.json").toFile());
    List<String> perFile = new ArrayList<>();
    for (JsonNode f : manifest.get("inputs")) {
      perFile.add(
          Path.of(f.get("file").asText()).getFileName()
              + " "
              + f.get("layout").asText()
              + " "
              + f.get("read")
              + "/"
              + f.get("accepted"));
    }
    assertThat(perFile)
        .containsExactly(
            "reviews.csv canonical 30/26",
            "interviews.csv glassdoor-scrape 20/20",
            "panel_export.csv glassdoor-spreadsheet 15/15");
    assertThat(manifest.at("/counts/accepted").asLong()).isEqualTo(61);
  }
}
