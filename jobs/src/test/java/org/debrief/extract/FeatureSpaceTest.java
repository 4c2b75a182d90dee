package org.debrief.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureSpaceTest {
  @Test
  void keepsRareWordsOutButEveryOtherFeature() {
    FeatureSpace space =
        FeatureSpace.of(
            List.of(
                Map.of("w:feedback", 1.0, "rule+:none", 1.0),
                Map.of("w:feedback", 1.0, "w:ghost", 1.0),
                Map.of("w:feedback", 1.0, "pos:rel", 0.5)),
            2);
    assertThat(space.names()).containsExactly("pos:rel", "rule+:none", "w:feedback");
  }

  @Test
  void mapsNamesToAscendingIndicesAndDropsUnknownOnes() {
    FeatureSpace space = new FeatureSpace(List.of("a", "b", "c"));
    FeatureVector v = space.vector(Map.of("c", 2.0, "a", 1.0, "unseen", 5.0));
    assertThat(v.indices()).containsExactly(0, 2);
    assertThat(v.values()).containsExactly(1.0, 2.0);
    assertThat(v.dot(new double[] {10, 100, 1000})).isEqualTo(2010.0);
  }
}
