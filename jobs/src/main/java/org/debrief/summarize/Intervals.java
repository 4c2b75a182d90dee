package org.debrief.summarize;

/**
 * 95 % confidence intervals for proportions: Wilson's score interval for one proportion and
 * Newcombe's hybrid score interval (his method 10, 1998) for a difference of two, which keeps its
 * coverage for small groups and rates near 0 or 1 where the textbook Wald interval fails.
 */
public final class Intervals {
  /** The standard normal quantile for a two-sided 95 % interval. */
  public static final double Z95 = 1.959963984540054;

  private Intervals() {}

  /** Wilson's interval for {@code x} successes in {@code n} trials; null when n is 0. */
  public static double[] wilson(long x, long n) {
    if (n <= 0) {
      return null;
    }
    double p = (double) x / n;
    double z2 = Z95 * Z95;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  /** Newcombe's interval for p1 − p2 with p1 = x1/n1, p2 = x2/n2; null when either n is 0. */
  public static double[] newcombe(long x1, long n1, long x2, long n2) {
    double[] w1 = wilson(x1, n1);
    double[] w2 = wilson(x2, n2);
    if (w1 == null || w2 == null) {
      return null;
    }
    double p1 = (double) x1 / n1;
    double p2 = (double) x2 / n2;
    double d = p1 - p2;
    double low = d - Math.sqrt(square(p1 - w1[0]) + square(w2[1] - p2));
    double high = d + Math.sqrt(square(w1[1] - p1) + square(p2 - w2[0]));
    return new double[] {low, high};
  }

  private static double square(double v) {
    return v * v;
  }
}
