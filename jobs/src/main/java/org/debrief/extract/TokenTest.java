package org.debrief.extract;

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
