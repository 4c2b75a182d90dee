package org.debrief.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The binary targets of a review's labels, one id each: {@code concern:<kind>}, {@code
 * feedback:<outcome>} for an outcome the text states, each process issue, and {@code followed_up}.
 * The learned labels decide each target on its own; feedback then takes the most informative
 * outcome that holds.
 */
public final class LabelTargetIds {
  public static final String CONCERN = "concern:";
  public static final String FEEDBACK = "feedback:";
  static final List<String> FEEDBACK_STATED = List.of("specific", "decision_only", "none");

  private LabelTargetIds() {}

  /** Every target, in a fixed order. */
  public static List<String> all() {
    List<String> out = new java.util.ArrayList<>();
    Taxonomy.CONCERNS.forEach(c -> out.add(CONCERN + c));
    FEEDBACK_STATED.forEach(f -> out.add(FEEDBACK + f));
    out.addAll(Taxonomy.PROCESS_ISSUES);
    out.add(Extractor.FOLLOWED_UP);
    return List.copyOf(out);
  }

  public static Set<String> of(Extraction e) {
    return of(e.concerns(), e.feedback(), e.processIssues(), e.followedUp());
  }

  public static Set<String> of(
      List<String> concerns, String feedback, List<String> process, boolean followedUp) {
    Set<String> out = new TreeSet<>();
    concerns.forEach(c -> out.add(CONCERN + c));
    if (FEEDBACK_STATED.contains(feedback)) {
      out.add(FEEDBACK + feedback);
    }
    out.addAll(process);
    if (followedUp) {
      out.add(Extractor.FOLLOWED_UP);
    }
    return out;
  }
}
