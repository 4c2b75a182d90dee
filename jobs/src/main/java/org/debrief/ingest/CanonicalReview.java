package org.debrief.ingest;

import java.time.LocalDate;

/** One accepted review in the canonical columns, labels normalised. */
public record CanonicalReview(
    String reviewId,
    String source,
    String company,
    String role,
    LocalDate reviewDate,
    String offer,
    String experienceRating,
    String difficulty,
    String application,
    String text,
    String questions,
    String language) {}
