package org.debrief.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.debrief.extract.Taxonomy;
import org.debrief.summarize.CompanyFeedback;
import org.debrief.summarize.LabelFrequencies;
import org.debrief.summarize.LabelFrequency;
import org.debrief.summarize.Summaries;
import org.jfree.chart.JFreeChart;

/**
 * The values one company's page prints: its concerns with its own quotes, what its candidates heard
 * back, their complaints and the playbooks for its concerns, each beside the share over all
 * companies.
 */
final class CompanyScope {
  private CompanyScope() {}

  static Map<String, Object> build(
      CompanyFeedback c, ReportFacts facts, RedactedQuotes quotes, Map<String, Object> meta) {
    String name = c.company();
    List<LabelFrequency> concerns = facts.byCount("company", name, LabelFrequencies.CONCERN);
    List<LabelFrequency> issues =
        facts.rows("company", LabelFrequencies.PROCESS_ISSUE).stream()
            .filter(l -> l.groupValue().equals(name))
            .toList();
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("meta", meta);
    s.put("company", name);
    s.put("reviews", c.reviews());
    s.put("headline", headline(c));
    s.put("dates", PageMeta.dates(List.of(c), 0));
    s.put("concerns", concerns(concerns, facts, quotes, name));
    s.put("outcomes", outcomes(c, facts));
    s.put("process", shares(issues, facts, LabelFrequencies.PROCESS_ISSUE));
    s.put("concernChart", chart(concerns, "reviews raising the concern", "chart-concerns"));
    s.put("feedbackChart", feedbackChart(c));
    s.put("processChart", chart(issues, "reviews complaining of it", "chart-process"));
    List<Map<String, Object>> playbooks =
        PlaybookScope.shown(concerns, 1, ReportScope.PLAYBOOK_MIN_REVIEWS);
    s.put("playbooks", playbooks);
    s.put("noPlaybooks", playbooks.isEmpty());
    s.put("playbookMin", ReportScope.PLAYBOOK_MIN_REVIEWS);
    return s;
  }

  private static Map<String, Object> headline(CompanyFeedback c) {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("ghosted", Format.percent(c.shareNone()));
    h.put("decisionOnly", Format.percent(c.shareDecisionOnly()));
    h.put("specific", Format.percent(c.shareSpecific()));
    h.put("followedUp", c.followedUp());
    h.put("withDuration", c.reviewsWithDuration());
    h.put("median", Format.days(c.medianProcessDays()));
    return h;
  }

  private static List<Map<String, Object>> concerns(
      List<LabelFrequency> rows, ReportFacts facts, RedactedQuotes quotes, String company) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> m : shares(rows, facts, LabelFrequencies.CONCERN)) {
      m.put(
          "quotes",
          quotes.top(company, (String) m.get("id"), Summaries.QUOTES_PER_COMPANY_CONCERN));
      out.add(m);
    }
    return out;
  }

  /** Each row's count and share in the company, beside the share over all companies. */
  private static List<Map<String, Object>> shares(
      List<LabelFrequency> rows, ReportFacts facts, String kind) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (LabelFrequency l : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", l.label());
      m.put("label", Format.label(l.label()));
      m.put("reviews", l.reviews());
      m.put("share", Format.percent(l.shareOfReviews()));
      m.put("shareRejected", Format.percent(l.shareOfRejected()));
      m.put("overall", Format.percent(facts.share("overall", "all", kind, l.label())));
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> outcomes(CompanyFeedback c, ReportFacts facts) {
    long[] counts = {c.none(), c.decisionOnly(), c.specific(), c.notStated()};
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < Taxonomy.FEEDBACK.size(); i++) {
      String id = Taxonomy.FEEDBACK.get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("label", Format.label(id));
      m.put("reviews", counts[i]);
      m.put("share", Format.percent((double) counts[i] / c.reviews()));
      m.put(
          "overall", Format.percent(facts.share("overall", "all", LabelFrequencies.FEEDBACK, id)));
      out.add(m);
    }
    return out;
  }

  private static String feedbackChart(CompanyFeedback c) {
    List<Long> counts = List.of(c.none(), c.decisionOnly(), c.specific(), c.notStated());
    List<String> labels = Taxonomy.FEEDBACK.stream().map(Format::label).toList();
    JFreeChart chart = Charts.bars(labels, counts, "reviews");
    return Charts.svg(chart, ReportCharts.WIDTH, Charts.heightFor(labels.size()), "chart-feedback");
  }

  private static String chart(List<LabelFrequency> rows, String axis, String id) {
    List<String> labels = rows.stream().map(l -> Format.label(l.label())).toList();
    List<Long> counts = rows.stream().map(LabelFrequency::reviews).toList();
    return Charts.svg(
        Charts.bars(labels, counts, axis), ReportCharts.WIDTH, Charts.heightFor(rows.size()), id);
  }
}
