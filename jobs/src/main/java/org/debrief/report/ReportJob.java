package org.debrief.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.DatasetFiles;
import org.debrief.common.Json;
import org.debrief.common.RunLayout;
import org.debrief.summarize.SummarizeJob;

/**
 * Report: {@code summaries/} → {@code report/index.html} with CSV tables beside it, and {@code
 * notebooks/debrief-run.ipynb} with its HTML export. Runs on the driver: summaries are small. Each
 * folder is written aside and published whole.
 */
public final class ReportJob {
  public static final String INDEX = "index.html";
  public static final String NOTEBOOK = "debrief-run.ipynb";
  public static final String NOTEBOOK_HTML = "debrief-run.html";

  /** Where the report and notebook went, and how many personal items were redacted from quotes. */
  public record Result(Path index, Path notebook, int redactions) {}

  private ReportJob() {}

  public static Result run(SparkSession spark, RunLayout out) {
    return write(SummaryTables.read(spark, out), evaluation(out), Redactor.standard(), out);
  }

  /**
   * Writes the report and notebook of {@code tables} into {@code out}; for tests, with any
   * redactor.
   */
  public static Result write(
      SummaryTables tables, JsonNode evaluation, Redactor redactor, RunLayout out) {
    RedactedQuotes quotes = RedactedQuotes.of(tables.quotes(), redactor);
    ReportCharts charts = ReportCharts.draw(tables);
    Map<String, Object> scope = ReportScope.build(tables, quotes, charts, evaluation);
    String runId = tables.metadata().getOrDefault(SummarizeJob.KEY_RUN_ID, "unknown");
    try {
      Path report = DatasetFiles.stagingFor(out.report());
      Files.createDirectories(report);
      Files.writeString(
          report.resolve(INDEX),
          Templates.render("index.html.mustache", scope),
          StandardCharsets.UTF_8);
      for (CsvTable t : ReportCsv.tables(tables, quotes)) {
        t.write(report);
      }
      DatasetFiles.publish(report, out.report());
      Path notebooks = DatasetFiles.stagingFor(out.notebooks());
      Files.createDirectories(notebooks);
      List<NotebookCell> cells = NotebookContent.cells(tables, charts, runId);
      Json.MAPPER.writeValue(notebooks.resolve(NOTEBOOK).toFile(), NotebookFiles.ipynb(cells));
      Files.writeString(
          notebooks.resolve(NOTEBOOK_HTML),
          NotebookFiles.html(cells, "Debrief run " + runId),
          StandardCharsets.UTF_8);
      DatasetFiles.publish(notebooks, out.notebooks());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the report into " + out.root() + ": " + e.getMessage(), e);
    }
    return new Result(
        out.report().resolve(INDEX), out.notebooks().resolve(NOTEBOOK), quotes.removed());
  }

  private static JsonNode evaluation(RunLayout out) {
    if (!Files.exists(out.evaluation())) {
      return null;
    }
    try {
      return Json.MAPPER.readTree(out.evaluation().toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + out.evaluation() + ": " + e.getMessage(), e);
    }
  }
}
