package org.debrief.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.debrief.annotate.Token;

/**
 * A sequence of token tests, optional tests and bounded gaps, parsed from the rule format of {@code
 * README.md} next to the rule files; finds where it matches in a sentence's tokens.
 */
final class TokenPattern {
  /** One step: a token test, optionally skippable, or a gap of 0…{@code maxGap} any tokens. */
  private record Step(TokenTest test, boolean optional, int maxGap) {
    boolean isGap() {
      return test == null;
    }
  }

  private final String source;
  private final List<Step> steps;
  // Word sets of the steps every match passes through: a sentence without one of each is skipped.
  private final List<Set<String>> anchors;

  private TokenPattern(String source, List<Step> steps) {
    this.source = source;
    this.steps = steps;
    this.anchors =
        steps.stream()
            .filter(s -> !s.isGap() && !s.optional())
            .map(s -> Set.copyOf(s.test().required()))
            .filter(words -> !words.isEmpty())
            .toList();
  }

  static TokenPattern parse(String source, Map<String, Set<String>> lists) {
    List<Step> steps = new ArrayList<>();
    for (String part : source.trim().split("\\s+")) {
      steps.add(parseStep(part, lists));
    }
    if (steps.isEmpty() || steps.get(0).isGap() || steps.get(steps.size() - 1).isGap()) {
      throw new IllegalArgumentException("pattern must start and end with a token test: " + source);
    }
    return new TokenPattern(source, List.copyOf(steps));
  }

  private static Step parseStep(String part, Map<String, Set<String>> lists) {
    if (part.matches("~\\d+")) {
      return new Step(null, false, Integer.parseInt(part.substring(1)));
    }
    boolean optional = part.length() > 1 && part.endsWith("?");
    String body = optional ? part.substring(0, part.length() - 1) : part;
    boolean negated = body.length() > 1 && body.startsWith("!");
    body = negated ? body.substring(1) : body;
    String pos = "";
    int brace = body.indexOf('{');
    if (brace >= 0 && body.endsWith("}")) {
      pos = body.substring(brace + 1, body.length() - 1).replace("*", "");
      body = body.substring(0, brace);
    }
    Set<String> words = words(body, lists);
    Set<String> forms = new HashSet<>();
    for (String w : words) {
      if (w.startsWith("=")) {
        forms.add(w.substring(1));
      }
    }
    words.removeIf(w -> w.startsWith("="));
    return new Step(new TokenTest(Set.copyOf(words), Set.copyOf(forms), pos, negated), optional, 0);
  }

  private static Set<String> words(String body, Map<String, Set<String>> lists) {
    Set<String> words = new HashSet<>();
    if (body.isEmpty() || body.equals("*")) {
      return words;
    }
    for (String alt : body.split("\\|")) {
      if (alt.startsWith("@")) {
        Set<String> list = lists.get(alt.substring(1));
        if (list == null) {
          throw new IllegalArgumentException(
              "unknown list " + alt + "; define it with 'list " + alt.substring(1) + " = …'");
        }
        words.addAll(list);
      } else {
        words.add(alt);
      }
    }
    return words;
  }

  /** The fewest words one of which every match contains; empty when no step demands a word. */
  Set<String> smallestAnchor() {
    return anchors.stream().min(java.util.Comparator.comparingInt(Set::size)).orElse(Set.of());
  }

  /** Every start position's shortest match, left to right. */
  List<Span> findAll(List<Token> tokens) {
    return findAll(tokens, TokenTest.vocabulary(tokens));
  }

  /** As {@link #findAll(List)}, with the tokens' {@link TokenTest#vocabulary} already built. */
  List<Span> findAll(List<Token> tokens, Set<String> vocabulary) {
    for (Set<String> anchor : anchors) {
      if (disjoint(anchor, vocabulary)) {
        return List.of();
      }
    }
    List<Span> out = new ArrayList<>();
    for (int start = 0; start < tokens.size(); start++) {
      List<Integer> skipped = new ArrayList<>();
      int end = matchFrom(tokens, 0, start, skipped);
      if (end >= 0) {
        out.add(new Span(start, end, List.copyOf(skipped)));
      }
    }
    return out;
  }

  /** Looks up the members of the smaller set in the larger: a sentence has a few dozen words. */
  private static boolean disjoint(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    for (String word : small) {
      if (large.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** The smallest end index at which steps[step…] match from token {@code at}, or −1. */
  private int matchFrom(List<Token> tokens, int step, int at, List<Integer> skipped) {
    if (step == steps.size()) {
      return at;
    }
    Step s = steps.get(step);
    if (s.isGap()) {
      for (int skip = 0; skip <= s.maxGap() && at + skip <= tokens.size(); skip++) {
        int end = matchFrom(tokens, step + 1, at + skip, skipped);
        if (end >= 0) {
          for (int i = at; i < at + skip; i++) {
            skipped.add(i);
          }
          return end;
        }
      }
      return -1;
    }
    if (at < tokens.size() && s.test().test(tokens.get(at))) {
      int end = matchFrom(tokens, step + 1, at + 1, skipped);
      if (end >= 0) {
        return end;
      }
    }
    return s.optional() ? matchFrom(tokens, step + 1, at, skipped) : -1;
  }

  @Override
  public String toString() {
    return source;
  }
}
