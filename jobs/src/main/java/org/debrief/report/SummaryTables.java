package org.debrief.report;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.ParquetFooters;
import org.debrief.common.RunLayout;
import org.debrief.summarize.CompanyFeedback;
import org.debrief.summarize.ConcernOfferRate;
import org.debrief.summarize.ConcernPair;
import org.debrief.summarize.HearingBack;
import org.debrief.summarize.LabelFrequency;
import org.debrief.summarize.Quote;
import org.debrief.summarize.Summaries;

/** A run's summaries read onto the driver (they are small), with the run's review counts. */
public record SummaryTables(
    List<LabelFrequency> labels,
    List<CompanyFeedback> companies,
    List<ConcernOfferRate> concernOffer,
    List<ConcernPair> pairs,
    List<Quote> quotes,
    List<HearingBack> hearingBack,
    Map<String, String> metadata,
    long reviews,
    long analysed) {

  public static SummaryTables read(SparkSession spark, RunLayout out) {
    for (String name : Summaries.names()) {
      if (!Files.isDirectory(out.summaries().resolve(name))) {
        throw new DebriefException(
            ExitCode.USAGE,
            out.summaries().resolve(name)
                + " is missing; run `debrief summarize --output "
                + out.root()
                + "` first");
      }
    }
    Path first =
        ParquetFooters.partFiles(out.summaries().resolve(Summaries.LABEL_FREQUENCIES)).get(0);
    var reviews = spark.read().parquet(out.reviews().toString());
    return new SummaryTables(
        rows(spark, out, Summaries.LABEL_FREQUENCIES, LabelFrequency::fromRow),
        rows(spark, out, Summaries.FEEDBACK_BY_COMPANY, CompanyFeedback::fromRow),
        rows(spark, out, Summaries.CONCERN_OFFER, ConcernOfferRate::fromRow),
        rows(spark, out, Summaries.CONCERN_COOCCURRENCE, ConcernPair::fromRow),
        rows(spark, out, Summaries.EVIDENCE_QUOTES, Quote::fromRow),
        rows(spark, out, Summaries.HEARING_BACK, HearingBack::fromRow),
        ParquetFooters.read(first),
        reviews.count(),
        reviews.where(col("feedback").isNotNull()).count());
  }

  private static <T> List<T> rows(
      SparkSession spark, RunLayout out, String name, Function<Row, T> fromRow) {
    String[] columns = Summaries.SCHEMAS.get(name).fieldNames();
    String first = columns[0];
    String[] rest = java.util.Arrays.copyOfRange(columns, 1, columns.length);
    // Select by name: the records read by position, whatever order a rewritten file has.
    return spark
        .read()
        .parquet(out.summaries().resolve(name).toString())
        .select(first, rest)
        .collectAsList()
        .stream()
        .map(fromRow)
        .toList();
  }
}
