package org.debrief.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.debrief.annotate.Token;

/**
 * Tests one token: its lemma or lower-cased word is one of {@code words} (or its word is one of
 * {@code forms}), and its POS tag starts with {@code posPrefix}. Matching the word as well as the
 * lemma keeps rules working where CoreNLP's lemma is odd ("ghosted" tagged as an adjective).
 *
 * @param words accepted lemmas or words, lower case; with {@code forms} empty means any token
 * @param forms accepted words only, written {@code =me} (the lemma of "me" is "i")
 * @param posPrefix required start of the POS tag, empty for any
 * @param negated true when the test is written {@code !…}: any token except those
 */
record TokenTest(Set<String> words, Set<String> forms, String posPrefix, boolean negated) {

  boolean test(Token token) {
    return negated != (wordMatches(token) && token.pos().startsWith(posPrefix));
  }

  private boolean wordMatches(Token token) {
    if (words.isEmpty() && forms.isEmpty()) {
      return true;
    }
    String word = normalize(token.word());
    return forms.contains(word) || words.contains(word) || words.contains(normalize(token.lemma()));
  }

  /**
   * Every normalised word and lemma of {@code tokens}: a test can only pass on a token whose word
   * or lemma is among these, so a pattern needing a word missing here cannot match.
   */
  static Set<String> vocabulary(List<Token> tokens) {
    Set<String> out = new HashSet<>(tokens.size() * 4);
    for (Token t : tokens) {
      out.add(normalize(t.word()));
      out.add(normalize(t.lemma()));
    }
    return out;
  }

  /** The words one of which a token must have to pass, or an empty set when any token can. */
  Set<String> required() {
    if (negated || (words.isEmpty() && forms.isEmpty())) {
      return Set.of();
    }
    Set<String> out = new HashSet<>(words);
    out.addAll(forms);
    return out;
  }

  /**
   * Lower case without a glued full stop: scraped reviews join paragraphs as "canceled.,Then",
   * which the tokenizer keeps as "canceled." followed by ",".
   */
  static String normalize(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.length() > 1 && lower.endsWith(".")
        ? lower.substring(0, lower.length() - 1)
        : lower;
  }
}
