package org.debrief.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleIndexTest {
  private static final List<Rule> RULES =
      RuleFiles.parse(
          String.join(
              "\n",
              "experience a [] lack ~2 experience",
              "fit b [] not? culture|team fit",
              "salary c [] !cheap *",
              "experience d [] junior",
              ""));

  private static List<String> ids(List<Rule> rules) {
    return rules.stream().map(Rule::id).toList();
  }

  @Test
  void offersOnlyRulesWhoseRarestNeededWordIsPresentAndKeepsFileOrder() {
    RuleIndex index = new RuleIndex(RULES);
    // "salary c" demands no word: always a candidate.
    assertThat(ids(index.candidates(Set.of("nothing")))).containsExactly("c");
    assertThat(ids(index.candidates(Set.of("junior", "lack", "fit"))))
        .containsExactly("a", "b", "c", "d");
    // "a" needs both "lack" and "experience"; it is indexed under one of them only.
    assertThat(ids(index.candidates(Set.of("experience", "lack")))).containsExactly("a", "c");
    assertThat(ids(index.candidates(Set.of("culture")))).containsExactly("c");
  }

  @Test
  void theRarestAnchorIsTheSmallestWordSetAMatchMustPass() {
    assertThat(RULES.get(1).pattern().smallestAnchor()).containsExactly("fit");
    assertThat(RULES.get(2).pattern().smallestAnchor()).isEmpty();
  }
}
