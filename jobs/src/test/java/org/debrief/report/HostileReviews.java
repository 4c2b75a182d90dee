package org.debrief.report;

import static org.debrief.summarize.ReviewFixture.evidence;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.summarize.ReviewFixture;

/** Reviews written to break a report: markup, formulas and personal data in every text field. */
final class HostileReviews {
  static final String COMPANY = "=HYPERLINK(\"http://evil.example/x\",\"click\")";
  static final String SCRIPT =
      "<script>alert(1)</script> The recruiter Priya Raman said I lacked experience; "
          + "mail me at jane.doe@example.com or call (212) 555-0142.";
  static final String IMG =
      "<img src=x onerror=alert(2)> They said my experience was too junior, see "
          + "https://evil.example.com/cv for details.";
  static final String FORMULA =
      "=HYPERLINK(\"http://x.example/a\",\"cv\") they said I lacked experience.";

  /** Markup, quotes and accents in a company name: escaped on its page, intact in the tables. */
  static final String MARKUP_COMPANY = "<script>alert('co')</script> Société & Fils \"Zürich\"";

  static final String MINUS = "-2+3+cmd|' /C calc'!A0 they wanted someone who could relocate.";

  private HostileReviews() {}

  static Dataset<Row> reviews(SparkSession spark) {
    return ReviewFixture.dataset(
        spark,
        ReviewFixture.of(
                "h1",
                COMPANY,
                "<b>Engineer</b>",
                "2024-03-05",
                "no_offer",
                List.of("experience"),
                "specific")
            .withEvidence(evidence("experience", SCRIPT, 0, "exp.lacked")),
        ReviewFixture.of(
                "h2",
                "@evil",
                "Data Analyst",
                "2024-03-06",
                "no_offer",
                List.of("experience"),
                "none")
            .withEvidence(evidence("experience", IMG, 0, "exp.junior")),
        ReviewFixture.of(
                "h3",
                "Acme",
                "Data Analyst",
                "2024-03-07",
                "accepted",
                List.of("experience", "logistics"),
                "specific")
            .withEvidence(
                evidence("experience", FORMULA, 0, "exp.lacked"),
                evidence("logistics", MINUS, 60, "log.move")),
        ReviewFixture.of(
            "h4",
            "Acme",
            "Data Analyst",
            "2024-03-08",
            "no_offer",
            List.of("logistics"),
            "decision_only"),
        ReviewFixture.of(
            "h5", MARKUP_COMPANY, "Analyst", "2024-02-29", "no_offer", List.of("fit"), "none"));
  }
}
