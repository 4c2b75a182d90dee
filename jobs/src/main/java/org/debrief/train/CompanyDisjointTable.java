package org.debrief.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.debrief.evaluate.Evaluation;

/** The company-disjoint scores as a console table and as JSON: the five measures per fold. */
public final class CompanyDisjointTable {
  private static final ObjectMapper JSON = org.debrief.common.Json.MAPPER;

  private CompanyDisjointTable() {}

  /** Concerns, feedback, process issues and follow-up averaged: the headline figure. */
  public static double meanOfFour(Evaluation e) {
    return (e.concerns().micro().f1()
            + e.feedback().macroF1()
            + e.processIssues().micro().f1()
            + e.followedUp().f1())
        / 4;
  }

  public static String table(List<CompanyDisjointEvaluation.Variant> variants) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-22s %-24s %5s %6s %6s %6s %6s %6s %6s %6s%n",
            "variant",
            "held-out group",
            "n",
            "conc",
            "conc P",
            "feedb",
            "proc",
            "follow",
            "mean4",
            "sent"));
    for (var v : variants) {
      v.perGroup().forEach((g, e) -> row(out, v.name(), g, e));
      row(out, v.name(), "pooled", v.pooled());
      row(out, v.name(), "pooled never tuned on", v.neverTuned());
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String variant, String group, Evaluation e) {
    out.append(
        String.format(
            Locale.ROOT,
            "%-22s %-24s %5d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f%n",
            variant,
            group,
            e.goldReviews(),
            e.concerns().micro().f1(),
            e.concerns().micro().precision(),
            e.feedback().macroF1(),
            e.processIssues().micro().f1(),
            e.followedUp().f1(),
            meanOfFour(e),
            e.sentiment().macroF1()));
  }

  public static String json(List<CompanyDisjointEvaluation.Variant> variants) {
    ObjectNode root = JSON.createObjectNode();
    root.put("mode", "company_disjoint");
    ObjectNode all = root.putObject("variants");
    for (var v : variants) {
      ObjectNode node = all.putObject(v.name());
      ObjectNode groups = node.putObject("held_out");
      for (Map.Entry<String, Evaluation> e : v.perGroup().entrySet()) {
        groups.set(e.getKey(), measures(e.getValue()));
      }
      node.set("pooled", measures(v.pooled()));
      node.set("pooled_never_tuned", measures(v.neverTuned()));
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode measures(Evaluation e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("reviews", e.goldReviews());
    n.put("concerns_micro_f1", e.concerns().micro().f1());
    n.put("concerns_precision", e.concerns().micro().precision());
    n.put("concerns_recall", e.concerns().micro().recall());
    n.put("feedback_macro_f1", e.feedback().macroF1());
    n.put("process_issues_micro_f1", e.processIssues().micro().f1());
    n.put("followed_up_f1", e.followedUp().f1());
    n.put("mean_of_four", meanOfFour(e));
    n.put("sentiment_macro_f1", e.sentiment().macroF1());
    return n;
  }
}
