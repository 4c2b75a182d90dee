package org.debrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.RunLayout;
import org.debrief.common.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of hostile input gets its documented outcome, and no row disappears. */
class IngestHostileInputSparkTest {
  private static final String HEADER = "review_id,company,text,offer\n";

  @TempDir static Path tmp;
  static SparkSession spark;
  static List<FileCounts> counts;
  static List<Row> quarantine;
  static List<Row> reviews;

  @BeforeAll
  static void ingestHostileFolder() throws IOException {
    spark = SparkTestSession.get();
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("a_quoting.csv"),
        HEADER
            + "q1,Acme,\"They said \"no\" twice.\",No Offer\n"
            + "q2,Acme,Fine interview.,Accepted Offer,extra\n"
            + "q3,Acme,Another fine one.,No Offer\n"
            + "q4,Acme,\"This quote is never closed.,No Offer\n"
            + "q5,Acme,Swallowed by the open quote.,No Offer\n");
    Files.write(
        in.resolve("b_utf8.csv"),
        bytes(
            HEADER + "u1,Acme,Good.,No Offer\nu2,Acme,Bad ",
            new byte[] {(byte) 0xFF},
            ",No Offer\nu3,Acme,Also good.,No Offer\n"));
    Files.writeString(
        in.resolve("c_empty_text.csv"),
        HEADER + "e1,Acme,,No Offer\ne2,Acme,\"  \n\t \",No Offer\ne3,Acme,Real text.,No Offer\n");
    Files.writeString(
        in.resolve("d_huge.jsonl"),
        "{\"review_id\": \"h1\", \"text\": \""
            + "word ".repeat(200_000)
            + "\"}\n{\"review_id\": \"h2\", \"text\": \"Short.\"}\n");
    Files.writeString(in.resolve("e_header_only.csv"), HEADER);
    Files.writeString(in.resolve("f_unknown.csv"), "when,what\nmonday,call\ntuesday,email\n");
    Files.write(in.resolve("g_corrupt.xlsx"), new byte[] {1, 2, 3, 4, 5});
    Files.writeString(
        in.resolve("h_dupes.csv"),
        HEADER
            + "d1,Acme,Same words here.,No Offer\nd2,ACME,same  words here.,No Offer\nd3,Other,Same words here.,No Offer\nq3,Acme,Clashing id.,No Offer\n");
    Files.writeString(in.resolve("notes.txt"), "not an export\n");
    Files.createDirectories(tmp.resolve("empty"));

    RunLayout out = new RunLayout(org.debrief.common.fs.Location.local(tmp.resolve("out")));
    counts =
        IngestJob.run(
            spark,
            new IngestOptions(
                List.of(org.debrief.common.fs.Location.local(in)), null, null, 100_000),
            out);
    quarantine =
        spark
            .read()
            .json(out.quarantine().toString())
            .orderBy("source_file", "record")
            .collectAsList();
    reviews = spark.read().parquet(out.reviews().toString()).orderBy("review_id").collectAsList();
  }

  private static byte[] bytes(String a, byte[] b, String c) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] z = c.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[x.length + b.length + z.length];
    System.arraycopy(x, 0, all, 0, x.length);
    System.arraycopy(b, 0, all, x.length, b.length);
    System.arraycopy(z, 0, all, x.length + b.length, z.length);
    return all;
  }

  @Test
  void everyFileIsAccountedFor() {
    assertThat(counts)
        .extracting(
            c -> Path.of(c.file()).getFileName().toString(),
            FileCounts::read,
            FileCounts::accepted,
            FileCounts::quarantined,
            FileCounts::duplicates)
        .containsExactly(
            tuple("a_quoting.csv", 4L, 2L, 2L, 0L),
            tuple("b_utf8.csv", 3L, 2L, 1L, 0L),
            tuple("c_empty_text.csv", 3L, 1L, 2L, 0L),
            tuple("d_huge.jsonl", 2L, 1L, 1L, 0L),
            tuple("e_header_only.csv", 0L, 0L, 0L, 0L),
            tuple("f_unknown.csv", 2L, 0L, 2L, 0L),
            tuple("g_corrupt.xlsx", 1L, 0L, 1L, 0L),
            tuple("h_dupes.csv", 4L, 2L, 1L, 1L));
    assertThat(counts).allMatch(FileCounts::balanced);
  }

  @Test
  void quarantineNamesFileLineAndReason() {
    assertThat(quarantine)
        .extracting(
            r -> Path.of(r.<String>getAs("source_file")).getFileName().toString(),
            r -> r.<Long>getAs("line"),
            r -> r.<String>getAs("reason"))
        .containsExactly(
            tuple("a_quoting.csv", 3L, "field_count"),
            tuple("a_quoting.csv", 5L, "unparseable_csv"),
            tuple("b_utf8.csv", 3L, "invalid_utf8"),
            tuple("c_empty_text.csv", 2L, "empty_text"),
            tuple("c_empty_text.csv", 3L, "empty_text"),
            tuple("d_huge.jsonl", 1L, "text_too_long"),
            tuple("f_unknown.csv", 2L, "unknown_layout"),
            tuple("f_unknown.csv", 3L, "unknown_layout"),
            tuple("g_corrupt.xlsx", 0L, "unreadable_file"),
            tuple("h_dupes.csv", 5L, "duplicate_id"));
    Row unparseable = quarantine.get(1);
    assertThat(unparseable.<String>getAs("raw"))
        .contains("never closed")
        .contains("Swallowed by the open quote.");
    assertThat(quarantine.get(5).<String>getAs("detail"))
        .isEqualTo("review text has 999999 characters; the limit is 100000 (--max-text-chars)");
    assertThat(quarantine.get(6).<String>getAs("detail"))
        .contains("[when, what]")
        .contains("canonical");
  }

  @Test
  void acceptedReviewsKeepTheirSourceIdsAndNormalisedText() {
    assertThat(reviews)
        .extracting(r -> r.<String>getAs("review_id"), r -> r.<String>getAs("text"))
        .containsExactly(
            tuple("d1", "Same words here."),
            tuple("d3", "Same words here."),
            tuple("e3", "Real text."),
            tuple("h2", "Short."),
            tuple("q1", "They said no\" twice.\""),
            tuple("q3", "Another fine one."),
            tuple("u1", "Good."),
            tuple("u3", "Also good."));
  }

  @Test
  void anEmptyFolderIsAUsageError() {
    assertThatThrownBy(
            () ->
                IngestJob.run(
                    spark,
                    new IngestOptions(
                        List.of(org.debrief.common.fs.Location.local(tmp.resolve("empty"))),
                        null,
                        null,
                        100),
                    new RunLayout(org.debrief.common.fs.Location.local(tmp.resolve("o2")))))
        .isInstanceOf(DebriefException.class)
        .hasMessageContaining("no input files under")
        .extracting(e -> ((DebriefException) e).exitCode())
        .isEqualTo(ExitCode.USAGE);
  }

  @Test
  void anExplicitFileOfUnknownLayoutIsAUsageErrorNamingTheKnownLayouts() {
    assertThatThrownBy(
            () ->
                IngestJob.run(
                    spark,
                    new IngestOptions(
                        List.of(
                            org.debrief.common.fs.Location.local(tmp.resolve("in/f_unknown.csv"))),
                        null,
                        null,
                        100),
                    new RunLayout(org.debrief.common.fs.Location.local(tmp.resolve("o3")))))
        .isInstanceOf(DebriefException.class)
        .hasMessageContaining("f_unknown.csv")
        .hasMessageContaining("[canonical, glassdoor-scrape")
        .hasMessageContaining("--layout");
  }
}
