package org.debrief.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** What became of each input file's records, from ingest's file, review and quarantine rows. */
final class IngestCounts {
  private IngestCounts() {}

  /**
   * One entry per file row, sorted by file: {@code reviews} with their text occurrence (a later
   * occurrence is a duplicate), {@code quarantine} including the id clashes taken from reviews.
   */
  static List<FileCounts> perFile(List<Row> files, Dataset<Row> reviews, Dataset<Row> quarantine) {
    Map<String, long[]> bySource = new HashMap<>();
    for (Row r :
        reviews
            .groupBy("source_file")
            .agg(
                count(lit(1)),
                sum(when(col(Deduplication.OCCURRENCE).gt(1), 1).otherwise(0)),
                sum(when(col("date_unreadable"), 1).otherwise(0)))
            .collectAsList()) {
      long[] c = bySource.computeIfAbsent(r.getString(0), k -> new long[4]);
      c[0] += r.getLong(1) - r.getLong(2);
      c[2] += r.getLong(2);
      c[3] += r.getLong(3);
    }
    for (Row r : quarantine.groupBy("source_file", "reason").count().collectAsList()) {
      long[] c = bySource.computeIfAbsent(r.getString(0), k -> new long[4]);
      c[1] += r.getLong(2);
      if (QuarantineReason.DUPLICATE_ID.id().equals(r.getString(1))) {
        c[0] -= r.getLong(2); // was counted as accepted above
      }
    }
    List<FileCounts> out = new ArrayList<>();
    for (Row f : files) {
      String file = f.getAs("source_file");
      long[] c = bySource.getOrDefault(file, new long[4]);
      out.add(
          new FileCounts(
              file,
              f.getAs("layout"),
              f.getAs("checksum"),
              c[0] + c[1] + c[2],
              c[0],
              c[1],
              c[2],
              c[3]));
    }
    out.sort(Comparator.comparing(FileCounts::file));
    return out;
  }
}
