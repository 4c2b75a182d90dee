package org.debrief.extract;

import java.util.Locale;

/** A condition on a rule's surroundings in the sentence; see the rule README for each one. */
enum Guard {
  /** Blocked by a negation cue earlier in the same clause ("they had no concerns about …"). */
  NEG,
  /** Blocked by the candidate's own hedging anywhere before, or in the same clause. */
  SPEC,
  /** Blocked when the topic is the object of a question cue and nothing signals a doubt. */
  ASK,
  /**
   * Needs an employer frame (someone on the employer's side said, decided, probed) in the sentence.
   */
  EMPLOYER,
  /** Needs the candidate as the subject shortly before, in the same clause. */
  SELF,
  /** Blocked when the candidate is the subject shortly before: it is about someone else. */
  OTHER,
  /** Blocked when the sentence is about moving to a next round, which is not an outcome. */
  NOROUND,
  /** Blocked when the sentence is about another employer ("accepted an offer elsewhere"). */
  ELSEWHERE;

  static Guard parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown guard '"
              + name
              + "'; use one of neg, spec, ask, employer, self, other, noround, elsewhere",
          e);
    }
  }
}
