package org.debrief.ingest;

import java.util.List;

/** The input columns of the data contract's canonical layout. */
public final class CanonicalColumn {
  public static final String REVIEW_ID = "review_id";
  public static final String SOURCE = "source";
  public static final String COMPANY = "company";
  public static final String ROLE = "role";
  public static final String REVIEW_DATE = "review_date";
  public static final String OFFER = "offer";
  public static final String EXPERIENCE = "experience";
  public static final String DIFFICULTY = "difficulty";
  public static final String APPLICATION = "application";
  public static final String TEXT = "text";
  public static final String QUESTIONS = "questions";

  public static final List<String> ALL =
      List.of(
          REVIEW_ID,
          SOURCE,
          COMPANY,
          ROLE,
          REVIEW_DATE,
          OFFER,
          EXPERIENCE,
          DIFFICULTY,
          APPLICATION,
          TEXT,
          QUESTIONS);

  private CanonicalColumn() {}
}
