package org.debrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.Manifest;
import org.debrief.common.ParquetFooters;
import org.debrief.common.RunLayout;

/** The checks a staged run must pass before it is published: schema, counts, accounting. */
final class RunValidation {
  private static final List<String> INGESTED = List.of("review_id", "text", "language", "offer");
  private static final List<String> EXTRACTED =
      List.of(
          "sentiment",
          "sentiment_score",
          "concerns",
          "feedback",
          "process_issues",
          "followed_up",
          "evidence",
          "taxonomy_version");

  private RunValidation() {}

  static void check(SparkSession spark, RunLayout run, Manifest manifest) {
    List<String> problems = new ArrayList<>();
    JsonNode root = manifest.root();
    for (JsonNode f : root.path("inputs")) {
      long read = f.path("read").asLong();
      long rest =
          f.path("accepted").asLong()
              + f.path("quarantined").asLong()
              + f.path("duplicates").asLong();
      if (read != rest) {
        problems.add(
            f.path("file").asText()
                + ": read "
                + read
                + " ≠ accepted + quarantined + duplicates "
                + rest);
      }
    }
    if (!run.reviews().isDirectory()) {
      problems.add("reviews/ is missing");
    } else {
      // Columns and rows from the Parquet footers: no Spark job just to check them.
      Set<String> columns = Set.copyOf(ParquetFooters.columnNames(run.reviews()));
      requireColumns(columns, INGESTED, problems);
      if (root.path("stages").has("annotate")) {
        if (!run.sentences().isDirectory()) {
          problems.add("sentences/ is missing after annotate");
        }
      }
      if (root.path("stages").has("extract")) {
        requireColumns(columns, EXTRACTED, problems);
      }
      long expected = root.path("counts").path("accepted").asLong(-1);
      long actual = ParquetFooters.rowCount(run.reviews());
      if (expected >= 0 && expected != actual) {
        problems.add(
            "reviews/ has " + actual + " rows, the manifest counts " + expected + " accepted");
      }
    }
    if (!problems.isEmpty()) {
      throw new DebriefException(
          ExitCode.FAILURE, "the run failed validation and was not published: " + problems);
    }
  }

  private static void requireColumns(
      Set<String> present, List<String> names, List<String> problems) {
    names.stream()
        .filter(n -> !present.contains(n))
        .forEach(n -> problems.add("reviews/ lacks column " + n));
  }
}
