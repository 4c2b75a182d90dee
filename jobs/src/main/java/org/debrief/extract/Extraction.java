package org.debrief.extract;

import java.util.List;

/** The taxonomy labels found in one review, each backed by evidence. */
public record Extraction(
    List<String> concerns,
    String feedback,
    List<String> processIssues,
    boolean followedUp,
    List<Evidence> evidence) {}
