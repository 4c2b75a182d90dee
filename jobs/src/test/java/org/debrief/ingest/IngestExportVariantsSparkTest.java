package org.debrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
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

/**
 * Exports as researchers hold them: Windows-1252 and UTF-16 files, US dates, the employer only in
 * the file or folder name. Every fixture is invented text.
 */
class IngestExportVariantsSparkTest {
  static final Charset CP1252 = Charset.forName("windows-1252");

  /** ä, ’, – and € are the bytes E4, 92, 96 and 80 in Windows-1252: none is valid UTF-8 alone. */
  static final String ACCENTED =
      "Das Gespräch dauerte zwei Stunden – the manager’s offer was 50 € lower.";

  static final String CANONICAL = "review_id,company,text,review_date\n";

  @TempDir static Path tmp;
  static SparkSession spark;
  static List<FileCounts> counts;
  static List<Row> reviews;
  static List<Row> quarantine;

  @BeforeAll
  static void ingestVariants() throws IOException {
    spark = SparkTestSession.get();
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path layouts = Files.createDirectories(tmp.resolve("layouts"));
    Files.writeString(
        layouts.resolve("excel.json"),
        """
        {"name": "excel-export", "detect": ["Kommentar", "Firma"], "encoding": "windows-1252",
         "columns": {"review_id": "ID", "text": "Kommentar", "company": "Firma"}}
        """);
    Files.writeString(
        layouts.resolve("us.json"),
        """
        {"name": "us-export", "detect": ["Review", "Employer", "Posted"],
         "date_format": ["M/d/yyyy", "MMMM yyyy d"],
         "columns": {"review_id": "ID", "text": "Review", "company": "Employer",
                     "review_date": "Posted"}}
        """);
    Files.writeString(
        layouts.resolve("regions.json"),
        """
        {"name": "by-folder", "detect": ["Story", "Outcome"],
         "columns": {"review_id": "ID", "text": "Story", "offer": "Outcome",
                     "company": {"folder_name": "^(.+)$"}},
         "values": {"company": {"initech": "Initech Ltd"}}}
        """);
    Files.write(
        in.resolve("cp1252_declared.csv"),
        ("ID,Firma,Kommentar\nw1,Acme,\"" + ACCENTED + "\"\nw2,Acme,Plain ASCII.\n")
            .getBytes(CP1252));
    Files.write(
        in.resolve("cp1252_undeclared.csv"),
        (CANONICAL + "x1,Acme,Plain ASCII again.,\nx2,Acme,\"" + ACCENTED + "\",\n")
            .getBytes(CP1252));
    Files.write(
        in.resolve("utf16le.csv"),
        withBom(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            CANONICAL + "l1,Acme,Little “endian”.,\n",
            StandardCharsets.UTF_16LE));
    Files.write(
        in.resolve("utf16be.jsonl"),
        withBom(
            new byte[] {(byte) 0xFE, (byte) 0xFF},
            "{\"review_id\": \"b1\", \"company\": \"Acme\", \"text\": \"Big endian – ok.\"}\n",
            StandardCharsets.UTF_16BE));
    Files.writeString(
        in.resolve("us_dates.csv"),
        "ID,Employer,Review,Posted\n"
            + "d1,Acme,June the sixth.,6/6/2016\n"
            + "d2,Acme,New year's eve.,12/31/2015\n"
            + "d3,Acme,No month thirteen.,13/1/2016\n"
            + "d4,Acme,Nothing posted.,-\n"
            + "d5,Acme,Spelt out.,March 2017 4\n");
    Files.writeString(
        in.resolve("undeclared_dates.csv"),
        CANONICAL + "n1,Acme,Which day is it?,6/7/2016\nn2,Acme,ISO is plain.,2016-06-07\n");
    Path employers = Files.createDirectories(in.resolve("employers"));
    Files.writeString(
        employers.resolve("bankofamerica.json"),
        "[{\"gotOffer\": \"No Offer\", \"details\": \"A bank interview, invented.\"}]");
    Files.writeString(
        employers.resolve("globexcorp.json"),
        "[{\"gotOffer\": \"Accepted Offer\", \"details\": \"A globex interview, invented.\"},"
            + " {\"gotOffer\": \"No Offer\", \"company\": \"Hooli\", \"details\": \"Named.\"}]");
    Path initech = Files.createDirectories(in.resolve("regions").resolve("Initech"));
    Files.writeString(initech.resolve("2016.csv"), "ID,Story,Outcome\ni1,Folder named.,No Offer\n");

    RunLayout out = new RunLayout(Location.local(tmp.resolve("out")));
    counts =
        IngestJob.run(
            spark,
            new IngestOptions(
                List.of(Location.local(in)), null, Location.local(layouts), 100_000, null),
            out);
    reviews =
        spark
            .read()
            .parquet(out.reviews().toString())
            .selectExpr("review_id", "company", "text", "cast(review_date as string)", "offer")
            .orderBy("company", "text")
            .collectAsList();
    quarantine =
        spark
            .read()
            .json(out.quarantine().toString())
            .orderBy("source_file", "record")
            .collectAsList();
  }

  @Test
  void accountsForEveryRecordAndCountsUnreadableDatesPerFile() {
    assertThat(counts)
        .extracting(
            c -> tmp.resolve("in").relativize(Path.of(c.file())).toString(),
            FileCounts::layout,
            FileCounts::read,
            FileCounts::accepted,
            FileCounts::quarantined,
            FileCounts::duplicates,
            FileCounts::unreadableDates)
        .containsExactly(
            tuple("cp1252_declared.csv", "excel-export", 2L, 2L, 0L, 0L, 0L),
            tuple("cp1252_undeclared.csv", "canonical", 2L, 1L, 1L, 0L, 0L),
            tuple("employers/bankofamerica.json", "glassdoor-insightmine-json", 1L, 1L, 0L, 0L, 0L),
            tuple("employers/globexcorp.json", "glassdoor-insightmine-json", 2L, 2L, 0L, 0L, 0L),
            tuple("regions/Initech/2016.csv", "by-folder", 1L, 1L, 0L, 0L, 0L),
            // 6/7/2016 is June or July: left null without a declared form, and counted.
            tuple("undeclared_dates.csv", "canonical", 2L, 2L, 0L, 0L, 1L),
            // 13/1/2016 fits no declared form; "-" is a missing date, not an unreadable one.
            tuple("us_dates.csv", "us-export", 5L, 5L, 0L, 0L, 1L),
            tuple("utf16be.jsonl", "canonical", 1L, 1L, 0L, 0L, 0L),
            tuple("utf16le.csv", "canonical", 1L, 1L, 0L, 0L, 0L));
    assertThat(counts).allMatch(FileCounts::balanced);
  }

  @Test
  void readsDeclaredEncodingsAndByteOrderMarksWithoutLosingACharacter() {
    assertThat(reviews)
        .extracting(r -> r.getString(0), r -> r.getString(2))
        .contains(
            tuple("w1", ACCENTED),
            tuple("w2", "Plain ASCII."),
            tuple("l1", "Little “endian”."),
            tuple("b1", "Big endian – ok."));
  }

  @Test
  void anUndeclaredWindows1252RecordIsQuarantinedWithTheOptionThatFixesIt() {
    assertThat(quarantine)
        .extracting(
            r -> r.<String>getAs("source_file"),
            r -> r.<Long>getAs("line"),
            r -> r.<String>getAs("reason"))
        .containsExactly(
            tuple(tmp.resolve("in/cp1252_undeclared.csv").toString(), 3L, "invalid_utf8"));
    assertThat(quarantine.get(0).<String>getAs("detail"))
        .contains("not valid UTF-8", "--encoding", "windows-1252", "\"encoding\"");
  }

  @Test
  void readsDatesInTheDeclaredForms() {
    assertThat(reviews)
        .filteredOn(r -> r.getString(0).matches("[dn]\\d"))
        .extracting(r -> r.getString(0), r -> r.getString(3))
        .containsExactlyInAnyOrder(
            tuple("d1", "2016-06-06"),
            tuple("d2", "2015-12-31"),
            tuple("d3", null),
            tuple("d4", null),
            tuple("d5", "2017-03-04"),
            tuple("n1", null),
            tuple("n2", "2016-06-07"));
  }

  @Test
  void takesTheEmployerFromTheFileOrFolderNameWhenTheRecordNamesNone() {
    assertThat(reviews)
        .extracting(r -> r.getString(1), r -> r.getString(2), r -> r.getString(4))
        .contains(
            tuple("Bank of America", "A bank interview, invented.", "no_offer"),
            tuple("globexcorp", "A globex interview, invented.", "accepted"),
            tuple("Hooli", "Named.", "no_offer"),
            tuple("Initech Ltd", "Folder named.", "no_offer"));
  }

  private static byte[] withBom(byte[] bom, String text, Charset charset) {
    byte[] body = text.getBytes(charset);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }
}
