package org.debrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report's real redactor, NER included, on a hostile quote. */
class ReportRedactionIT {
  @Test
  void redactsNamesContactsAndLinks() {
    Redactor.Redacted r =
        Redactor.standard().redact(HostileReviews.SCRIPT + " Ask Michael Chen too.");
    assertThat(r.text())
        .doesNotContain("Priya", "Raman", "Michael", "Chen", "jane.doe", "555-0142")
        .contains("[name]", "[email]", "[phone]", "<script>alert(1)</script>");
  }
}
