package org.debrief.train;

import java.util.List;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.evaluate.GoldLabel;

/**
 * A review with its annotation and what is known of it: hand labels (null when unlabelled) and the
 * candidate's own rating (null when absent).
 *
 * @param group the company group it is held out with (see {@link CompanyGroups})
 * @param why the labeller's quotes behind the labels, empty when none
 */
public record LabelledReview(
    String id,
    String group,
    String text,
    List<AnnotatedSentence> sentences,
    GoldLabel gold,
    String why,
    String rating) {}
