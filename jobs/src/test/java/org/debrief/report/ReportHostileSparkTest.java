package org.debrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.debrief.common.RunLayout;
import org.debrief.common.SparkTestSession;
import org.debrief.extract.LearnedLabelsArtefact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    html = Files.readString(out.report().resolve(ReportJob.INDEX).path());
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
      ReportCsvFiles.records(out.report().resolve(csv).path()).forEach(cells::addAll);
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
  void everyCompanyHasAPageLinkedFromTheOverviewAndEveryLinkResolves() throws Exception {
    Path report = out.report().path();
    // HostileRun summarises with a minimum support of 1: every named company has a page.
    assertThat(result.companies().values())
        .containsExactlyInAnyOrder(
            HostileReviews.COMPANY, "@evil", "Acme", HostileReviews.MARKUP_COMPANY);
    List<String> overviewLinks = ReportLinks.hrefs(report.resolve(ReportJob.INDEX));
    for (String file : result.companies().keySet()) {
      assertThat(file).matches("company-[a-z0-9-]+-[0-9a-f]{8}\\.html");
      assertThat(overviewLinks).contains(file);
    }
    List<String> pages = new ArrayList<>(result.companies().keySet());
    pages.add(ReportJob.INDEX);
    pages.add(ReportJob.GLOSSARY);
    assertThat(ReportLinks.pages(report))
        .extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrderElementsOf(pages);
    assertThat(overviewLinks)
        .contains("glossary.html#experience", "glossary.html#logistics", "glossary.html#none");
    assertThat(ReportLinks.broken(report)).isEmpty();
  }

  @Test
  void theLinkCheckSeesAMissingFileAndAMissingAnchor(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("glossary.html"), "<p id=\"fit\">fit</p>");
    Files.writeString(
        tmp.resolve("index.html"),
        "<a href=\"glossary.html#fit\">ok</a><a href=\"glossary.html#gone\">x</a>"
            + "<a href=\"company-x.html\">x</a><a href=\"https://example.com/\">x</a>");
    assertThat(ReportLinks.broken(tmp)).hasSize(3);
  }

  @Test
  void companyPagesEscapeTheirNameRunNothingAndQuoteOnlyTheirOwnReviews() throws Exception {
    for (Path page : ReportLinks.pages(out.report().path())) {
      assertThat(Files.readString(page).toLowerCase())
          .as(page.toString())
          .doesNotContain("<script", "<img", "javascript:", "jane.doe@example.com", "priya raman");
    }
    assertThat(page(HostileReviews.MARKUP_COMPANY))
        .contains("<h1>&lt;script&gt;alert(", "Société &amp; Fils &quot;Zürich&quot;")
        .contains("No quote shown");
    assertThat(page(HostileReviews.COMPANY))
        .contains("<h1>&#61;HYPERLINK(&quot;http://evil.example/x&quot;,&quot;click&quot;)</h1>")
        .contains("[email]", "[phone]", "[name]", "&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("relocate");
    assertThat(page("Acme"))
        .contains("lacked experience", "relocate", "[link]")
        .doesNotContain("alert(1)");
  }

  @Test
  void everyPageSaysWhenItWasGeneratedWhichDatesItCoversAndHowSureItIs() throws Exception {
    JsonNode pooled = LearnedLabelsArtefact.standard().scores().at("/quotes/pooled");
    String quoted =
        pooled.get("quoted_right").asLong() + " of " + pooled.get("quoted").asLong() + " quoted";
    for (Path page : ReportLinks.pages(out.report().path())) {
      assertThat(Files.readString(page))
          .as(page.toString())
          .contains("<strong>Generated</strong> 2026-12-01 09:30 UTC from run run-hostile")
          .contains("reviews dated 2024-02-29 to 2024-03-08")
          .contains(quoted)
          .contains("were right for concerns");
    }
    assertThat(page("Acme"))
        .contains(
            "What 2 analysed interview reviews of this company say, dated 2024-03-07 to 2024-03-08.");
  }

  @Test
  void concernsRaisedTogetherAreShownWithGlossaryLinks() {
    assertThat(html)
        .contains(
            "<td><a href=\"glossary.html#experience\">experience</a></td>"
                + "<td><a href=\"glossary.html#logistics\">logistics</a>");
  }

  @Test
  void csvFilesStartWithTheBomAndKeepAccents() throws Exception {
    List<List<String>> rows =
        ReportCsvFiles.records(out.report().resolve("feedback_by_company.csv").path());
    assertThat(rows).extracting(r -> r.get(0)).contains(HostileReviews.MARKUP_COMPANY);
  }

  private static String page(String company) throws Exception {
    return Files.readString(out.report().resolve(CompanyPages.fileName(company)).path());
  }

  @Test
  void companyNamesAreEscapedInTables() {
    assertThat(html)
        .contains("&#61;HYPERLINK(&quot;http://evil.example/x&quot;,&quot;click&quot;)");
  }
}
