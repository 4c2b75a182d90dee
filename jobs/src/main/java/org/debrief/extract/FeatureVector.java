package org.debrief.extract;

/** A sparse vector of a {@link FeatureSpace}: ascending indices and their values. */
public record FeatureVector(int[] indices, double[] values) {

  /** The dot product with dense {@code weights}. */
  public double dot(double[] weights) {
    double sum = 0;
    for (int i = 0; i < indices.length; i++) {
      sum += weights[indices[i]] * values[i];
    }
    return sum;
  }
}
