package org.debrief.train;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.debrief.common.Sha256;
import org.debrief.extract.RulePrecision;

/**
 * Counts how often each rule's evidence is right on labelled reviews ({@link RulePrecision}), and
 * picks a quote threshold from held-out evidence: the lowest probability at which the evidence of
 * company groups the probabilities were not fitted on kept precision ≥ {@value #QUOTE_PRECISION}.
 */
public final class RulePrecisionTraining {
  /** A rule's own record counts as much as this many hits at its label's rate. */
  static final double PRIOR_STRENGTH = 4.0;

  static final double QUOTE_PRECISION = 0.9;

  private RulePrecisionTraining() {}

  public static RulePrecision fit(List<LabelledReview> reviews, String version) {
    return counted(reviews, version, fingerprint(reviews));
  }

  /** A concern hit of a held-out group: its probability from the other groups, and if right. */
  record Scored(String group, double probability, boolean correct) {}

  static double threshold(List<Scored> scored) {
    List<Scored> sorted =
        scored.stream().sorted(Comparator.comparingDouble(Scored::probability).reversed()).toList();
    double best = 1.0;
    int correct = 0;
    for (int i = 0; i < sorted.size(); i++) {
      correct += sorted.get(i).correct() ? 1 : 0;
      boolean lastOfTies =
          i + 1 == sorted.size() || sorted.get(i + 1).probability() < sorted.get(i).probability();
      if (lastOfTies && (double) correct / (i + 1) >= QUOTE_PRECISION) {
        best = sorted.get(i).probability();
      }
    }
    return best;
  }

  static ObjectNode folds(List<Scored> scored, double threshold) {
    ObjectNode out = org.debrief.common.Json.MAPPER.createObjectNode();
    Map<String, List<Scored>> byGroup = new TreeMap<>();
    scored.forEach(s -> byGroup.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(s));
    byGroup.forEach((g, s) -> out.set(g, fold(s, threshold)));
    out.set("pooled", fold(scored, threshold));
    return out;
  }

  private static ObjectNode fold(List<Scored> s, double threshold) {
    List<Scored> quoted = s.stream().filter(x -> x.probability() >= threshold).toList();
    long right = quoted.stream().filter(Scored::correct).count();
    ObjectNode n = org.debrief.common.Json.MAPPER.createObjectNode();
    n.put("concern_evidence", s.size());
    n.put("concern_evidence_right", s.stream().filter(Scored::correct).count());
    n.put("quoted", quoted.size());
    n.put("quoted_right", right);
    n.put("quoted_precision", quoted.isEmpty() ? 0.0 : (double) right / quoted.size());
    return n;
  }

  /** Hit counts and probabilities of {@code reviews} alone, with no quote threshold. */
  static RulePrecision counted(List<LabelledReview> reviews) {
    return counted(reviews, "fold", "");
  }

  private static RulePrecision counted(
      List<LabelledReview> reviews, String version, String fingerprint) {
    Map<String, int[]> byHit = new TreeMap<>();
    Map<String, int[]> byLabel = new TreeMap<>();
    for (LabelledReview r : reviews) {
      for (RuleHits.Hit h : RuleHits.of(r)) {
        String label = h.evidence().label();
        add(byHit.computeIfAbsent(label + "|" + h.evidence().rule(), k -> new int[2]), h);
        add(byLabel.computeIfAbsent(label, k -> new int[2]), h);
      }
    }
    Map<String, Double> labelRates = new TreeMap<>();
    // Laplace: a label seen once is not certain.
    byLabel.forEach((l, c) -> labelRates.put(l, (c[1] + 1.0) / (c[0] + 2.0)));
    Map<String, RulePrecision.Count> hits = new TreeMap<>();
    byHit.forEach(
        (key, c) -> {
          double prior = labelRates.get(key.substring(0, key.indexOf('|')));
          double p = (c[1] + PRIOR_STRENGTH * prior) / (c[0] + PRIOR_STRENGTH);
          hits.put(key, new RulePrecision.Count(c[0], c[1], round(p)));
        });
    labelRates.replaceAll((l, p) -> round(p));
    return new RulePrecision(version, fingerprint, hits, labelRates);
  }

  private static void add(int[] counts, RuleHits.Hit h) {
    counts[0]++;
    counts[1] += h.correct() ? 1 : 0;
  }

  /** Six decimals: the artefact is compared as text, and noise digits would only churn it. */
  static double round(double p) {
    return Math.round(p * 1e6) / 1e6;
  }

  /** SHA-256 over the reviews' ids, texts and gold labels, in id order. */
  static String fingerprint(List<LabelledReview> reviews) {
    StringBuilder all = new StringBuilder();
    reviews.stream()
        .sorted(Comparator.comparing(LabelledReview::id))
        .forEach(
            r ->
                all.append(r.id())
                    .append('\t')
                    .append(r.text())
                    .append('\t')
                    .append(r.gold())
                    .append('\n'));
    return Sha256.of(all.toString());
  }
}
