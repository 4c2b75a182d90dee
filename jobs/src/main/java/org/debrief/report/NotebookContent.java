package org.debrief.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.StructType;
import org.debrief.summarize.CompanyFeedback;
import org.debrief.summarize.ConcernOfferRate;
import org.debrief.summarize.HearingBack;
import org.debrief.summarize.LabelFrequencies;
import org.debrief.summarize.LabelFrequency;

/**
 * The run's notebook: a narrative, code that loads the run's Parquet with pandas and PySpark, and
 * the outputs those cells give on this run, computed here from the same summaries.
 */
final class NotebookContent {
  // The columns each cell shows, declared once for its code and its output, and checked against
  // the summary's schema when the class loads.
  private static final List<String> TOP_CONCERNS =
      shown(LabelFrequency.SCHEMA, "label", "reviews", "share_of_reviews", "share_of_rejected");
  private static final List<String> HEARING =
      shown(
          HearingBack.SCHEMA,
          "feedback",
          "reviews",
          "share_of_reviews",
          "followed_up",
          "reviews_with_duration",
          "median_process_days");
  private static final List<String> OFFER =
      shown(
          ConcernOfferRate.SCHEMA,
          "concern",
          "reviews_with",
          "offer_rate_with",
          "offer_rate_without",
          "difference",
          "ci_low",
          "ci_high",
          "low_support");
  private static final List<String> BY_COMPANY =
      shown(
          CompanyFeedback.SCHEMA,
          "company",
          "reviews",
          "share_none",
          "share_decision_only",
          "share_specific");

  private NotebookContent() {}

  private static List<String> shown(StructType schema, String... columns) {
    List<String> known = List.of(schema.fieldNames());
    for (String c : columns) {
      if (!known.contains(c)) {
        throw new IllegalStateException("the notebook shows " + c + ", not a column of " + known);
      }
    }
    return List.of(columns);
  }

  /** Column names as a Python list's items. */
  private static String py(List<String> columns) {
    return columns.stream().map(c -> '"' + c + '"').collect(Collectors.joining(", "));
  }

  static List<NotebookCell> cells(SummaryTables t, ReportCharts charts, String runId) {
    List<NotebookCell> cells = new ArrayList<>();
    cells.add(
        NotebookCell.text(
            String.join(
                "\n",
                "# Debrief run `" + runId + "`",
                "",
                "What job-interview reviews say candidates were never told: the concerns employers raised, what",
                "candidates heard back, and how offers relate to concerns. This notebook lives in the run's",
                "`notebooks/` folder and reads the run's Parquet output beside it (`../reviews`, `../summaries`).",
                "",
                "The outputs below were filled in by `debrief report` when the run finished, so the notebook reads",
                "without running. Re-running the cells recomputes them with pandas, matplotlib and PySpark.",
                "Only analysed (English) reviews count in label shares.")));
    cells.add(
        NotebookCell.code(
            String.join(
                "\n",
                "import json",
                "from pathlib import Path",
                "import pandas as pd",
                "",
                "# The run folder: this notebook is in <run>/notebooks/. To read the current run of an",
                "# output folder instead, set OUTPUT to it: the run is the one its _LATEST file names.",
                "OUTPUT = None",
                "RUN = (",
                "    Path(\"..\")",
                "    if OUTPUT is None",
                "    else Path(OUTPUT) / json.loads((Path(OUTPUT) / \"_LATEST\").read_text())[\"path\"]",
                ")",
                "reviews = pd.read_parquet(RUN / \"reviews\")",
                "analysed = reviews[reviews[\"feedback\"].notna()]",
                "print(f\"{len(reviews)} reviews read, {len(analysed)} analysed\")"),
            NotebookCell.Output.printed(
                t.reviews() + " reviews read, " + t.analysed() + " analysed\n")));
    concerns(cells, t, charts);
    hearingBack(cells, t);
    concernOffer(cells, t);
    pyspark(cells, t);
    cells.add(
        NotebookCell.text(
            String.join(
                "\n",
                "## Caveats",
                "",
                "- Groups with fewer reviews than the run's minimum support carry `low_support = True`: read them as anecdotes.",
                "- Labels come from rules over CoreNLP annotations (taxonomy version "
                    + t.metadata().getOrDefault("debrief.taxonomy_version", "?")
                    + "); see the report's methodology section.",
                "- Evidence quotes in `summaries/evidence_quotes` are unredacted review text; the report redacts them.")));
    return cells;
  }

  private static void concerns(List<NotebookCell> cells, SummaryTables t, ReportCharts charts) {
    cells.add(
        NotebookCell.text(
            "## Concerns employers raised\n\nHow many analysed reviews report each concern, "
                + "and its share among all analysed and among rejected reviews."));
    List<List<String>> rows = new ArrayList<>();
    for (LabelFrequency l : new ReportFacts(t.labels()).overallByCount(LabelFrequencies.CONCERN)) {
      rows.add(
          List.of(
              l.label(),
              Long.toString(l.reviews()),
              num(l.shareOfReviews()),
              num(l.shareOfRejected())));
    }
    cells.add(
        NotebookCell.code(
            String.join(
                "\n",
                "freq = pd.read_parquet(RUN / \"summaries\" / \"label_frequencies\")",
                "top = (freq[(freq.dimension == \"overall\") & (freq.label_kind == \"concern\") & (freq.reviews > 0)]",
                "       .sort_values([\"reviews\", \"label\"], ascending=[False, True])",
                "       [[" + py(TOP_CONCERNS) + "]]",
                "       .reset_index(drop=True))",
                "top"),
            Tables.output(TOP_CONCERNS, rows)));
    cells.add(
        NotebookCell.code(
            String.join(
                "\n",
                "ax = top.iloc[::-1].plot.barh(x=\"label\", y=\"reviews\", legend=False, figsize=(7.2, 3.5))",
                "ax.set_xlabel(\"reviews raising the concern\");"),
            NotebookCell.Output.image(
                "<Figure: concerns by number of reviews>",
                Base64.getEncoder().encodeToString(charts.concernsPng()))));
  }

  private static void hearingBack(List<NotebookCell> cells, SummaryTables t) {
    cells.add(
        NotebookCell.text(
            "## Hearing back\n\nWhat candidates heard after their last interview, how many "
                + "followed up, and the process length they stated."));
    List<List<String>> rows = new ArrayList<>();
    for (HearingBack h : t.hearingBack()) {
      rows.add(
          List.of(
              h.feedback(),
              Long.toString(h.reviews()),
              num(h.shareOfReviews()),
              Long.toString(h.followedUp()),
              Long.toString(h.reviewsWithDuration()),
              num(h.medianProcessDays())));
    }
    cells.add(
        NotebookCell.code(
            String.join(
                "\n",
                "hearing = pd.read_parquet(RUN / \"summaries\" / \"hearing_back\")",
                "hearing[[" + py(HEARING) + "]]"),
            Tables.output(HEARING, rows)));
  }

  private static void concernOffer(List<NotebookCell> cells, SummaryTables t) {
    cells.add(
        NotebookCell.text(
            "## Concerns and offers\n\nOffer rate (accepted or declined) with and without each "
                + "concern, the difference and Newcombe's 95 % interval."));
    List<List<String>> rows = new ArrayList<>();
    for (ConcernOfferRate c : t.concernOffer()) {
      if (c.reviewsWith() > 0) {
        rows.add(
            List.of(
                c.concern(),
                Long.toString(c.reviewsWith()),
                num(c.offerRateWith()),
                num(c.offerRateWithout()),
                num(c.difference()),
                num(c.ciLow()),
                num(c.ciHigh()),
                c.lowSupport() ? "True" : "False"));
      }
    }
    cells.add(
        NotebookCell.code(
            String.join(
                "\n",
                "offer = pd.read_parquet(RUN / \"summaries\" / \"concern_offer\")",
                "offer[offer.reviews_with > 0][[" + py(OFFER) + "]].reset_index(drop=True)"),
            Tables.output(OFFER, rows)));
  }

  private static void pyspark(List<NotebookCell> cells, SummaryTables t) {
    cells.add(
        NotebookCell.text(
            "## The same data with PySpark\n\nFor runs too large for pandas, read the "
                + "summaries (or `reviews/`) with Spark. Feedback by company:"));
    List<List<String>> rows = new ArrayList<>();
    for (CompanyFeedback c : t.companies()) {
      rows.add(
          List.of(
              c.company(),
              Long.toString(c.reviews()),
              num(c.shareNone()),
              num(c.shareDecisionOnly()),
              num(c.shareSpecific())));
    }
    cells.add(
        NotebookCell.code(
            String.join(
                "\n",
                "from pyspark.sql import SparkSession, functions as F",
                "",
                "spark = SparkSession.builder.master(\"local[*]\").appName(\"debrief-notebook\").getOrCreate()",
                "by_company = spark.read.parquet(str(RUN / \"summaries\" / \"feedback_by_company\"))",
                "(by_company.orderBy(F.desc(\"reviews\"), \"company\")",
                "    .select(" + py(BY_COMPANY) + ")",
                "    .toPandas())"),
            Tables.output(BY_COMPANY, rows)));
  }

  /** A share as pandas shows it by default: six decimals, NaN for missing. */
  private static String num(Double d) {
    return d == null ? "NaN" : String.format(Locale.ROOT, "%.6f", d);
  }
}
