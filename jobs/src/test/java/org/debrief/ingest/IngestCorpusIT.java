package org.debrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.NeedsShared;
import org.debrief.common.RunLayout;
import org.debrief.common.SharedData;
import org.debrief.common.SparkTestSession;
import org.debrief.common.fs.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest of the whole ../shared/corpus with no option (13,753 records, about 2 minutes): the
 * employer, named only by the file name, reaches every review, and every record is accounted for.
 * The figures are those of docs/inputs.md.
 */
@NeedsShared
class IngestCorpusIT {
  @TempDir static Path tmp;
  static List<FileCounts> counts;
  static Dataset<Row> reviews;

  @BeforeAll
  static void ingestCorpus() {
    SparkSession spark = SparkTestSession.get();
    Path corpus = SharedData.root().resolve("corpus");
    RunLayout out = new RunLayout(Location.local(tmp.resolve("out")));
    counts =
        IngestJob.run(
            spark,
            new IngestOptions(
                List.of(Location.local(corpus)), null, null, IngestOptions.DEFAULT_MAX_TEXT_CHARS),
            out);
    reviews = spark.read().parquet(out.reviews().toString()).cache();
  }

  @Test
  void accountsForEveryRecordOfEveryFile() {
    Path corpus = SharedData.root().resolve("corpus");
    assertThat(counts)
        .extracting(
            c -> corpus.relativize(Path.of(c.file())).toString(),
            FileCounts::read,
            FileCounts::accepted,
            FileCounts::quarantined,
            FileCounts::duplicates)
        .containsExactly(
            tuple("decoding-the-interview/adobe.json", 72L, 72L, 0L, 0L),
            tuple("decoding-the-interview/airbnb.json", 45L, 45L, 0L, 0L),
            tuple("decoding-the-interview/amazon.json", 1033L, 953L, 0L, 80L),
            tuple("decoding-the-interview/apple.json", 162L, 162L, 0L, 0L),
            tuple("decoding-the-interview/bankofamerica.json", 45L, 45L, 0L, 0L),
            tuple("decoding-the-interview/bloomberg.json", 282L, 279L, 0L, 3L),
            tuple("decoding-the-interview/ciscosystems.json", 315L, 297L, 0L, 18L),
            tuple("decoding-the-interview/dell.json", 44L, 44L, 0L, 0L),
            tuple("decoding-the-interview/dropbox.json", 72L, 72L, 0L, 0L),
            tuple("decoding-the-interview/ebay.json", 72L, 71L, 0L, 1L),
            tuple("decoding-the-interview/facebook.json", 624L, 623L, 0L, 1L),
            tuple("decoding-the-interview/google.json", 1729L, 1668L, 0L, 61L),
            tuple("decoding-the-interview/hp.json", 179L, 174L, 0L, 5L),
            tuple("decoding-the-interview/ibm.json", 225L, 225L, 0L, 0L),
            tuple("decoding-the-interview/intel.json", 179L, 175L, 0L, 4L),
            tuple("decoding-the-interview/jpmorganchase.json", 99L, 99L, 0L, 0L),
            tuple("decoding-the-interview/microsoft.json", 900L, 819L, 0L, 81L),
            tuple("decoding-the-interview/oracle.json", 149L, 142L, 0L, 7L),
            tuple("decoding-the-interview/palantir.json", 108L, 108L, 0L, 0L),
            tuple("decoding-the-interview/salesforce.json", 45L, 45L, 0L, 0L),
            tuple("decoding-the-interview/sap.json", 58L, 58L, 0L, 0L),
            tuple("decoding-the-interview/square.json", 54L, 54L, 0L, 0L),
            tuple("decoding-the-interview/symantec.json", 54L, 54L, 0L, 0L),
            tuple("decoding-the-interview/tripadvisor.json", 133L, 133L, 0L, 0L),
            tuple("decoding-the-interview/twitter.json", 131L, 131L, 0L, 0L),
            tuple("decoding-the-interview/uber.json", 128L, 128L, 0L, 0L),
            tuple("decoding-the-interview/vmware.json", 49L, 46L, 0L, 3L),
            tuple("decoding-the-interview/yahoo.json", 180L, 179L, 0L, 1L),
            tuple("decoding-the-interview/zillow.json", 41L, 41L, 0L, 0L),
            // The two scrapes share about 1,100 Facebook and Microsoft reviews: the second copy is
            // a duplicate once both files name the same company.
            tuple("glassdoor-scraper/facebook.json", 2659L, 2035L, 0L, 624L),
            tuple("glassdoor-scraper/microsoft.json", 3786L, 3297L, 0L, 489L),
            tuple("glassdoor-scraper/splunk.csv", 101L, 101L, 0L, 0L));
    assertThat(counts).allMatch(FileCounts::balanced);
    assertThat(counts).extracting(FileCounts::layout).containsOnly("glassdoor-insightmine-json");
    assertThat(counts.stream().mapToLong(FileCounts::read).sum()).isEqualTo(13_753);
  }

  @Test
  void everyReviewNamesItsEmployerAsTheLabelledSetsDo() {
    assertThat(reviews.count()).isEqualTo(12_375);
    assertThat(reviews.where("company is null").count()).isZero();
    List<String> companies =
        reviews.select("company").distinct().orderBy("company").collectAsList().stream()
            .map(r -> r.getString(0))
            .toList();
    // 32 files, 30 employers: Facebook and Microsoft are in both scrapes.
    assertThat(companies)
        .containsExactly(
            "Adobe",
            "Airbnb",
            "Amazon",
            "Apple",
            "Bank of America",
            "Bloomberg",
            "Cisco Systems",
            "Dell",
            "Dropbox",
            "Facebook",
            "Google",
            "HP",
            "IBM",
            "Intel",
            "JPMorgan Chase",
            "Microsoft",
            "Oracle",
            "Palantir",
            "SAP",
            "Salesforce",
            "Splunk",
            "Square",
            "Symantec",
            "TripAdvisor",
            "Twitter",
            "Uber",
            "VMware",
            "Yahoo",
            "Zillow",
            "eBay");
  }

  @Test
  void unreadableDatesAreCountedPerFile() {
    assertThat(counts)
        .filteredOn(c -> c.unreadableDates() > 0)
        .extracting(c -> Path.of(c.file()).getFileName().toString(), FileCounts::unreadableDates)
        .containsExactlyInAnyOrder(tuple("hp.json", 1L), tuple("microsoft.json", 1L));
  }
}
