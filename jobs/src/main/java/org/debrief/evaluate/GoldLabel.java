package org.debrief.evaluate;

import java.util.List;

/** The hand-made labels of one review, as in {@code zillow_dev_labels.jsonl}. */
public record GoldLabel(
    String reviewId,
    List<String> concerns,
    String feedback,
    List<String> processIssues,
    boolean followedUp) {}
