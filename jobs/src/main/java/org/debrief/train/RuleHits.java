package org.debrief.train;

import java.util.ArrayList;
import java.util.List;
import org.debrief.evaluate.GoldLabel;
import org.debrief.extract.Evidence;
import org.debrief.extract.Extractor;
import org.debrief.extract.Taxonomy;

/** Every hit the rules make in a review, before feedback precedence, with whether gold agrees. */
final class RuleHits {
  record Hit(int sentence, Evidence evidence, boolean correct) {}

  private RuleHits() {}

  static List<Hit> of(LabelledReview review) {
    List<Hit> out = new ArrayList<>();
    Extractor.standard()
        .extract(
            review.text(),
            review.sentences(),
            (i, e) -> {
              out.add(new Hit(i, e, correct(review.gold(), e.label())));
              return e;
            });
    return out;
  }

  /** Whether the review's gold labels include {@code label}. */
  static boolean correct(GoldLabel gold, String label) {
    if (Taxonomy.CONCERNS.contains(label)) {
      return gold.concerns().contains(label);
    }
    if (Taxonomy.PROCESS_ISSUES.contains(label)) {
      return gold.processIssues().contains(label);
    }
    if (Taxonomy.FEEDBACK.contains(label)) {
      return gold.feedback().equals(label);
    }
    return label.equals(Extractor.FOLLOWED_UP) && gold.followedUp();
  }
}
