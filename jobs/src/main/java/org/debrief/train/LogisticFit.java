package org.debrief.train;

import edu.stanford.nlp.optimization.AbstractCachingDiffFunction;
import edu.stanford.nlp.optimization.QNMinimizer;
import java.util.Arrays;
import java.util.List;
import org.debrief.extract.FeatureVector;
import org.debrief.extract.LogisticModel;

/**
 * Fits one L2-regularised, class-weighted logistic regression in memory with CoreNLP's quasi-Newton
 * minimiser (already on the class path). A few thousand examples fit in well under a second, and
 * the same examples in the same order give the same weights.
 */
final class LogisticFit {
  private static final double TOLERANCE = 1e-6;
  private static final int MAX_ITERATIONS = 300;

  private LogisticFit() {}

  /**
   * @param positiveWeight how much a positive example weighs against a negative one, so that a few
   *     dozen positives are not drowned by thousands of negatives
   * @param regularisation L2 strength on the mean weighted log-loss; the intercept is not penalised
   */
  static LogisticModel fit(
      int size, List<FeatureVector> x, boolean[] y, double positiveWeight, double regularisation) {
    Objective f = new Objective(size, x, y, positiveWeight, regularisation);
    QNMinimizer qn = new QNMinimizer(15);
    qn.shutUp();
    double[] w = qn.minimize(f, TOLERANCE, new double[size + 1], MAX_ITERATIONS);
    return new LogisticModel(Arrays.copyOf(w, size), w[size]);
  }

  /** Mean weighted log-loss plus (λ/2)·|w|²; the last coordinate is the intercept. */
  private static final class Objective extends AbstractCachingDiffFunction {
    private final int size;
    private final List<FeatureVector> x;
    private final boolean[] y;
    private final double positiveWeight;
    private final double lambda;
    private final double totalWeight;

    Objective(int size, List<FeatureVector> x, boolean[] y, double positiveWeight, double lambda) {
      this.size = size;
      this.x = x;
      this.y = y;
      this.positiveWeight = positiveWeight;
      this.lambda = lambda;
      double total = 0;
      for (boolean b : y) {
        total += b ? positiveWeight : 1.0;
      }
      this.totalWeight = total;
    }

    @Override
    public int domainDimension() {
      return size + 1;
    }

    @Override
    protected void calculate(double[] w) {
      double loss = 0;
      double[] grad = new double[size + 1];
      double[] weights = Arrays.copyOf(w, size);
      for (int i = 0; i < y.length; i++) {
        FeatureVector v = x.get(i);
        double z = v.dot(weights) + w[size];
        double weight = (y[i] ? positiveWeight : 1.0) / totalWeight;
        // log(1 + e^-z) and log(1 + e^z), stable for large |z|.
        loss += weight * (y[i] ? softplus(-z) : softplus(z));
        double residual = weight * (sigmoid(z) - (y[i] ? 1 : 0));
        int[] idx = v.indices();
        double[] val = v.values();
        for (int k = 0; k < idx.length; k++) {
          grad[idx[k]] += residual * val[k];
        }
        grad[size] += residual;
      }
      for (int j = 0; j < size; j++) {
        loss += 0.5 * lambda * w[j] * w[j];
        grad[j] += lambda * w[j];
      }
      value = loss;
      derivative = grad;
    }

    private static double softplus(double z) {
      return z > 30 ? z : Math.log1p(Math.exp(z));
    }

    private static double sigmoid(double z) {
      return 1 / (1 + Math.exp(-z));
    }
  }
}
