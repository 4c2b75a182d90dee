package org.debrief.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.debrief.annotate.AnnotatedSentence;

/**
 * The learned layer over the rules. A judge of concern hits first drops the rules' concern evidence
 * it finds improbable (a candidate's own guess, a question topic); then one logistic regression per
 * label target over {@link ReviewFeatures} and a choice per target of who decides ({@link
 * TargetDecision}) give the labels. A label the model adds gets as evidence the sentence that
 * raised its probability most; a label it removes loses its evidence. Pure per call.
 *
 * @param source how evidence of the model names it, {@code model:<name>@<version>}
 * @param concernJudge the judge of concern hits with its threshold, null for none
 */
public record LearnedLabels(
    String source,
    FeatureSpace space,
    Map<String, LogisticModel> models,
    Map<String, TargetDecision> decisions,
    JudgeModel concernJudge) {

  /** The model's probability of each target that has a model. */
  public Map<String, Double> probabilities(Map<String, Double> reviewFeatures) {
    FeatureVector x = space.vector(reviewFeatures);
    Map<String, Double> out = new TreeMap<>();
    models.forEach((t, m) -> out.put(t, m.probability(x)));
    return out;
  }

  /** The rules' extraction with the judge's verdict on concern hits. */
  private Extraction judgedRules(
      String text, List<AnnotatedSentence> sentences, List<SentenceSignals> signals) {
    return concernJudge == null
        ? Extractor.standard().extract(text, sentences)
        : Extractor.standard().extract(text, sentences, concernJudge.judgeOf(sentences, signals));
  }

  public Extraction extract(String text, List<AnnotatedSentence> sentences) {
    // The rules' signals feed the judge and the review features: found once.
    List<SentenceSignals> signals = Extractor.standard().signals(sentences);
    Extraction rules = judgedRules(text, sentences, signals);
    if (sentences.isEmpty()) {
      return rules;
    }
    Map<String, Double> p = probabilities(ReviewFeatures.of(sentences, signals));
    Set<String> holds = holds(LabelTargetIds.of(rules), p);
    List<String> concerns =
        Taxonomy.CONCERNS.stream().filter(c -> holds.contains(LabelTargetIds.CONCERN + c)).toList();
    String feedback =
        LabelTargetIds.FEEDBACK_STATED.stream()
            .filter(f -> holds.contains(LabelTargetIds.FEEDBACK + f))
            .findFirst()
            .orElse("not_stated");
    List<String> process = Taxonomy.PROCESS_ISSUES.stream().filter(holds::contains).toList();
    boolean followedUp = holds.contains(Extractor.FOLLOWED_UP);
    Set<String> labels = new TreeSet<>(concerns);
    labels.add(feedback);
    labels.addAll(process);
    if (followedUp) {
      labels.add(Extractor.FOLLOWED_UP);
    }
    List<Evidence> evidence = new ArrayList<>();
    rules.evidence().stream().filter(e -> labels.contains(e.label())).forEach(evidence::add);
    for (String label : labels) {
      if (!label.equals("not_stated")
          && evidence.stream().noneMatch(e -> e.label().equals(label))) {
        String target = targetOf(label);
        evidence.add(strongest(label, target, sentences, signals, p.getOrDefault(target, 0.0)));
      }
    }
    evidence.sort(Comparator.comparingInt(Evidence::begin).thenComparing(Evidence::label));
    return new Extraction(concerns, feedback, process, followedUp, List.copyOf(evidence));
  }

  private Set<String> holds(Set<String> ruled, Map<String, Double> p) {
    Set<String> out = new TreeSet<>();
    for (String t : LabelTargetIds.all()) {
      TargetDecision d = decisions.getOrDefault(t, TargetDecision.RULES);
      if (d.holds(ruled.contains(t), p.getOrDefault(t, Double.NaN))) {
        out.add(t);
      }
    }
    return out;
  }

  private static String targetOf(String label) {
    if (Taxonomy.CONCERNS.contains(label)) {
      return LabelTargetIds.CONCERN + label;
    }
    return Taxonomy.FEEDBACK.contains(label) ? LabelTargetIds.FEEDBACK + label : label;
  }

  /** The sentence whose own features weigh most towards the target: the model's evidence. */
  private Evidence strongest(
      String label,
      String target,
      List<AnnotatedSentence> sentences,
      List<SentenceSignals> signals,
      double probability) {
    LogisticModel m = models.get(target);
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; m != null && i < sentences.size(); i++) {
      double score =
          space
              .vector(ReviewFeatures.ofSentence(sentences.get(i), signals.get(i)))
              .dot(m.weights());
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    AnnotatedSentence s = sentences.get(best);
    return new Evidence(label, s.text(), s.begin(), s.end(), source, probability);
  }
}
