package org.debrief.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.debrief.summarize.CompanyFeedback;
import org.debrief.summarize.ConcernOfferRate;
import org.debrief.summarize.HearingBack;
import org.debrief.summarize.LabelFrequencies;
import org.debrief.summarize.LabelFrequency;
import org.debrief.summarize.SummarizeJob;

/** The values the report template prints: numbers formatted, quotes redacted, charts drawn. */
final class ReportScope {
  /**
   * A playbook is shown for a concern raised in at least this many reviews: one review is an
   * anecdote.
   */
  static final int PLAYBOOK_MIN_REVIEWS = 2;

  private ReportScope() {}

  static Map<String, Object> build(
      SummaryTables t,
      RedactedQuotes quotes,
      ReportCharts charts,
      JsonNode evaluation,
      Map<String, Object> meta) {
    ReportFacts facts = new ReportFacts(t.labels());
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("meta", meta);
    s.put("runId", t.metadata().getOrDefault(SummarizeJob.KEY_RUN_ID, "unknown"));
    s.put("taxonomyVersion", t.metadata().getOrDefault(SummarizeJob.KEY_TAXONOMY, "unknown"));
    s.put("inputSha256", t.metadata().getOrDefault(SummarizeJob.KEY_INPUT_SHA256, "unknown"));
    s.put("minSupport", minSupport(t));
    s.put("playbookMin", PLAYBOOK_MIN_REVIEWS);
    s.put("headline", headline(t, facts));
    s.put("concernChart", charts.concernsSvg());
    s.put("feedbackChart", charts.feedbackSvg());
    s.put("processChart", charts.processSvg());
    s.put("concerns", concerns(facts, quotes));
    s.put("hearingBack", hearingBack(t.hearingBack()));
    s.put("concernOffer", concernOffer(t.concernOffer()));
    s.put("companies", companies(t.companies(), facts));
    long pages = t.companies().stream().filter(CompanyFeedback::hasPage).count();
    s.put("companyPages", pages);
    s.put("noCompanyPages", pages == 0);
    s.put("pairs", PairScope.rows(t.pairs(), minSupport(t)));
    s.put("roleFamilies", roleFamilies(facts));
    List<Map<String, Object>> playbooks =
        PlaybookScope.shown(
            facts.overallByCount(LabelFrequencies.CONCERN), PLAYBOOK_MIN_REVIEWS, minSupport(t));
    s.put("playbooks", playbooks);
    s.put("noPlaybooks", playbooks.isEmpty());
    s.put("evaluation", EvaluationScope.of(evaluation));
    s.put("workbook", ReportWorkbook.FILE);
    s.put(
        "csvFiles",
        ReportCsv.DESCRIPTIONS.entrySet().stream()
            .map(e -> Map.of("file", e.getKey(), "description", e.getValue()))
            .toList());
    return s;
  }

  static long minSupport(SummaryTables t) {
    return Long.parseLong(t.metadata().getOrDefault(SummarizeJob.KEY_MIN_SUPPORT, "10"));
  }

  private static Map<String, Object> headline(SummaryTables t, ReportFacts facts) {
    long followed = t.hearingBack().stream().mapToLong(HearingBack::followedUp).sum();
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("reviews", t.reviews());
    h.put("analysed", t.analysed());
    h.put("notAnalysed", t.reviews() - t.analysed());
    h.put(
        "ghosted",
        Format.percent(facts.share("overall", "all", LabelFrequencies.FEEDBACK, "none")));
    h.put(
        "decisionOnly",
        Format.percent(facts.share("overall", "all", LabelFrequencies.FEEDBACK, "decision_only")));
    h.put(
        "specific",
        Format.percent(facts.share("overall", "all", LabelFrequencies.FEEDBACK, "specific")));
    h.put(
        "followedUp", Format.percent(t.analysed() == 0 ? null : (double) followed / t.analysed()));
    return h;
  }

  private static List<Map<String, Object>> concerns(ReportFacts facts, RedactedQuotes quotes) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (LabelFrequency l : facts.overallByCount(LabelFrequencies.CONCERN)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", l.label());
      m.put("label", Format.label(l.label()));
      m.put("reviews", Format.reviews(l.reviews()));
      m.put("share", Format.percent(l.shareOfReviews()));
      m.put("shareRejected", Format.percent(l.shareOfRejected()));
      m.put("quotes", quotes.top(l.label(), 2));
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> hearingBack(List<HearingBack> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (HearingBack h : ReportFacts.inTaxonomyOrder(rows)) {
      out.add(
          Map.of(
              "id",
              h.feedback(),
              "outcome",
              Format.label(h.feedback()),
              "reviews",
              h.reviews(),
              "share",
              Format.percent(h.shareOfReviews()),
              "followedUp",
              h.followedUp(),
              "withDuration",
              h.reviewsWithDuration(),
              "median",
              Format.days(h.medianProcessDays())));
    }
    return out;
  }

  private static List<Map<String, Object>> concernOffer(List<ConcernOfferRate> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ConcernOfferRate c : rows) {
      if (c.reviewsWith() == 0) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.concern());
      m.put("concern", Format.label(c.concern()));
      m.put("withN", c.reviewsWith());
      m.put("rateWith", Format.percent(c.offerRateWith()));
      m.put("withoutN", c.reviewsWithout());
      m.put("rateWithout", Format.percent(c.offerRateWithout()));
      m.put("difference", Format.points(c.difference()));
      m.put("interval", Format.interval(c.ciLow(), c.ciHigh()));
      m.put("lowSupport", c.lowSupport());
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> companies(
      List<CompanyFeedback> rows, ReportFacts facts) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (CompanyFeedback c : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("company", c.company());
      m.put("page", c.hasPage() ? CompanyPages.fileName(c.company()) : null);
      m.put("reviews", c.reviews());
      m.put("none", Format.percent(c.shareNone()));
      m.put("decisionOnly", Format.percent(c.shareDecisionOnly()));
      m.put("specific", Format.percent(c.shareSpecific()));
      m.put("topConcern", facts.topConcern("company", c.company()));
      m.put("lowSupport", c.lowSupport());
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> roleFamilies(ReportFacts facts) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (LabelFrequency g : facts.groupsWith("role_family", "none")) {
      String family = g.groupValue();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("family", Format.label(family));
      m.put("reviews", g.groupReviews());
      m.put("rejected", g.groupRejected());
      m.put("none", Format.percent(g.shareOfReviews()));
      m.put(
          "specific",
          Format.percent(
              facts.share("role_family", family, LabelFrequencies.FEEDBACK, "specific")));
      m.put("topConcern", facts.topConcern("role_family", family));
      m.put("lowSupport", g.lowSupport());
      out.add(m);
    }
    return out;
  }
}
