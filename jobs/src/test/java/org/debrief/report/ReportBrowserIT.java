package org.debrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.debrief.cli.Main;
import org.debrief.common.Json;
import org.debrief.common.SharedData;
import org.debrief.common.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of the bundled samples in a real browser (Debian's {@code chromium}; {@code .ci/run}
 * installs it): no console error and no script on any page, every chart drawn with a size on the
 * overview and on each company page, every link resolving, and a screenshot for the README.
 */
class ReportBrowserIT {
  static final Path SCREENSHOT = Path.of("..", "docs", "report-screenshot.png");

  /** The samples' companies have 2 to 8 analysed reviews: 4 gives several pages, not all. */
  static final String MIN_SUPPORT = "4";

  @TempDir static Path tmp;
  static Path report;
  static Path index;

  @BeforeAll
  static void runOnSamples() {
    SparkTestSession.get();
    Path out = tmp.resolve("out");
    int code =
        Main.execute(
            "run",
            "--input",
            SharedData.samples().toString(),
            "--output",
            out.toString(),
            "--min-support",
            MIN_SUPPORT);
    assertThat(code).as("debrief run on data-samples").isZero();
    report = out.resolve("latest").resolve("report");
    index = report.resolve(ReportJob.INDEX);
  }

  @Test
  void theOverviewLinksEveryCompanyPageAndEveryLinkResolves() throws Exception {
    List<String> companyPages =
        ReportLinks.pages(report).stream()
            .map(p -> p.getFileName().toString())
            .filter(f -> f.startsWith("company-"))
            .toList();
    // Orbital Systems (8 reviews) down to the four companies with 4 each; not Aurora Biotech (2).
    assertThat(companyPages)
        .hasSize(11)
        .contains(
            CompanyPages.fileName("Orbital Systems"), CompanyPages.fileName("Tallgrass Energy"))
        .doesNotContain(CompanyPages.fileName("Aurora Biotech"));
    assertThat(ReportLinks.hrefs(index).stream().filter(h -> h.startsWith("company-")))
        .containsExactlyInAnyOrderElementsOf(companyPages);
    assertThat(ReportLinks.broken(report)).isEmpty();
  }

  @Test
  void everyCompanyPageOpensWithoutErrorsOrScriptsAndDrawsItsCharts() throws Exception {
    List<Path> pages = ReportLinks.pages(report);
    assertThat(pages).hasSizeGreaterThan(2);
    try (Chromium browser = Chromium.start(1100, 1600)) {
      browser.call("Runtime.enable", Map.of());
      browser.call("Log.enable", Map.of());
      browser.call("Page.enable", Map.of());
      for (Path page : pages) {
        browser.events.clear();
        browser.call("Page.navigate", Map.of("url", page.toUri().toString()));
        browser.await("Page.loadEventFired", Duration.ofSeconds(30));
        String name = page.getFileName().toString();
        assertThat(errors(browser.events)).as(name + " console errors").isEmpty();
        assertThat(evaluate(browser, "document.scripts.length"))
            .as(name + " scripts")
            .isEqualTo("0");
        assertThat(evaluate(browser, "document.querySelector('#about-this-page').innerText"))
            .as(name)
            .contains("Generated", "Reviews covered: reviews dated 2018-01-09 to 2024-04-18");
        if (name.startsWith("company-")) {
          JsonNode charts = charts(browser);
          assertThat(charts).as(name + " charts").hasSize(3);
          assertSized(charts, name);
          assertThat(
                  evaluate(
                      browser, "document.querySelectorAll('a[href^=\"glossary.html#\"]').length"))
              .as(name + " glossary links")
              .isNotEqualTo("0");
        }
      }
    }
  }

  @Test
  void opensWithoutConsoleErrorsAndDrawsEveryChart() throws Exception {
    try (Chromium browser = Chromium.start(1100, 1600)) {
      browser.call("Runtime.enable", Map.of());
      browser.call("Log.enable", Map.of());
      browser.call("Page.enable", Map.of());
      browser.call("Page.navigate", Map.of("url", index.toUri().toString()));
      browser.await("Page.loadEventFired", Duration.ofSeconds(30));
      assertThat(errors(browser.events)).as("console errors").isEmpty();
      JsonNode charts = charts(browser);
      assertThat(charts).as("charts").hasSize(3);
      assertSized(charts, "index.html");
      String png =
          browser.call("Page.captureScreenshot", Map.of("format", "png")).get("data").asText();
      Files.createDirectories(SCREENSHOT.getParent());
      Files.write(SCREENSHOT, Base64.getDecoder().decode(png));
      assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000);
    }
  }

  @Test
  void theCheckSeesErrorsAndBlockedContentOnABrokenPage() throws Exception {
    Path broken = tmp.resolve("broken.html");
    Files.writeString(
        broken,
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
            + "content=\"default-src 'none'\"></head><body><img src=\"https://example.invalid/x.png\">"
            + "<script>console.error('boom')</script></body></html>");
    try (Chromium browser = Chromium.start(800, 600)) {
      browser.call("Runtime.enable", Map.of());
      browser.call("Log.enable", Map.of());
      browser.call("Page.enable", Map.of());
      browser.call("Page.navigate", Map.of("url", broken.toUri().toString()));
      browser.await("Page.loadEventFired", Duration.ofSeconds(30));
      assertThat(errors(browser.events)).isNotEmpty();
    }
  }

  private static String evaluate(Chromium browser, String expression) throws Exception {
    return browser
        .call(
            "Runtime.evaluate",
            Map.of("returnByValue", true, "expression", "String(" + expression + ")"))
        .at("/result/value")
        .asText();
  }

  /** Each {@code figure svg} of the page with its id and drawn size. */
  private static JsonNode charts(Chromium browser) throws Exception {
    return Json.MAPPER.readTree(
        evaluate(
            browser,
            "JSON.stringify([...document.querySelectorAll('figure svg')].map(s => {"
                + "const r = s.getBoundingClientRect(); return {id: s.id, w: r.width, h: r.height}; }))"));
  }

  private static void assertSized(JsonNode charts, String page) {
    for (JsonNode c : charts) {
      String id = page + " " + c.get("id").asText();
      assertThat(c.get("w").asDouble()).as(id + " width").isGreaterThan(100);
      assertThat(c.get("h").asDouble()).as(id + " height").isGreaterThan(100);
    }
  }

  /** Console errors, uncaught exceptions and browser log errors (CSP violations, failed loads). */
  static List<String> errors(List<JsonNode> events) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : events) {
      String method = e.path("method").asText();
      JsonNode p = e.path("params");
      if (method.equals("Runtime.exceptionThrown")
          || method.equals("Runtime.consoleAPICalled")
              && List.of("error", "assert").contains(p.path("type").asText())
          || method.equals("Log.entryAdded") && p.at("/entry/level").asText().equals("error")) {
        out.add(e.toString());
      }
    }
    return out;
  }
}
