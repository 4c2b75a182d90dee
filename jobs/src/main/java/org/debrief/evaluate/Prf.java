package org.debrief.evaluate;

/**
 * Counts of one label (true positives, false positives, false negatives) and the scores derived
 * from them. An undefined ratio (0/0) is 0, as scikit-learn reports it.
 */
public record Prf(int tp, int fp, int fn) {
  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf plus(Prf other) {
    return new Prf(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  public int support() {
    return tp + fn;
  }

  /** True when the label occurs in neither gold nor predictions; it then has no F1 to average. */
  public boolean unseen() {
    return tp + fp + fn == 0;
  }

  public double precision() {
    return ratio(tp, tp + fp);
  }

  public double recall() {
    return ratio(tp, tp + fn);
  }

  public double f1() {
    return ratio(2 * tp, 2 * tp + fp + fn);
  }

  private static double ratio(int num, int den) {
    return den == 0 ? 0.0 : (double) num / den;
  }
}
