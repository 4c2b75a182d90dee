package org.debrief.extract;

/** A fitted logistic regression over a {@link FeatureSpace}: P(y=1|x) = σ(w·x + b). */
public record LogisticModel(double[] weights, double intercept) {

  public double probability(FeatureVector x) {
    return 1 / (1 + Math.exp(-(x.dot(weights) + intercept)));
  }
}
