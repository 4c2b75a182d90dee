package org.debrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.debrief.annotate.Token;
import org.junit.jupiter.api.Test;

/** The rule format and guards on hand-built tokens, without CoreNLP. */
class TokenPatternTest {

  /** "word/lemma/POS" items separated by spaces. */
  private static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String item : tagged.split(" ")) {
      String[] p = item.split("/");
      out.add(new Token(p[0], p[1], p[2], at, at + p[0].length()));
      at += p[0].length() + 1;
    }
    return out;
  }

  private static final List<Token> NO_CONCERNS =
      tokens(
          "they/they/PRP had/have/VBD no/no/DT concerns/concern/NNS about/about/IN my/my/PRP$ lack/lack/NN of/of/IN experience/experience/NN");

  @Test
  void matchesLemmasWordsPosOptionalsAndGaps() {
    List<Rule> rules =
        RuleFiles.parse(
            "list LACK = lack limited\nexperience t.lack [] @LACK ~2 experience|background{NN}\n");
    assertThat(rules.get(0).pattern().findAll(NO_CONCERNS))
        .containsExactly(new Span(6, 9, List.of(7)));
    List<Rule> pos = RuleFiles.parse("experience t.pos [] concern{VB}\n");
    assertThat(pos.get(0).pattern().findAll(NO_CONCERNS)).isEmpty();
  }

  @Test
  void negationBeforeTheMatchInItsClauseBlocksANegGuardedRule() {
    List<Rule> rules =
        RuleFiles.parse(
            "cue:negation n [] no|not\n"
                + "frame:reason f [] they ~2 have\n"
                + "experience t.lack [employer neg] lack ~2 experience\n");
    Rule cue = rules.get(0);
    Rule rule = rules.get(2);
    SentenceScope scope = SentenceScope.of(NO_CONCERNS, List.of(cue, rules.get(1)));
    Span match = rule.pattern().findAll(NO_CONCERNS).get(0);
    assertThat(scope.judge(rule, match)).isEqualTo(SentenceScope.Verdict.BLOCKED);
    List<Token> plain =
        tokens(
            "they/they/PRP had/have/VBD concerns/concern/NNS about/about/IN my/my/PRP$ lack/lack/NN of/of/IN experience/experience/NN");
    SentenceScope plainScope = SentenceScope.of(plain, List.of(cue, rules.get(1)));
    assertThat(plainScope.judge(rule, rule.pattern().findAll(plain).get(0)))
        .isEqualTo(SentenceScope.Verdict.ALLOWED);
  }

  @Test
  void aNegationSkippedByAGapNegatesTheMatch() {
    List<Rule> rules =
        RuleFiles.parse("cue:negation n [] no\nspecific t.got [neg] get ~2 feedback\n");
    List<Token> t = tokens("I/I/PRP got/get/VBD no/no/DT feedback/feedback/NN");
    Span match = rules.get(1).pattern().findAll(t).get(0);
    assertThat(match.skipped()).containsExactly(2);
    assertThat(SentenceScope.of(t, List.of(rules.get(0))).judge(rules.get(1), match))
        .isEqualTo(SentenceScope.Verdict.BLOCKED);
  }

  @Test
  void stripsTheFullStopTheScraperGluedToAWord() {
    List<Rule> rules = RuleFiles.parse("disorganized t.cancel [] cancel|canceled\n");
    assertThat(rules.get(0).pattern().findAll(tokens("was/be/VBD canceled./canceled./VBN ,/,/,")))
        .hasSize(1);
    assertThat(Segments.of(tokens("it/it/PRP ended./ended./VBD ,/,/, Then/then/RB"))).hasSize(2);
  }

  @Test
  void skipsOnlySentencesThatLackAWordEveryMatchNeeds() {
    // "not?" is optional and "!late" negated: neither word may be demanded of the sentence.
    List<Rule> rules = RuleFiles.parse("experience x [] not? hire|hired ~1 !late experience\n");
    TokenPattern pattern = rules.get(0).pattern();
    assertThat(
            pattern.findAll(
                tokens("they/they/PRP hired/hire/VBD more/more/JJR experience/experience/NN")))
        .containsExactly(new Span(1, 4, List.of()));
    assertThat(pattern.findAll(tokens("hired/hire/VBN with/with/IN experience/experience/NN")))
        .containsExactly(new Span(0, 3, List.of()));
    // A word met only as a lemma counts: "hiring" has the lemma "hire".
    assertThat(pattern.findAll(tokens("hiring/hire/VBG lots/lot/NNS experience/experience/NN")))
        .hasSize(1);
    assertThat(pattern.findAll(tokens("they/they/PRP hired/hire/VBD me/i/PRP"))).isEmpty();
    assertThat(TokenTest.vocabulary(tokens("Hired./hired./VBN Me/i/PRP")))
        .containsExactlyInAnyOrder("hired", "me", "i");
  }

  @Test
  void rejectsBadRuleLinesWithTheLineNumber() {
    assertThatThrownBy(() -> RuleFiles.parse("# c\nexperience x [] @NOPE\n"))
        .hasMessageContaining("<inline>:2")
        .hasMessageContaining("@NOPE");
    assertThatThrownBy(() -> RuleFiles.parse("experience x [bogus] a\n"))
        .hasMessageContaining("bogus");
    assertThatThrownBy(() -> RuleFiles.parse("experience x [] a\nfit x [] b\n"))
        .hasMessageContaining("duplicate");
  }

  @Test
  void loadsTheShippedRuleFilesAndSaysNotStatedForNothing() {
    assertThat(Extractor.standard().extract("", List.of()))
        .isEqualTo(new Extraction(List.of(), "not_stated", List.of(), false, List.of()));
  }
}
