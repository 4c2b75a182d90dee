package org.debrief.evaluate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scores of a multi-label field (concerns, process issues).
 *
 * @param perLabel every taxonomy label, in taxonomy order
 * @param macroF1 mean F1 over the labels that occur in gold or predictions ({@code macroLabels})
 */
public record LabelScores(Map<String, Prf> perLabel, Prf micro, double macroF1, int macroLabels) {

  static LabelScores of(Map<String, Prf> perLabel) {
    Prf micro = perLabel.values().stream().reduce(Prf.ZERO, Prf::plus);
    var seen = perLabel.values().stream().filter(p -> !p.unseen()).toList();
    double macro = seen.stream().mapToDouble(Prf::f1).average().orElse(0.0);
    return new LabelScores(
        Collections.unmodifiableMap(new LinkedHashMap<>(perLabel)), micro, macro, seen.size());
  }
}
