package org.debrief.evaluate;

import java.util.List;

/**
 * What the pipeline said about one review, with the two values the sentiment check compares.
 *
 * @param sentiment the review's derived sentiment, one of the five CoreNLP ids, or null
 * @param experienceRating the candidate's own rating: positive, neutral, negative, or null
 */
public record Prediction(
    String reviewId,
    List<String> concerns,
    String feedback,
    List<String> processIssues,
    boolean followedUp,
    String sentiment,
    String experienceRating) {}
