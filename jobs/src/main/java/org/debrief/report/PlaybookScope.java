package org.debrief.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.debrief.summarize.LabelFrequencies;
import org.debrief.summarize.LabelFrequency;

/** The playbooks the report shows: concerns raised often enough, most frequent first. */
final class PlaybookScope {
  private PlaybookScope() {}

  static List<Map<String, Object>> shown(ReportFacts facts, long minSupport) {
    Map<String, Playbooks.Playbook> all = Playbooks.standard();
    List<Map<String, Object>> out = new ArrayList<>();
    for (LabelFrequency l : facts.overallByCount(LabelFrequencies.CONCERN)) {
      Playbooks.Playbook p = all.get(l.label());
      if (p == null || l.reviews() < ReportScope.PLAYBOOK_MIN_REVIEWS) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", "playbook-" + l.label());
      m.put("concern", Format.label(l.label()));
      m.put("title", p.title());
      m.put("reviews", Format.reviews(l.reviews()));
      m.put("fewReviews", l.reviews() < minSupport);
      m.put("restate", p.restate());
      m.put("clarify", p.clarify());
      m.put("offerProof", p.offerProof());
      m.put("exampleConcern", p.exampleConcern());
      m.put("exampleRestate", p.exampleRestate());
      m.put("exampleClarify", p.exampleClarify());
      m.put("exampleProof", p.exampleProof());
      out.add(m);
    }
    return out;
  }
}
