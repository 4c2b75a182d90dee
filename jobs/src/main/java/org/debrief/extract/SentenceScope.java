package org.debrief.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.debrief.annotate.Token;

/**
 * Where the cues of one sentence are (negation, hedging, question topics, employer frames, …) and
 * its clauses, so that a rule's guards can be judged against a match.
 */
final class SentenceScope {
  /** How a match fared against its rule's guards. */
  enum Verdict {
    BLOCKED,
    /** Allowed; if the rule needed an employer frame, a reason-giving one was there. */
    ALLOWED,
    /** Allowed only through a probing frame: a doubt was raised, no reason was given. */
    ALLOWED_AS_PROBE
  }

  // A cue further back than this rarely governs the match; it belongs to another predicate.
  private static final int NEGATION_WINDOW = 8;
  private static final int SELF_WINDOW = 5;

  private final int[] clauseOf;
  private final Map<String, List<Span>> cues;

  private SentenceScope(int[] clauseOf, Map<String, List<Span>> cues) {
    this.clauseOf = clauseOf;
    this.cues = cues;
  }

  static SentenceScope of(List<Token> tokens, List<Rule> cueRules) {
    return of(tokens, TokenTest.vocabulary(tokens), cueRules);
  }

  /** As {@link #of(List, List)}, with the tokens' {@link TokenTest#vocabulary} already built. */
  static SentenceScope of(List<Token> tokens, Set<String> vocabulary, List<Rule> cueRules) {
    Map<String, List<Span>> cues = new HashMap<>();
    for (Rule rule : cueRules) {
      cues.computeIfAbsent(rule.label(), k -> new ArrayList<>())
          .addAll(rule.pattern().findAll(tokens, vocabulary));
    }
    // "the interviewer kept asking whether I really wanted …" reports a question, not a statement.
    List<Span> questions = cues.getOrDefault("cue:question", List.of());
    cues.computeIfPresent(
        "frame:reason",
        (k, frames) ->
            frames.stream()
                .filter(
                    f ->
                        questions.stream()
                            .noneMatch(q -> q.start() >= f.start() && q.end() <= f.end()))
                .toList());
    int[] clauseOf = new int[tokens.size()];
    int clause = 0;
    List<Span> breaks = new ArrayList<>(cues.getOrDefault("cue:clause_break", List.of()));
    breaks.addAll(cues.getOrDefault("cue:contrast", List.of()));
    for (int i = 0; i < tokens.size(); i++) {
      final int at = i;
      if (breaks.stream().anyMatch(b -> b.start() == at)) {
        clause++;
      }
      clauseOf[i] = clause;
    }
    return new SentenceScope(clauseOf, cues);
  }

  /** The kinds of cue that occur in the sentence, e.g. {@code cue:negation}. */
  Set<String> cueKinds() {
    Set<String> out = new TreeSet<>();
    cues.forEach(
        (kind, spans) -> {
          if (!spans.isEmpty()) {
            out.add(kind);
          }
        });
    return out;
  }

  Verdict judge(Rule rule, Span match) {
    var guards = rule.guards();
    if (guards.contains(Guard.NEG) && negated(match)
        || guards.contains(Guard.SPEC) && hedged(match)
        || guards.contains(Guard.ASK) && onlyAsked(match)
        || guards.contains(Guard.SELF) && !bySelf(match)
        || guards.contains(Guard.OTHER) && bySelf(match) && !judgedBySelf(match)
        || guards.contains(Guard.NOROUND) && !spans("cue:next_round").isEmpty()
        || guards.contains(Guard.ELSEWHERE) && elsewhere(match)) {
      return Verdict.BLOCKED;
    }
    if (!guards.contains(Guard.EMPLOYER) || !spans("frame:reason").isEmpty()) {
      return Verdict.ALLOWED;
    }
    return spans("frame:probe").isEmpty() ? Verdict.BLOCKED : Verdict.ALLOWED_AS_PROBE;
  }

  /** A negation earlier in the clause, or one that a gap of the pattern skipped over. */
  boolean negated(Span match) {
    return spans("cue:negation").stream()
        .anyMatch(
            n ->
                n.end() <= match.start()
                        && n.start() >= match.start() - NEGATION_WINDOW
                        && sameClause(n.start(), match.start())
                    || match.skipped().contains(n.start()));
  }

  /**
   * The candidate's hedge before the match with no "but" in between ("I thought it went well, but I
   * never heard back" is not hedged), or an aside later in its clause ("…, I guess"). A hedging
   * word after the match belongs to a later predicate: "said I was overqualified and would probably
   * get bored" is still the employer's word.
   */
  boolean hedged(Span match) {
    return spans("cue:speculation").stream()
            .anyMatch(
                s ->
                    s.end() <= match.start() && !anyBetween("cue:contrast", s.end(), match.start()))
        || spans("cue:aside").stream().anyMatch(s -> sameClause(s.start(), match.start()));
  }

  /**
   * Another employer talked about with no "but" in between: "accepted an offer at another company"
   * is blocked, "the offer finally came, but by then I had accepted elsewhere" is not.
   */
  boolean elsewhere(Span match) {
    return spans("cue:elsewhere").stream()
        .anyMatch(
            e ->
                e.end() <= match.start() && !anyBetween("cue:contrast", e.end(), match.start())
                    || e.start() >= match.end()
                        && !anyBetween("cue:contrast", match.end(), e.start())
                    || e.start() < match.end() && e.end() > match.start());
  }

  /**
   * "asked about my degree" is a topic; "kept asking about the gap, seemed worried" is a doubt, and
   * so is "asked about my degree and said it was not relevant" (a reason frame after the question).
   */
  boolean onlyAsked(Span match) {
    return spans("cue:doubt").isEmpty()
        && spans("cue:question").stream()
            .anyMatch(
                q ->
                    q.end() <= match.start()
                        && !anyBetween("frame:reason", q.end(), match.start()));
  }

  private boolean anyBetween(String label, int from, int to) {
    return spans(label).stream().anyMatch(s -> s.start() >= from && s.end() <= to);
  }

  /** "I" shortly before, and not as a passive subject ("I was called back"). */
  boolean bySelf(Span match) {
    boolean passive = spans("cue:passive").stream().anyMatch(p -> p.end() == match.start());
    return !passive
        && spans("cue:self").stream()
            .anyMatch(
                s ->
                    s.end() <= match.start()
                        && s.start() >= match.start() - SELF_WINDOW
                        && sameClause(s.start(), match.start()));
  }

  /** "which I found rude": the candidate's "I" belongs to a verb of judging just before. */
  private boolean judgedBySelf(Span match) {
    return spans("cue:judgment").stream()
        .anyMatch(j -> j.end() <= match.start() && j.end() >= match.start() - 2);
  }

  private boolean sameClause(int a, int b) {
    return clauseOf[a] == clauseOf[b];
  }

  private List<Span> spans(String label) {
    return cues.getOrDefault(label, List.of());
  }
}
