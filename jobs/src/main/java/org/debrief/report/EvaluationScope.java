package org.debrief.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The quality figures of {@code evaluation.json} for the methodology section, when evaluate has
 * run.
 */
final class EvaluationScope {
  private EvaluationScope() {}

  /** Null when the run was not evaluated, so the template says so. */
  static Map<String, Object> of(JsonNode e) {
    if (e == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("goldReviews", e.path("gold_reviews").asLong());
    m.put("concernsPrecision", Format.decimal(number(e.at("/concerns/micro/precision"))));
    m.put("concernsRecall", Format.decimal(number(e.at("/concerns/micro/recall"))));
    m.put("concernsF1", Format.decimal(number(e.at("/concerns/micro/f1"))));
    m.put("feedbackAccuracy", Format.decimal(number(e.at("/feedback/accuracy"))));
    m.put("feedbackMacroF1", Format.decimal(number(e.at("/feedback/macro_f1"))));
    m.put("processF1", Format.decimal(number(e.at("/process_issues/micro/f1"))));
    m.put("followedUpF1", Format.decimal(number(e.at("/followed_up/f1"))));
    return m;
  }

  private static Double number(JsonNode n) {
    return n.isNumber() ? n.asDouble() : null;
  }
}
