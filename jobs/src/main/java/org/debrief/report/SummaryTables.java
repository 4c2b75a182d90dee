package org.debrief.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.ParquetFooters;
import org.debrief.common.RunLayout;
import org.debrief.common.fs.Location;
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
      if (!out.summaries().resolve(name).isDirectory()) {
        throw new DebriefException(
            ExitCode.USAGE,
            out.summaries().resolve(name)
                + " is missing; run `debrief summarize --output "
                + out.root()
                + "` first");
      }
    }
    Location first =
        ParquetFooters.partFiles(out.summaries().resolve(Summaries.LABEL_FREQUENCIES)).get(0);
    List<LabelFrequency> labels =
        rows(spark, out, Summaries.LABEL_FREQUENCIES, LabelFrequency::fromRow);
    return new SummaryTables(
        labels,
        rows(spark, out, Summaries.FEEDBACK_BY_COMPANY, CompanyFeedback::fromRow),
        rows(spark, out, Summaries.CONCERN_OFFER, ConcernOfferRate::fromRow),
        rows(spark, out, Summaries.CONCERN_COOCCURRENCE, ConcernPair::fromRow),
        rows(spark, out, Summaries.EVIDENCE_QUOTES, Quote::fromRow),
        rows(spark, out, Summaries.HEARING_BACK, HearingBack::fromRow),
        ParquetFooters.read(first),
        // From the footers and the summaries: counting the reviews again would cost two jobs.
        ParquetFooters.rowCount(out.reviews()),
        analysed(labels));
  }

  /** Analysed reviews: the overall group's size in the label frequencies (none: no rows). */
  private static long analysed(List<LabelFrequency> labels) {
    return labels.stream()
        .filter(l -> l.dimension().equals("overall"))
        .mapToLong(LabelFrequency::groupReviews)
        .findFirst()
        .orElse(0);
  }

  private static <T> List<T> rows(
      SparkSession spark, RunLayout out, String name, Function<Row, T> fromRow) {
    String[] columns = Summaries.SCHEMAS.get(name).fieldNames();
    String first = columns[0];
    String[] rest = java.util.Arrays.copyOfRange(columns, 1, columns.length);
    // Select by name: the records read by position, whatever order a rewritten file has.
    // The schema is known: Spark need not run a job to read it from the file.
    return spark
        .read()
        .schema(Summaries.SCHEMAS.get(name))
        .parquet(out.summaries().resolve(name).toString())
        .select(first, rest)
        .collectAsList()
        .stream()
        .map(fromRow)
        .toList();
  }
}
