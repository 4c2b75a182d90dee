package org.debrief.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.Json;
import org.debrief.summarize.Summaries;

/** What an output folder's latest run published, read back for comparison. */
record PublishedOutput(SparkSession spark, Path output) {
  Path latest() throws IOException {
    return output.resolve("latest").toRealPath();
  }

  JsonNode manifest() throws IOException {
    return Json.MAPPER.readTree(output.resolve("latest/manifest.json").toFile());
  }

  /** The published reviews, sorted by id. */
  List<Row> rows() throws IOException {
    return spark
        .read()
        .parquet(latest().resolve("reviews").toString())
        .orderBy("review_id")
        .collectAsList();
  }

  /** Every summary's rows, sorted, in a fixed order; the first is never empty. */
  List<List<Row>> summaries() throws IOException {
    List<List<Row>> all = new ArrayList<>();
    for (String name : Summaries.names()) {
      var d = spark.read().parquet(latest().resolve("summaries").resolve(name).toString());
      all.add(
          d.orderBy(d.columns()[0], Arrays.copyOfRange(d.columns(), 1, d.columns().length))
              .collectAsList());
    }
    assertThat(all.get(0)).isNotEmpty();
    return all;
  }
}
