package org.debrief.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of a single-label field (feedback, sentiment): per class, macro-F1 over all {@code
 * classes}, accuracy and the confusion matrix.
 *
 * @param confusion gold class → predicted class → count; a predicted class may be {@code missing}
 *     when a review had no prediction
 */
public record ClassScores(
    List<String> classes,
    Map<String, Prf> perClass,
    double macroF1,
    double accuracy,
    int scored,
    Map<String, Map<String, Integer>> confusion) {

  public static ClassScores of(List<String> classes, Map<String, Map<String, Integer>> confusion) {
    Map<String, Prf> perClass = new LinkedHashMap<>();
    int scored = 0;
    int correct = 0;
    for (String c : classes) {
      int tp = count(confusion, c, c);
      int fn = confusion.getOrDefault(c, Map.of()).values().stream().mapToInt(i -> i).sum() - tp;
      int fp = 0;
      for (String g : confusion.keySet()) {
        fp += g.equals(c) ? 0 : count(confusion, g, c);
      }
      perClass.put(c, new Prf(tp, fp, fn));
      scored += tp + fn;
      correct += tp;
    }
    double macro = perClass.values().stream().mapToDouble(Prf::f1).average().orElse(0.0);
    double accuracy = scored == 0 ? 0.0 : (double) correct / scored;
    return new ClassScores(List.copyOf(classes), perClass, macro, accuracy, scored, confusion);
  }

  private static int count(Map<String, Map<String, Integer>> confusion, String gold, String pred) {
    return confusion.getOrDefault(gold, Map.of()).getOrDefault(pred, 0);
  }
}
