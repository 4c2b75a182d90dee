package org.debrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.debrief.common.RunLayout;
import org.debrief.common.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report of {@link HostileReviews}: nothing runs, nothing leaks, no formula survives. */
class ReportHostileSparkTest {
  static RunLayout out;
  static String html;
  static ReportJob.Result result;

  @BeforeAll
  static void report() throws Exception {
    out = HostileRun.get();
    // Written again into the same run: the result carries the redaction count.
    result =
        ReportJob.write(
            SummaryTables.read(SparkTestSession.get(), out),
            null,
            new Redactor(RedactorTest::priya),
            out,
            HostileRun.GENERATED);
    html = Files.readString(out.report().resolve(ReportJob.INDEX));
  }

  @Test
  void markupInReviewsIsEscapedNotRun() {
    assertThat(html.toLowerCase())
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<b>engineer");
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;img src&#61;x onerror&#61;alert(2)&gt;");
  }

  @Test
  void personalDataIsRedactedFromQuotes() {
    assertThat(html)
        .doesNotContain("jane.doe@example.com", "555-0142", "evil.example.com/cv", "Priya Raman")
        .contains("[email]", "[phone]", "[link]", "[name]");
    assertThat(result.redactions()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void csvCellsNeverStartWithAFormula() throws Exception {
    List<String> cells = new ArrayList<>();
    for (String csv : ReportCsv.DESCRIPTIONS.keySet()) {
      ReportCsvFiles.records(out.report().resolve(csv)).forEach(cells::addAll);
    }
    assertThat(cells).filteredOn(c -> !c.isEmpty() && "=+@".indexOf(c.charAt(0)) >= 0).isEmpty();
    assertThat(cells).filteredOn(c -> c.startsWith("-") && !c.matches("-[0-9.E]+")).isEmpty();
    assertThat(cells)
        .contains("'" + HostileReviews.COMPANY, "'@evil")
        .anyMatch(c -> c.startsWith("'=HYPERLINK(\"[link]\""))
        .anyMatch(c -> c.startsWith("'-2+3+cmd"))
        .noneMatch(c -> c.contains("jane.doe@example.com"));
  }

  @Test
  void companyNamesAreEscapedInTables() {
    assertThat(html)
        .contains("&#61;HYPERLINK(&quot;http://evil.example/x&quot;,&quot;click&quot;)");
  }
}
