package org.debrief.extract;

import java.util.List;

/** The label ids of taxonomy version 1; docs/glossary.md defines each. */
public final class Taxonomy {
  public static final String VERSION = "1";

  public static final List<String> CONCERNS =
      List.of(
          "experience",
          "technical_skills",
          "fit",
          "communication",
          "compensation",
          "overqualified",
          "work_history",
          "logistics",
          "work_authorization",
          "education",
          "motivation",
          "role_closed");

  public static final List<String> FEEDBACK =
      List.of("none", "decision_only", "specific", "not_stated");

  public static final List<String> PROCESS_ISSUES =
      List.of("slow", "disorganized", "unprofessional");

  private Taxonomy() {}
}
