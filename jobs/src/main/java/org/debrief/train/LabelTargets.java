package org.debrief.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.debrief.evaluate.GoldLabel;
import org.debrief.extract.Extractor;
import org.debrief.extract.LabelDecision;
import org.debrief.extract.Taxonomy;

/**
 * The targets the learned layer scores per sentence: one for "the employer raised a concern" (any
 * kind: each kind alone has too few examples), one per concern kind, one per feedback outcome that
 * a sentence can state, one per process issue, and the follow-up.
 */
public final class LabelTargets {
  static final String CONCERN = LabelDecision.CONCERN;
  static final String FEEDBACK_PREFIX = LabelDecision.FEEDBACK_PREFIX;
  static final String CONCERN_PREFIX = LabelDecision.CONCERN_PREFIX;
  static final List<String> FEEDBACK_STATED = List.of("specific", "decision_only", "none");

  private LabelTargets() {}

  /** Every target, in a fixed order. */
  public static List<String> all() {
    List<String> out = new ArrayList<>();
    out.add(CONCERN);
    Taxonomy.CONCERNS.forEach(c -> out.add(CONCERN_PREFIX + c));
    FEEDBACK_STATED.forEach(f -> out.add(FEEDBACK_PREFIX + f));
    out.addAll(Taxonomy.PROCESS_ISSUES);
    out.add(Extractor.FOLLOWED_UP);
    return List.copyOf(out);
  }

  /** The targets a review with these labels has. */
  public static Set<String> of(GoldLabel g) {
    Set<String> out = new TreeSet<>();
    if (!g.concerns().isEmpty()) {
      out.add(CONCERN);
    }
    g.concerns().forEach(c -> out.add(CONCERN_PREFIX + c));
    if (FEEDBACK_STATED.contains(g.feedback())) {
      out.add(FEEDBACK_PREFIX + g.feedback());
    }
    out.addAll(g.processIssues());
    if (g.followedUp()) {
      out.add(Extractor.FOLLOWED_UP);
    }
    return out;
  }
}
