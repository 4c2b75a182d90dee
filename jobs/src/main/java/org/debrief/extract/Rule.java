package org.debrief.extract;

import java.util.Set;

/**
 * One line of a rule file: when {@code pattern} matches and no guard objects, the sentence is
 * evidence for {@code label}.
 *
 * @param label a taxonomy id, {@code followed_up}, or a cue kind such as {@code cue:negation}
 * @param id unique rule id, reported in the evidence
 */
record Rule(String label, String id, Set<Guard> guards, TokenPattern pattern) {

  boolean isCue() {
    return label.startsWith("cue:") || label.startsWith("frame:");
  }
}
