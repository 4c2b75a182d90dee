package org.debrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.debrief.common.DebriefException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutRegistryTest {
  private final LayoutRegistry bundled = LayoutRegistry.load(null);

  @Test
  void detectsEachBundledLayoutFromItsHeader() {
    assertThat(bundled.detect(List.of("review_id", "text", "offer")).orElseThrow().name())
        .isEqualTo("canonical");
    assertThat(
            bundled
                .detect(
                    List.of(
                        "application_proccess",
                        "company",
                        "interview_description",
                        "offer_status",
                        "review_date"))
                .orElseThrow()
                .name())
        .isEqualTo("glassdoor-scrape");
    assertThat(
            bundled
                .detect(List.of("date", "title", "offer", "Interview", "Interview Questions"))
                .orElseThrow()
                .name())
        .isEqualTo("glassdoor-insightmine-csv");
    assertThat(
            bundled
                .detect(List.of("date", "role", "gotOffer", "details", "questions"))
                .orElseThrow()
                .name())
        .isEqualTo("glassdoor-insightmine-json");
    assertThat(
            bundled
                .detect(List.of("Interview Date", "Offer", "Process", "Questions Asked"))
                .orElseThrow()
                .name())
        .isEqualTo("glassdoor-spreadsheet");
    assertThat(bundled.detect(List.of("review_id", "concerns"))).isEmpty();
  }

  @Test
  void extractsTheCompanyFromTheApplicationSentence() {
    Layout sheet = bundled.byName("glassdoor-spreadsheet").orElseThrow();
    assertThat(
            sheet.value(
                "company",
                Map.of("application", "I applied online. I interviewed at Acme Corp (Pune)")))
        .isEqualTo("Acme Corp");
    assertThat(
            sheet.value(
                "company", Map.of("application", "I interviewed at Acme Corp in Sept 2023")))
        .isEqualTo("Acme Corp");
    assertThat(sheet.value("company", Map.of("application", "I interviewed at Acme Corp")))
        .isEqualTo("Acme Corp");
    assertThat(sheet.value("company", Map.of("application", "I applied online."))).isNull();
    assertThat(sheet.value("role", Map.of("role applied for", "Data Analyst Interview")))
        .isEqualTo("Data Analyst");
  }

  @Test
  void aUserLayoutFileAddsAnExportWithoutCode(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("survey.json"),
        """
        {"name": "hr-survey", "detect": ["Comments", "Outcome"], "source": "survey",
         "columns": {"text": "Comments", "offer": "Outcome",
                     "company": {"column": "Employer", "pattern": "^(.*?)\\\\s+Ltd$"}}}
        """);
    LayoutRegistry registry = LayoutRegistry.load(org.debrief.common.fs.Location.local(dir));
    Layout survey = registry.detect(Set.of("comments", "outcome", "employer")).orElseThrow();
    assertThat(survey.name()).isEqualTo("hr-survey");
    assertThat(survey.source()).isEqualTo("survey");
    assertThat(survey.value("company", Map.of("employer", "Widgets Ltd"))).isEqualTo("Widgets");
    assertThat(registry.names()).contains("canonical", "hr-survey");
  }

  @Test
  void aLayoutFileWithoutTextIsRejectedWithItsPath(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("bad.json"),
        "{\"name\": \"x\", \"detect\": [\"a\"], \"columns\": {\"offer\": \"a\"}}");
    assertThatThrownBy(() -> LayoutRegistry.load(org.debrief.common.fs.Location.local(dir)))
        .isInstanceOf(DebriefException.class)
        .hasMessageContaining("bad.json")
        .hasMessageContaining("maps no column to `text`");
  }

  @Test
  void aMisspeltKeyIsRefusedWithTheKeyAndTheFile(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("typo.json"),
        "{\"name\": \"x\", \"detect\": [\"a\"], \"encodng\": \"windows-1252\","
            + " \"columns\": {\"text\": \"a\"}}");
    assertThatThrownBy(() -> LayoutRegistry.load(org.debrief.common.fs.Location.local(dir)))
        .isInstanceOf(DebriefException.class)
        .hasMessageContaining("typo.json")
        .hasMessageContaining("unknown key 'encodng'");
  }

  @Test
  void aMisspeltSourceKeyIsRefusedToo() {
    String json =
        "{\"name\": \"x\", \"detect\": [\"a\"],"
            + " \"columns\": {\"text\": \"a\", \"company\": {\"filename\": \"(.+)\"}}}";
    assertThatThrownBy(() -> LayoutRegistry.parse(json, "mine.json"))
        .isInstanceOf(DebriefException.class)
        .hasMessageContaining("mine.json")
        .hasMessageContaining("unknown key 'filename'");
  }

  @Test
  void anUnknownEncodingOrDateFormatIsRefused() {
    String base = "{\"name\": \"x\", \"detect\": [\"a\"], \"columns\": {\"text\": \"a\"}, ";
    assertThatThrownBy(() -> LayoutRegistry.parse(base + "\"encoding\": \"klingon\"}", "e.json"))
        .hasMessageContaining("e.json")
        .hasMessageContaining("unknown encoding 'klingon'");
    assertThatThrownBy(
            () -> LayoutRegistry.parse(base + "\"date_format\": \"M/d/yyyy{\"}", "d.json"))
        .hasMessageContaining("d.json")
        .hasMessageContaining("invalid date_format 'M/d/yyyy{'");
  }

  @Test
  void valuesThatAreNotAMapAreRefused() {
    String json =
        "{\"name\": \"x\", \"detect\": [\"a\"], \"columns\": {\"text\": \"a\"},"
            + " \"values\": {\"company\": \"Acme\"}}";
    assertThatThrownBy(() -> LayoutRegistry.parse(json, "v.json"))
        .hasMessageContaining("v.json")
        .hasMessageContaining("\"values\": \"company\" must map raw values to display values");
  }

  @Test
  void takesValuesFromTheFileOrFolderNameWithDisplayNames() {
    Layout scrape = bundled.byName("glassdoor-insightmine-json").orElseThrow();
    assertThat(scrape.value("company", Map.of(), "corpus/bankofamerica.json"))
        .isEqualTo("Bank of America");
    assertThat(scrape.value("company", Map.of(), "s3a://b/x/JPMorganChase.csv"))
        .isEqualTo("JPMorgan Chase");
    assertThat(scrape.value("company", Map.of(), "corpus/acme-2016.json")).isEqualTo("acme-2016");
    assertThat(scrape.value("company", Map.of("company", "Initech"), "corpus/google.json"))
        .isEqualTo("Initech");
    assertThat(scrape.value("company", Map.of())).isNull();
    Layout byFolder =
        LayoutRegistry.parse(
            "{\"name\": \"f\", \"detect\": [\"a\"], \"columns\": {\"text\": \"a\","
                + " \"company\": {\"folder_name\": \"^(\\\\w+)\"}}}",
            "f.json");
    assertThat(byFolder.value("company", Map.of(), "exports/Amazon/2016.csv")).isEqualTo("Amazon");
    assertThat(byFolder.value("company", Map.of(), "2016.csv")).isNull();
  }

  @Test
  void theBundledScrapeLayoutNamesEachCorpusEmployerAsTheLabelledSetsDo() {
    Layout scrape = bundled.byName("glassdoor-insightmine-json").orElseThrow();
    assertThat(scrape.values().get("company"))
        .hasSize(30)
        .containsEntry("ciscosystems", "Cisco Systems")
        .containsEntry("jpmorganchase", "JPMorgan Chase")
        .containsEntry("ebay", "eBay")
        .containsEntry("splunk", "Splunk");
  }
}
