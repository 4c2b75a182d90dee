package org.debrief.cli;

import org.debrief.common.fs.Location;

/** Where `evaluate` writes its scores. */
final class EvaluationFiles {
  static final String EVALUATION = "evaluation.json";
  static final String COMPANY_DISJOINT = "evaluation-company-disjoint.json";

  private EvaluationFiles() {}

  /**
   * The folder for the scores of a run named directly: {@code OUTPUT/evaluations/<run-id>/} for a
   * run under {@code OUTPUT/runs/}, else a sibling {@code <run>.evaluation/}. Never inside the run:
   * published runs share files, and a run's manifest checksum is in the pointer.
   */
  static Location besideRun(Location run) {
    if (run.parent().name().equals("runs")) {
      return run.parent().parent().resolve("evaluations").resolve(run.name());
    }
    return run.sibling(run.name() + ".evaluation");
  }
}
