package org.debrief.extract;

/**
 * How one label target is decided, as chosen on inner company folds: by the rules alone, by the
 * learned model alone, by either of them, or by both together (the model confirming the rules).
 *
 * @param threshold the model probability that counts as the model saying yes
 */
public record TargetDecision(Mode mode, double threshold) {
  public static final TargetDecision RULES = new TargetDecision(Mode.RULES, 1.0);

  /** Who decides. */
  public enum Mode {
    RULES,
    MODEL,
    EITHER,
    BOTH
  }

  /**
   * Whether the label holds.
   *
   * @param probability the model's probability, NaN when the target has no model
   */
  public boolean holds(boolean rules, double probability) {
    if (mode == Mode.RULES || Double.isNaN(probability)) {
      return rules;
    }
    boolean model = probability >= threshold;
    return switch (mode) {
      case MODEL -> model;
      case EITHER -> rules || model;
      case BOTH -> rules && model;
      case RULES -> rules;
    };
  }
}
