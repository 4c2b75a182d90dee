package org.debrief.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.debrief.summarize.LabelFrequencies;
import org.debrief.summarize.LabelFrequency;

/** Look-ups over the label frequencies that the report, the CSVs and the notebook share. */
final class ReportFacts {
  private final List<LabelFrequency> labels;

  ReportFacts(List<LabelFrequency> labels) {
    this.labels = labels;
  }

  /**
   * Hearing-back rows in the taxonomy's order of feedback outcomes: none first, not stated last.
   */
  static List<org.debrief.summarize.HearingBack> inTaxonomyOrder(
      List<org.debrief.summarize.HearingBack> rows) {
    return rows.stream()
        .sorted(
            Comparator.comparingInt(
                h -> org.debrief.extract.Taxonomy.FEEDBACK.indexOf(h.feedback())))
        .toList();
  }

  /** The rows of one dimension and label kind, e.g. overall concerns. */
  List<LabelFrequency> rows(String dimension, String kind) {
    return labels.stream()
        .filter(l -> l.dimension().equals(dimension) && l.labelKind().equals(kind))
        .toList();
  }

  /** Overall rows of {@code kind} that occur at least once, most frequent first. */
  List<LabelFrequency> overallByCount(String kind) {
    return byCount("overall", "all", kind);
  }

  /** A group's rows of {@code kind} that occur at least once, most frequent first. */
  List<LabelFrequency> byCount(String dimension, String group, String kind) {
    return rows(dimension, kind).stream()
        .filter(l -> l.groupValue().equals(group) && l.reviews() > 0)
        .sorted(
            Comparator.comparingLong(LabelFrequency::reviews)
                .reversed()
                .thenComparing(LabelFrequency::label))
        .toList();
  }

  /** The groups of a dimension, each as its feedback row for {@code label}. */
  List<LabelFrequency> groupsWith(String dimension, String feedbackLabel) {
    return rows(dimension, LabelFrequencies.FEEDBACK).stream()
        .filter(l -> l.label().equals(feedbackLabel))
        .sorted(
            Comparator.comparingLong(LabelFrequency::groupReviews)
                .reversed()
                .thenComparing(LabelFrequency::groupValue))
        .toList();
  }

  Optional<LabelFrequency> find(String dimension, String group, String kind, String label) {
    return labels.stream()
        .filter(
            l ->
                l.dimension().equals(dimension)
                    && l.groupValue().equals(group)
                    && l.labelKind().equals(kind)
                    && l.label().equals(label))
        .findFirst();
  }

  double share(String dimension, String group, String kind, String label) {
    return find(dimension, group, kind, label).map(LabelFrequency::shareOfReviews).orElse(0.0);
  }

  /**
   * The most frequent concern in a group as {@code id}, {@code label}, {@code reviews}; or null.
   */
  Map<String, Object> topConcern(String dimension, String group) {
    return byCount(dimension, group, LabelFrequencies.CONCERN).stream()
        .findFirst()
        .map(
            l ->
                Map.<String, Object>of(
                    "id", l.label(), "label", Format.label(l.label()), "reviews", l.reviews()))
        .orElse(null);
  }
}
