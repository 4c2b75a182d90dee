package org.debrief.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  static List<CsvTable> tables(SummaryTables t, RedactedQuotes quotes) {
    List<CsvTable> out = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    for (LabelFrequency l : t.labels()) {
      rows.add(
          List.of(
              l.dimension(),
              l.groupValue(),
              l.labelKind(),
              l.label(),
              l.reviews(),
              l.shareOfReviews(),
              l.rejectedReviews(),
              l.shareOfRejected() == null ? "" : l.shareOfRejected(),
              l.groupReviews(),
              l.groupRejected(),
              l.lowSupport()));
    }
    out.add(
        new CsvTable(
            "label_frequencies.csv",
            List.of(
                "dimension",
                "group_value",
                "label_kind",
                "label",
                "reviews",
                "share_of_reviews",
                "rejected_reviews",
                "share_of_rejected",
                "group_reviews",
                "group_rejected",
                "low_support"),
            rows));
    rows = new ArrayList<>();
    for (CompanyFeedback c : t.companies()) {
      rows.add(
          List.of(
              c.company(),
              c.reviews(),
              c.none(),
              c.decisionOnly(),
              c.specific(),
              c.notStated(),
              c.shareNone(),
              c.shareDecisionOnly(),
              c.shareSpecific(),
              c.shareNotStated(),
              c.followedUp(),
              c.reviewsWithDuration(),
              blank(c.medianProcessDays()),
              blank(c.firstReviewDate()),
              blank(c.lastReviewDate()),
              c.lowSupport()));
    }
    out.add(
        new CsvTable(
            "feedback_by_company.csv",
            List.of(
                "company",
                "reviews",
                "none",
                "decision_only",
                "specific",
                "not_stated",
                "share_none",
                "share_decision_only",
                "share_specific",
                "share_not_stated",
                "followed_up",
                "reviews_with_duration",
                "median_process_days",
                "first_review_date",
                "last_review_date",
                "low_support"),
            rows));
    out.add(concernOffer(t.concernOffer()));
    out.add(hearingBack(t.hearingBack()));
    rows = new ArrayList<>();
    for (RedactedQuotes.Shown q : quotes.all()) {
      rows.add(
          List.of(
              q.concern(),
              q.rank(),
              blank(q.companyRank()),
              q.text(),
              q.company(),
              q.reviewId(),
              q.rules()));
    }
    out.add(
        new CsvTable(
            "evidence_quotes.csv",
            List.of("concern", "rank", "company_rank", "sentence", "company", "review_id", "rules"),
            rows));
    out.add(pairs(t.pairs()));
    return out;
  }

  private static CsvTable concernOffer(List<ConcernOfferRate> list) {
    List<List<Object>> rows = new ArrayList<>();
    for (ConcernOfferRate c : list) {
      rows.add(
          List.of(
              c.concern(),
              c.reviewsWith(),
              c.offersWith(),
              blank(c.offerRateWith()),
              c.reviewsWithout(),
              c.offersWithout(),
              blank(c.offerRateWithout()),
              blank(c.difference()),
              blank(c.ciLow()),
              blank(c.ciHigh()),
              c.support(),
              c.lowSupport()));
    }
    return new CsvTable(
        "concern_offer.csv",
        List.of(
            "concern",
            "reviews_with",
            "offers_with",
            "offer_rate_with",
            "reviews_without",
            "offers_without",
            "offer_rate_without",
            "difference",
            "ci_low",
            "ci_high",
            "support",
            "low_support"),
        rows);
  }

  private static CsvTable hearingBack(List<HearingBack> list) {
    List<List<Object>> rows = new ArrayList<>();
    for (HearingBack h : list) {
      rows.add(
          List.of(
              h.feedback(),
              h.reviews(),
              h.shareOfReviews(),
              h.followedUp(),
              h.reviewsWithDuration(),
              blank(h.medianProcessDays()),
              blank(h.meanProcessDays())));
    }
    return new CsvTable(
        "hearing_back.csv",
        List.of(
            "feedback",
            "reviews",
            "share_of_reviews",
            "followed_up",
            "reviews_with_duration",
            "median_process_days",
            "mean_process_days"),
        rows);
  }

  private static CsvTable pairs(List<ConcernPair> list) {
    List<List<Object>> rows = new ArrayList<>();
    for (ConcernPair p : list) {
      rows.add(
          List.of(
              p.concernA(),
              p.concernB(),
              p.reviewsBoth(),
              p.reviewsA(),
              p.reviewsB(),
              p.shareOfA(),
              p.shareOfB()));
    }
    return new CsvTable(
        "concern_cooccurrence.csv",
        List.of(
            "concern_a",
            "concern_b",
            "reviews_both",
            "reviews_a",
            "reviews_b",
            "share_of_a",
            "share_of_b"),
        rows);
  }

  /** A missing value as an empty cell. */
  private static Object blank(Object v) {
    return v == null ? "" : v;
  }
}
