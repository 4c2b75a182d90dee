package org.debrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.RunLayout;
import org.debrief.common.SparkTestSession;
import org.debrief.common.fs.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --encoding} for files whose layout names none and that carry no byte order mark. */
class IngestEncodingOptionSparkTest {
  @TempDir static Path tmp;
  static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  @Test
  void theEncodingOptionReadsAFileWhoseLayoutSaysNothing() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("option"));
    Files.write(
        in.resolve("export.csv"),
        (IngestExportVariantsSparkTest.CANONICAL
                + "o1,Acme,\""
                + IngestExportVariantsSparkTest.ACCENTED
                + "\",\n")
            .getBytes(IngestExportVariantsSparkTest.CP1252));
    RunLayout out = new RunLayout(Location.local(tmp.resolve("option-out")));
    List<FileCounts> c =
        IngestJob.run(
            spark,
            new IngestOptions(List.of(Location.local(in)), null, null, 100_000, "windows-1252"),
            out);
    assertThat(c).extracting(FileCounts::read, FileCounts::accepted).containsExactly(tuple(1L, 1L));
    assertThat(spark.read().parquet(out.reviews().toString()).select("text").collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly(IngestExportVariantsSparkTest.ACCENTED);
  }

  @Test
  void utf16WithoutAByteOrderMarkIsQuarantinedWithTheOptionThatFixesIt() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("nobom"));
    Files.write(
        in.resolve("export.csv"),
        (IngestExportVariantsSparkTest.CANONICAL + "z1,Acme,No mark.,\n")
            .getBytes(StandardCharsets.UTF_16LE));
    RunLayout out = new RunLayout(Location.local(tmp.resolve("nobom-out")));
    List<FileCounts> c =
        IngestJob.run(
            spark, new IngestOptions(List.of(Location.local(in)), null, null, 100_000, null), out);
    // Read as UTF-8, the NUL after the last line break is a line of its own: two records.
    assertThat(c)
        .extracting(FileCounts::read, FileCounts::quarantined)
        .containsExactly(tuple(2L, 2L));
    List<Row> q = spark.read().json(out.quarantine().toString()).orderBy("record").collectAsList();
    // The stray NUL line has one field where the header has four.
    assertThat(q)
        .extracting(r -> r.<String>getAs("reason"))
        .containsExactly("unknown_layout", "field_count");
    assertThat(q.get(0).<String>getAs("detail")).contains("UTF-16", "--encoding UTF-16LE");

    RunLayout declared = new RunLayout(Location.local(tmp.resolve("nobom-declared")));
    IngestJob.run(
        spark,
        new IngestOptions(List.of(Location.local(in)), null, null, 100_000, "UTF-16LE"),
        declared);
    assertThat(spark.read().parquet(declared.reviews().toString()).select("text").collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly("No mark.");
  }
}
