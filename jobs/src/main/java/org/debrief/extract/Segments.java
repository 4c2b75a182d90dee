package org.debrief.extract;

import java.util.ArrayList;
import java.util.List;
import org.debrief.annotate.Token;

/**
 * Splits a CoreNLP sentence where the scraper glued sentences together: "…canceled.,Then…" comes
 * out of the splitter as one sentence, and a cue in one must not govern the other.
 */
final class Segments {
  private Segments() {}

  static List<List<Token>> of(List<Token> tokens) {
    List<List<Token>> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < tokens.size() - 1; i++) {
      if (endsSentence(tokens.get(i), tokens.get(i + 1))) {
        out.add(tokens.subList(start, i + 1));
        start = i + 1;
      }
    }
    out.add(tokens.subList(start, tokens.size()));
    return out;
  }

  private static boolean endsSentence(Token token, Token next) {
    String w = token.word();
    if (w.equals(".") || w.equals("!") || w.equals("?")) {
      return true;
    }
    return w.length() > 1 && w.endsWith(".") && next.word().equals(",");
  }
}
