package org.debrief.summarize;

import static org.debrief.summarize.ReviewFixture.evidence;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Six hand-made reviews whose summaries the tests know by heart; see each summary test. */
final class SummaryFixtures {
  static final String S1 = "The manager said I lacked experience with large teams.";
  static final String S2 = "They wanted someone more senior.";
  static final String S3 = "They needed someone who could start immediately.";
  static final String S3_COPY = "they needed someone who could start immediately!";

  private SummaryFixtures() {}

  static Dataset<Row> reviews(SparkSession spark) {
    return ReviewFixture.dataset(
        spark,
        ReviewFixture.of(
                "r1",
                "Acme",
                "Data Analyst",
                "2024-03-05",
                "no_offer",
                List.of("experience"),
                "specific")
            .with("negative", -0.5)
            .withProcess(List.of("slow"), true, "I applied online. The process took 3 weeks.")
            .withEvidence(
                evidence("experience", S1, 0, "exp.b"),
                evidence("experience", S1, 0, "exp.a"),
                evidence("specific", S1, 0, "spec.said")),
        ReviewFixture.of(
                "r2",
                "Acme",
                "Software Engineer",
                "2024-03-20",
                "accepted",
                List.of(),
                "decision_only")
            .with("positive", 0.5)
            .withProcess(List.of(), false, "The process took two weeks.")
            .withEvidence(evidence("fit", "Nice team.", 0, "fit.team")),
        ReviewFixture.of(
                "r3",
                "Beta",
                "Data Scientist",
                "2024-04-02",
                "no_offer",
                List.of("experience", "logistics"),
                "none")
            .withEvidence(
                evidence("experience", S2, 0, "exp.senior"),
                evidence("logistics", S3, 40, "log.start")),
        ReviewFixture.of("r4", "Beta", null, null, null, List.of(), "not_stated").with(null, null),
        new ReviewFixture(
            "r5",
            "Gamma",
            "Disponent",
            "2024-04-09",
            "no_offer",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        ReviewFixture.of(
                "r6",
                null,
                "Sales Officer",
                "2024-04-15",
                "declined",
                List.of("logistics"),
                "specific")
            .withProcess(List.of(), false, "The process took 1 month.")
            .withEvidence(evidence("logistics", S3_COPY, 0, "log.start")));
  }
}
