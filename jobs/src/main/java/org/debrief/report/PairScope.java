package org.debrief.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.debrief.summarize.ConcernPair;

/**
 * Concerns raised together, for the overview: when a candidate prepares for one, the other often
 * comes with it.
 */
final class PairScope {
  /** Pairs shown: the most frequent; the CSV and the workbook have them all. */
  static final int SHOWN = 10;

  private PairScope() {}

  static List<Map<String, Object>> rows(List<ConcernPair> pairs, long minSupport) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ConcernPair p : pairs.subList(0, Math.min(SHOWN, pairs.size()))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("idA", p.concernA());
      m.put("a", Format.label(p.concernA()));
      m.put("idB", p.concernB());
      m.put("b", Format.label(p.concernB()));
      m.put("both", p.reviewsBoth());
      m.put("reviewsA", p.reviewsA());
      m.put("shareOfA", Format.percent(p.shareOfA()));
      m.put("reviewsB", p.reviewsB());
      m.put("shareOfB", Format.percent(p.shareOfB()));
      m.put("lowSupport", p.reviewsBoth() < minSupport);
      out.add(m);
    }
    return out;
  }
}
