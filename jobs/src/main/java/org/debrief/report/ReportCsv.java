package org.debrief.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.debrief.summarize.CompanyFeedback;
import org.debrief.summarize.ConcernOfferRate;
import org.debrief.summarize.ConcernPair;
import org.debrief.summarize.HearingBack;
import org.debrief.summarize.LabelFrequency;

/** The main tables as CSV files beside {@code index.html}, for spreadsheets. */
final class ReportCsv {
  static final Map<String, String> DESCRIPTIONS = descriptions();

  private ReportCsv() {}

  private static Map<String, String> descriptions() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("label_frequencies.csv", "every label by dimension and group: counts and shares");
    m.put("feedback_by_company.csv", "feedback outcome shares per company");
    m.put(
        "concern_offer.csv",
        "offer rate with and without each concern, difference and 95 % interval");
    m.put("hearing_back.csv", "feedback outcomes, follow-ups and process length");
    m.put(
        "evidence_quotes.csv",
        "ranked evidence quotes per concern and per company with a page, redacted");
    m.put("concern_cooccurrence.csv", "pairs of concerns raised in the same reviews");
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The CSV tables: each summary's columns are its record's {@code SCHEMA}, the names its Parquet
   * files carry, so the CSVs, the workbook and the notebook's data agree by construction.
   */
  static List<CsvTable> tables(SummaryTables t, RedactedQuotes quotes) {
    return List.of(
        table("label_frequencies.csv", LabelFrequency.SCHEMA, t.labels(), LabelFrequency::toRow),
        table(
            "feedback_by_company.csv",
            CompanyFeedback.SCHEMA,
            t.companies(),
            CompanyFeedback::toRow),
        table(
            "concern_offer.csv",
            ConcernOfferRate.SCHEMA,
            t.concernOffer(),
            ConcernOfferRate::toRow),
        table("hearing_back.csv", HearingBack.SCHEMA, t.hearingBack(), HearingBack::toRow),
        evidenceQuotes(quotes),
        table("concern_cooccurrence.csv", ConcernPair.SCHEMA, t.pairs(), ConcernPair::toRow));
  }

  private static <T> CsvTable table(
      String file, StructType schema, List<T> records, Function<T, Row> toRow) {
    List<List<Object>> rows = new ArrayList<>();
    for (T r : records) {
      rows.add(cells(toRow.apply(r)));
    }
    return new CsvTable(file, List.of(schema.fieldNames()), rows);
  }

  /** A row's values as cells: a missing value empty, a date as the workbook writes dates. */
  private static List<Object> cells(Row row) {
    List<Object> cells = new ArrayList<>(row.length());
    for (int i = 0; i < row.length(); i++) {
      Object v = row.get(i);
      cells.add(v == null ? "" : v instanceof java.sql.Date d ? d.toLocalDate() : v);
    }
    return cells;
  }

  /** The report's redacted view of the quotes, not the summary's unredacted rows. */
  private static CsvTable evidenceQuotes(RedactedQuotes quotes) {
    List<List<Object>> rows = new ArrayList<>();
    for (RedactedQuotes.Shown q : quotes.all()) {
      Object companyRank = q.companyRank() == null ? "" : q.companyRank();
      rows.add(
          List.of(
              q.concern(), q.rank(), companyRank, q.text(), q.company(), q.reviewId(), q.rules()));
    }
    return new CsvTable(
        "evidence_quotes.csv",
        List.of("concern", "rank", "company_rank", "sentence", "company", "review_id", "rules"),
        rows);
  }
}
