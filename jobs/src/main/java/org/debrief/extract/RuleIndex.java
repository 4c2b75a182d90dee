package org.debrief.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that could match a sentence, found from its words: most rules need a word the sentence
 * lacks, and looking its few dozen words up is cheaper than trying every rule.
 */
final class RuleIndex {
  private final List<Rule> rules;
  private final Map<String, int[]> byWord;
  private final BitSet always;

  RuleIndex(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    Map<String, List<Integer>> index = new HashMap<>();
    this.always = new BitSet(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      Set<String> anchor = rules.get(i).pattern().smallestAnchor();
      if (anchor.isEmpty()) {
        always.set(i);
      }
      for (String word : anchor) {
        index.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
      }
    }
    this.byWord = new HashMap<>();
    index.forEach((w, ids) -> byWord.put(w, ids.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** The rules that may match tokens with this {@link TokenTest#vocabulary}, in file order. */
  List<Rule> candidates(Set<String> vocabulary) {
    BitSet hit = (BitSet) always.clone();
    for (String word : vocabulary) {
      int[] ids = byWord.get(word);
      if (ids != null) {
        for (int i : ids) {
          hit.set(i);
        }
      }
    }
    List<Rule> out = new ArrayList<>(hit.cardinality());
    for (int i = hit.nextSetBit(0); i >= 0; i = hit.nextSetBit(i + 1)) {
      out.add(rules.get(i));
    }
    return out;
  }
}
