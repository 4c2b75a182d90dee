package org.debrief.train;

/**
 * The learned layer's training choices, kept in the model artefact.
 *
 * @param regularisation L2 strength of every logistic regression
 * @param balancePower positives weigh (negatives / positives)^power: 0 is unweighted, 1 balanced
 * @param minPositives targets with fewer positive sentences get no model
 */
public record TrainingSettings(double regularisation, double balancePower, int minPositives) {
  public static final TrainingSettings DEFAULT = new TrainingSettings(0.01, 0.0, 4);

  /**
   * The learned labels' settings: positives half-balanced, since most targets are rare in a review
   * and the threshold is chosen afterwards anyway.
   */
  public static final TrainingSettings LEARNED_LABELS = new TrainingSettings(0.01, 0.5, 4);
}
