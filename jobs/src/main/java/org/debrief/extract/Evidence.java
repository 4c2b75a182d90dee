package org.debrief.extract;

/**
 * Why a label was given: the sentence it came from, its character offsets in the review text, the
 * id of the rule or model that gave it ({@code model:<name>@<version>}), and how probable the label
 * is on that sentence (1 for a rule without a model over it).
 */
public record Evidence(
    String label, String sentence, int begin, int end, String rule, double probability) {

  /** Evidence of a rule alone. */
  public Evidence(String label, String sentence, int begin, int end, String rule) {
    this(label, sentence, begin, end, rule, 1.0);
  }
}
