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
 * installs it): no console error, every chart drawn with a size, and a screenshot for the README.
 */
class ReportBrowserIT {
  static final Path SCREENSHOT = Path.of("..", "docs", "report-screenshot.png");
  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void runOnSamples() {
    SparkTestSession.get();
    Path out = tmp.resolve("out");
    int code =
        Main.execute("run", "--input", SharedData.samples().toString(), "--output", out.toString());
    assertThat(code).as("debrief run on data-samples").isZero();
    index = out.resolve("latest").resolve("report").resolve(ReportJob.INDEX);
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
      JsonNode charts =
          Json.MAPPER.readTree(
              browser
                  .call(
                      "Runtime.evaluate",
                      Map.of(
                          "returnByValue",
                          true,
                          "expression",
                          "JSON.stringify([...document.querySelectorAll('figure svg')].map(s => {"
                              + "const r = s.getBoundingClientRect(); return {id: s.id, w: r.width, h: r.height}; }))"))
                  .at("/result/value")
                  .asText());
      assertThat(charts).as("charts").hasSize(3);
      for (JsonNode c : charts) {
        assertThat(c.get("w").asDouble()).as(c.get("id").asText() + " width").isGreaterThan(100);
        assertThat(c.get("h").asDouble()).as(c.get("id").asText() + " height").isGreaterThan(100);
      }
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
