package org.debrief.summarize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** The summaries under {@code summaries/}: names, schemas, and the transforms that make them. */
public final class Summaries {
  public static final String LABEL_FREQUENCIES = "label_frequencies";
  public static final String FEEDBACK_BY_COMPANY = "feedback_by_company";
  public static final String CONCERN_OFFER = "concern_offer";
  public static final String CONCERN_COOCCURRENCE = "concern_cooccurrence";
  public static final String EVIDENCE_QUOTES = "evidence_quotes";
  public static final String HEARING_BACK = "hearing_back";

  /**
   * Below this many reviews a group is flagged {@code low_support}: a share of 3 reviews is noise.
   */
  public static final long DEFAULT_MIN_SUPPORT = 10;

  /** Evidence quotes kept per concern. */
  public static final int QUOTES_PER_CONCERN = 5;

  /** Evidence quotes kept per concern of each company that gets a page in the report. */
  public static final int QUOTES_PER_COMPANY_CONCERN = 2;

  public static final Map<String, StructType> SCHEMAS = schemas();

  private Summaries() {}

  private static Map<String, StructType> schemas() {
    Map<String, StructType> m = new LinkedHashMap<>();
    m.put(LABEL_FREQUENCIES, LabelFrequency.SCHEMA);
    m.put(FEEDBACK_BY_COMPANY, CompanyFeedback.SCHEMA);
    m.put(CONCERN_OFFER, ConcernOfferRate.SCHEMA);
    m.put(CONCERN_COOCCURRENCE, ConcernPair.SCHEMA);
    m.put(EVIDENCE_QUOTES, Quote.SCHEMA);
    m.put(HEARING_BACK, HearingBack.SCHEMA);
    return java.util.Collections.unmodifiableMap(m);
  }

  public static List<String> names() {
    return List.copyOf(SCHEMAS.keySet());
  }

  /** Every summary of {@code reviews} (the columns of {@link SummaryInput#REQUIRED}), by name. */
  public static Map<String, Dataset<Row>> all(
      Dataset<Row> reviews, RoleFamilies families, long minSupport) {
    Dataset<Row> prepared = SummaryInput.prepared(reviews, families);
    Map<String, Dataset<Row>> m = new LinkedHashMap<>();
    m.put(LABEL_FREQUENCIES, LabelFrequencies.labelFrequencies(prepared, minSupport));
    m.put(FEEDBACK_BY_COMPANY, FeedbackByCompany.feedbackByCompany(prepared, minSupport));
    m.put(CONCERN_OFFER, ConcernOffer.concernOffer(prepared, minSupport));
    m.put(CONCERN_COOCCURRENCE, ConcernCooccurrence.concernCooccurrence(prepared));
    m.put(
        EVIDENCE_QUOTES,
        EvidenceQuotes.evidenceQuotes(
            prepared,
            QUOTES_PER_CONCERN,
            org.debrief.extract.LearnedLabelsArtefact.standard().quoteThreshold(),
            QUOTES_PER_COMPANY_CONCERN,
            minSupport));
    m.put(HEARING_BACK, HearingBackTimes.hearingBack(prepared));
    return m;
  }
}
