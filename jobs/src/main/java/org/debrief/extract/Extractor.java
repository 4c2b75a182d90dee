package org.debrief.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.annotate.Token;

/**
 * Finds the taxonomy labels of one review in its annotated sentences, using the rule files in
 * {@code resources/org/debrief/extract/}. Immutable and stateless per call: safe to share between
 * task threads.
 */
public final class Extractor {
  static final List<String> RULE_FILES =
      List.of("cues.rules", "concerns.rules", "feedback.rules", "process.rules", "followup.rules");
  public static final String FOLLOWED_UP = "followed_up";
  private static final String SPECIFIC = "specific";
  private static final List<String> FEEDBACK_PRECEDENCE =
      List.of(SPECIFIC, "decision_only", "none");
  private static final String NOT_STATED = "not_stated";
  private static final List<String> LABEL_ORDER =
      Stream.of(Taxonomy.CONCERNS, Taxonomy.FEEDBACK, Taxonomy.PROCESS_ISSUES, List.of(FOLLOWED_UP))
          .flatMap(List::stream)
          .toList();

  private final RuleIndex cueRules;
  private final RuleIndex labelRules;

  private Extractor(List<Rule> rules) {
    this.cueRules = new RuleIndex(rules.stream().filter(Rule::isCue).toList());
    List<Rule> labels = rules.stream().filter(r -> !r.isCue()).toList();
    this.labelRules = new RuleIndex(labels);
    for (Rule r : labels) {
      if (!LABEL_ORDER.contains(r.label()) || r.label().equals(NOT_STATED)) {
        throw new IllegalArgumentException(
            "rule " + r.id() + " has label '" + r.label() + "', which is not a taxonomy id");
      }
    }
  }

  /** The rules shipped with Debrief. */
  public static Extractor standard() {
    return Standard.INSTANCE;
  }

  /** Parsed once per JVM: reading the rule files per review cost more than matching them. */
  private static final class Standard {
    static final Extractor INSTANCE =
        new Extractor(
            RuleFiles.load(
                Extractor.class,
                RULE_FILES.stream().map(f -> "/org/debrief/extract/" + f).toList()));
  }

  static Extractor of(List<Rule> rules) {
    return new Extractor(rules);
  }

  public Extraction extract(String text, List<AnnotatedSentence> sentences) {
    return extract(text, sentences, EvidenceJudge.RULES_ONLY);
  }

  /** As {@link #extract(String, List)}, keeping only the evidence {@code judge} upholds. */
  public Extraction extract(String text, List<AnnotatedSentence> sentences, EvidenceJudge judge) {
    List<Evidence> found = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (Evidence e : evidenceIn(sentences.get(i))) {
        Evidence judged = judge.judge(i, e);
        if (judged != null) {
          found.add(judged);
        }
      }
    }
    String feedback =
        FEEDBACK_PRECEDENCE.stream()
            .filter(f -> found.stream().anyMatch(e -> e.label().equals(f)))
            .findFirst()
            .orElse(NOT_STATED);
    // Lower-precedence feedback evidence is superseded, not reported.
    List<Evidence> kept =
        found.stream()
            .filter(e -> !Taxonomy.FEEDBACK.contains(e.label()) || e.label().equals(feedback))
            .sorted(EVIDENCE_ORDER)
            .toList();
    Set<String> labels = kept.stream().map(Evidence::label).collect(Collectors.toSet());
    return new Extraction(
        inOrder(Taxonomy.CONCERNS, labels),
        feedback,
        inOrder(Taxonomy.PROCESS_ISSUES, labels),
        labels.contains(FOLLOWED_UP),
        kept);
  }

  /** Per sentence, in order: the rules' verdicts and the cues, for the learned layer. */
  public List<SentenceSignals> signals(List<AnnotatedSentence> sentences) {
    List<SentenceSignals> out = new ArrayList<>(sentences.size());
    for (AnnotatedSentence sentence : sentences) {
      Set<String> fired = new TreeSet<>();
      Set<String> blocked = new TreeSet<>();
      Set<String> cues = new TreeSet<>();
      for (List<Token> segment : Segments.of(sentence.tokens())) {
        Set<String> vocabulary = TokenTest.vocabulary(segment);
        SentenceScope scope =
            SentenceScope.of(segment, vocabulary, cueRules.candidates(vocabulary));
        cues.addAll(scope.cueKinds());
        for (Rule rule : labelRules.candidates(vocabulary)) {
          for (Span match : rule.pattern().findAll(segment, vocabulary)) {
            SentenceScope.Verdict verdict = scope.judge(rule, match);
            (verdict == SentenceScope.Verdict.BLOCKED ? blocked : fired).add(rule.label());
          }
        }
      }
      out.add(new SentenceSignals(fired, blocked, cues));
    }
    return out;
  }

  private List<Evidence> evidenceIn(AnnotatedSentence sentence) {
    List<Evidence> out = new ArrayList<>();
    for (List<Token> segment : Segments.of(sentence.tokens())) {
      for (Evidence e : evidenceIn(sentence, segment)) {
        if (!out.contains(e)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private List<Evidence> evidenceIn(AnnotatedSentence sentence, List<Token> tokens) {
    Set<String> vocabulary = TokenTest.vocabulary(tokens);
    SentenceScope scope = SentenceScope.of(tokens, vocabulary, cueRules.candidates(vocabulary));
    List<Evidence> out = new ArrayList<>();
    for (Rule rule : labelRules.candidates(vocabulary)) {
      for (Span match : rule.pattern().findAll(tokens, vocabulary)) {
        SentenceScope.Verdict verdict = scope.judge(rule, match);
        if (verdict == SentenceScope.Verdict.BLOCKED) {
          continue;
        }
        out.add(evidence(rule.label(), sentence, rule.id()));
        // A concern reported as the employer's reason is itself specific feedback.
        if (Taxonomy.CONCERNS.contains(rule.label()) && verdict == SentenceScope.Verdict.ALLOWED) {
          out.add(evidence(SPECIFIC, sentence, rule.id()));
        }
        break;
      }
    }
    return out;
  }

  private static Evidence evidence(String label, AnnotatedSentence s, String rule) {
    return new Evidence(label, s.text(), s.begin(), s.end(), rule);
  }

  private static List<String> inOrder(List<String> ids, Set<String> labels) {
    return ids.stream().filter(labels::contains).toList();
  }

  private static final Comparator<Evidence> EVIDENCE_ORDER =
      Comparator.comparingInt(Evidence::begin)
          .thenComparingInt(e -> LABEL_ORDER.indexOf(e.label()))
          .thenComparing(Evidence::rule);
}
