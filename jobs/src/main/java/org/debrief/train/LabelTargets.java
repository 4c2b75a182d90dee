package org.debrief.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.debrief.evaluate.GoldLabel;
import org.debrief.extract.LabelDecision;
import org.debrief.extract.LabelTargetIds;

/**
 * The targets the learned layer scores per sentence: one for "the employer raised a concern" (any
 * kind: each kind alone has too few examples), one per concern kind, one per feedback outcome that
 * a sentence can state, one per process issue, and the follow-up.
 */
public final class LabelTargets {
  static final String CONCERN = LabelDecision.CONCERN;
  static final String FEEDBACK_PREFIX = LabelDecision.FEEDBACK_PREFIX;
  static final String CONCERN_PREFIX = LabelDecision.CONCERN_PREFIX;

  private LabelTargets() {}

  /** Every target, in a fixed order: any concern, then {@link LabelTargetIds#all}. */
  public static List<String> all() {
    List<String> out = new ArrayList<>();
    out.add(CONCERN);
    out.addAll(LabelTargetIds.all());
    return List.copyOf(out);
  }

  /** The targets a review with these labels has. */
  public static Set<String> of(GoldLabel g) {
    Set<String> out =
        new TreeSet<>(
            LabelTargetIds.of(g.concerns(), g.feedback(), g.processIssues(), g.followedUp()));
    if (!g.concerns().isEmpty()) {
      out.add(CONCERN);
    }
    return out;
  }
}
