package org.debrief.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.debrief.extract.FeatureSpace;
import org.debrief.extract.FeatureVector;
import org.debrief.extract.LogisticModel;
import org.junit.jupiter.api.Test;

class LogisticFitTest {
  private static final FeatureSpace SPACE = new FeatureSpace(List.of("bad", "good", "noise"));

  /** "good" marks positives, "bad" negatives; "noise" occurs in both. */
  private static List<FeatureVector> examples(boolean[] y) {
    List<FeatureVector> x = new ArrayList<>();
    for (int i = 0; i < y.length; i++) {
      y[i] = i % 3 != 0;
      x.add(SPACE.vector(Map.of(y[i] ? "good" : "bad", 1.0, "noise", i % 2 == 0 ? 1.0 : 0.0)));
    }
    return x;
  }

  @Test
  void learnsWhichFeatureMarksThePositives() {
    boolean[] y = new boolean[60];
    List<FeatureVector> x = examples(y);
    LogisticModel m = LogisticFit.fit(SPACE.size(), x, y, 1.0, 0.01);
    assertThat(m.probability(SPACE.vector(Map.of("good", 1.0)))).isGreaterThan(0.8);
    assertThat(m.probability(SPACE.vector(Map.of("bad", 1.0)))).isLessThan(0.2);
    assertThat(Math.abs(m.weights()[2])).isLessThan(Math.abs(m.weights()[1]));
  }

  @Test
  void weighingPositivesUpRaisesTheirProbability() {
    boolean[] y = new boolean[60];
    List<FeatureVector> x = examples(y);
    FeatureVector neither = SPACE.vector(Map.of("noise", 1.0));
    double plain = LogisticFit.fit(SPACE.size(), x, y, 1.0, 0.1).probability(neither);
    double weighted = LogisticFit.fit(SPACE.size(), x, y, 4.0, 0.1).probability(neither);
    assertThat(weighted).isGreaterThan(plain);
  }

  @Test
  void theSameExamplesGiveTheSameWeights() {
    boolean[] y = new boolean[60];
    List<FeatureVector> x = examples(y);
    LogisticModel a = LogisticFit.fit(SPACE.size(), x, y, 2.0, 0.01);
    LogisticModel b = LogisticFit.fit(SPACE.size(), x, y, 2.0, 0.01);
    assertThat(a.weights()).containsExactly(b.weights());
    assertThat(a.intercept()).isCloseTo(b.intercept(), within(0.0));
  }
}
