package org.debrief.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.debrief.summarize.LabelFrequency;

/** The playbooks a page shows: concerns raised often enough, most frequent first. */
final class PlaybookScope {
  private PlaybookScope() {}

  /**
   * @param concerns the page's concern rows, most frequent first
   * @param minReviews a concern raised in fewer reviews gets no playbook
   * @param fewBelow a playbook of a concern raised in fewer reviews is flagged "few reviews"
   */
  static List<Map<String, Object>> shown(
      List<LabelFrequency> concerns, long minReviews, long fewBelow) {
    Map<String, Playbooks.Playbook> all = Playbooks.standard();
    List<Map<String, Object>> out = new ArrayList<>();
    for (LabelFrequency l : concerns) {
      Playbooks.Playbook p = all.get(l.label());
      if (p == null || l.reviews() < minReviews) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", "playbook-" + l.label());
      m.put("concernId", l.label());
      m.put("concern", Format.label(l.label()));
      m.put("title", p.title());
      m.put("reviews", Format.reviews(l.reviews()));
      m.put("fewReviews", l.reviews() < fewBelow);
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
