package org.debrief.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.debrief.annotate.AnnotatedSentence;

/**
 * Turns per-sentence target probabilities into a review's labels with evidence. A label holds when
 * its best sentence reaches the target's threshold; that sentence is the evidence. Feedback takes
 * the most informative outcome that holds (specific > decision only > none), as the taxonomy says.
 * A concern needs a sentence where the employer's concern is probable; its kind is the one the
 * rules matched there (guards aside), else the most probable kind.
 */
public final class LabelDecision {
  public static final String CONCERN = "concern";
  public static final String CONCERN_PREFIX = "concern:";
  public static final String FEEDBACK_PREFIX = "feedback:";
  static final List<String> FEEDBACK_PRECEDENCE = List.of("specific", "decision_only", "none");

  private LabelDecision() {}

  /**
   * @param probabilities per sentence, target → probability; a target without a model is absent
   * @param thresholds target → the probability a label needs; absent means 0.5
   */
  public static Extraction decide(
      List<AnnotatedSentence> sentences,
      List<SentenceSignals> signals,
      List<Map<String, Double>> probabilities,
      Map<String, Double> thresholds,
      String source) {
    List<Evidence> evidence = new ArrayList<>();
    concerns(sentences, signals, probabilities, thresholds, source, evidence);
    String feedback = "not_stated";
    for (String f : FEEDBACK_PRECEDENCE) {
      Evidence e = best(FEEDBACK_PREFIX + f, f, sentences, probabilities, thresholds, source);
      if (e != null) {
        feedback = f;
        evidence.add(e);
        break;
      }
    }
    List<String> process = new ArrayList<>();
    for (String p : Taxonomy.PROCESS_ISSUES) {
      Evidence e = best(p, p, sentences, probabilities, thresholds, source);
      if (e != null) {
        process.add(p);
        evidence.add(e);
      }
    }
    Evidence followUp =
        best(
            Extractor.FOLLOWED_UP,
            Extractor.FOLLOWED_UP,
            sentences,
            probabilities,
            thresholds,
            source);
    if (followUp != null) {
      evidence.add(followUp);
    }
    Set<String> concernLabels = new TreeSet<>();
    evidence.stream()
        .map(Evidence::label)
        .filter(Taxonomy.CONCERNS::contains)
        .forEach(concernLabels::add);
    evidence.sort(ORDER);
    return new Extraction(
        Taxonomy.CONCERNS.stream().filter(concernLabels::contains).toList(),
        feedback,
        process,
        followUp != null,
        List.copyOf(evidence));
  }

  private static void concerns(
      List<AnnotatedSentence> sentences,
      List<SentenceSignals> signals,
      List<Map<String, Double>> probabilities,
      Map<String, Double> thresholds,
      String source,
      List<Evidence> out) {
    double needed = thresholds.getOrDefault(CONCERN, 0.5);
    for (int i = 0; i < sentences.size(); i++) {
      double p = probabilities.get(i).getOrDefault(CONCERN, 0.0);
      if (p < needed) {
        continue;
      }
      for (String kind : kinds(signals.get(i), probabilities.get(i))) {
        if (out.stream().noneMatch(e -> e.label().equals(kind))) {
          out.add(evidence(kind, sentences.get(i), source, p));
        }
      }
    }
  }

  /** The concern kinds the rules matched in the sentence, else the most probable kind. */
  static List<String> kinds(SentenceSignals signals, Map<String, Double> probabilities) {
    List<String> matched =
        Taxonomy.CONCERNS.stream()
            .filter(c -> signals.fired().contains(c) || signals.blocked().contains(c))
            .toList();
    if (!matched.isEmpty()) {
      return matched;
    }
    return Taxonomy.CONCERNS.stream()
        .filter(c -> probabilities.containsKey(CONCERN_PREFIX + c))
        .max(Comparator.comparingDouble(c -> probabilities.get(CONCERN_PREFIX + c)))
        .map(List::of)
        .orElse(List.of());
  }

  private static Evidence best(
      String target,
      String label,
      List<AnnotatedSentence> sentences,
      List<Map<String, Double>> probabilities,
      Map<String, Double> thresholds,
      String source) {
    int best = -1;
    double bestP = thresholds.getOrDefault(target, 0.5);
    for (int i = 0; i < sentences.size(); i++) {
      double p = probabilities.get(i).getOrDefault(target, 0.0);
      if (p >= bestP) {
        best = i;
        bestP = p;
      }
    }
    return best < 0 ? null : evidence(label, sentences.get(best), source, bestP);
  }

  private static Evidence evidence(String label, AnnotatedSentence s, String source, double p) {
    return new Evidence(label, s.text(), s.begin(), s.end(), source, p);
  }

  private static final Comparator<Evidence> ORDER =
      Comparator.comparingInt(Evidence::begin).thenComparing(Evidence::label);
}
