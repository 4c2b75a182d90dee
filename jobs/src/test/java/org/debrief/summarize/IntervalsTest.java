package org.debrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalsTest {
  @Test
  void wilsonMatchesNewcombesWorkedExamples() {
    // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I.
    assertThat(Intervals.wilson(81, 263))
        .containsExactly(new double[] {0.2553, 0.3662}, within(1e-4));
    assertThat(Intervals.wilson(0, 20)).containsExactly(new double[] {0.0, 0.1611}, within(1e-4));
  }

  @Test
  void newcombeHybridScoreMatchesHisDifferenceExamples() {
    // Newcombe (1998), "Interval estimation for the difference between independent proportions",
    // method 10.
    assertThat(Intervals.newcombe(56, 70, 48, 80))
        .containsExactly(new double[] {0.0524, 0.3339}, within(1e-4));
    assertThat(Intervals.newcombe(9, 10, 3, 10))
        .containsExactly(new double[] {0.1705, 0.8090}, within(1e-4));
  }

  @Test
  void emptyGroupsHaveNoInterval() {
    assertThat(Intervals.wilson(0, 0)).isNull();
    assertThat(Intervals.newcombe(1, 2, 0, 0)).isNull();
  }
}
