package org.debrief.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.DatasetFiles;
import org.debrief.common.Json;
import org.debrief.common.RunLayout;
import org.debrief.common.fs.DriverFolder;
import org.debrief.common.fs.Location;
import org.debrief.summarize.CompanyFeedback;
import org.debrief.summarize.SummarizeJob;

/**
 * Report: {@code summaries/} → {@code report/index.html}, a page per company with enough reviews,
 * {@code glossary.html}, the tables as CSV files and one workbook; and {@code
 * notebooks/debrief-run.ipynb} with its HTML export. Runs on the driver: summaries are small. Each
 * folder is written aside and published whole.
 */
public final class ReportJob {
  public static final String INDEX = "index.html";
  public static final String GLOSSARY = "glossary.html";
  public static final String NOTEBOOK = "debrief-run.ipynb";
  public static final String NOTEBOOK_HTML = "debrief-run.html";

  /**
   * Where the report and notebook went, how many personal items were redacted from quotes, and the
   * company pages written (file name → company).
   */
  public record Result(
      Location index, Location notebook, int redactions, Map<String, String> companies) {}

  private ReportJob() {}

  public static Result run(SparkSession spark, RunLayout out) {
    return write(
        SummaryTables.read(spark, out), evaluation(out), Redactor.standard(), out, Instant.now());
  }

  /**
   * Writes the report and notebook of {@code tables} into {@code out}, stamped {@code generatedAt};
   * for tests, with any redactor.
   */
  public static Result write(
      SummaryTables tables,
      JsonNode evaluation,
      Redactor redactor,
      RunLayout out,
      Instant generatedAt) {
    RedactedQuotes quotes = RedactedQuotes.of(tables.quotes(), redactor);
    ReportCharts charts = ReportCharts.draw(tables);
    Glossary glossary = Glossary.standard();
    Map<String, Object> meta = PageMeta.of(tables, glossary, evaluation, generatedAt);
    String runId = tables.metadata().getOrDefault(SummarizeJob.KEY_RUN_ID, "unknown");
    Map<String, String> companies;
    Location reportStaging = DatasetFiles.stagingFor(out.report());
    Location notebooksStaging = DatasetFiles.stagingFor(out.notebooks());
    try (DriverFolder reportFolder = DriverFolder.forTarget(reportStaging);
        DriverFolder notebookFolder = DriverFolder.forTarget(notebooksStaging)) {
      Path report = reportFolder.path();
      write(
          report.resolve(INDEX),
          "index.html.mustache",
          ReportScope.build(tables, quotes, charts, evaluation, meta));
      write(
          report.resolve(GLOSSARY),
          "glossary.html.mustache",
          Map.of("meta", meta, "sections", glossary.sections()));
      companies = writeCompanyPages(report, tables, quotes, meta);
      writeTables(report, tables, quotes);
      reportFolder.place();
      DatasetFiles.publish(reportStaging, out.report());
      writeNotebook(notebookFolder.path(), NotebookContent.cells(tables, charts, runId), runId);
      notebookFolder.place();
      DatasetFiles.publish(notebooksStaging, out.notebooks());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the report into " + out.root().display() + ": " + e.getMessage(), e);
    }
    return new Result(
        out.report().resolve(INDEX),
        out.notebooks().resolve(NOTEBOOK),
        quotes.removed(),
        companies);
  }

  /** A page per company with enough reviews; returns them, file name → company. */
  private static Map<String, String> writeCompanyPages(
      Path report, SummaryTables tables, RedactedQuotes quotes, Map<String, Object> meta)
      throws IOException {
    Map<String, String> companies = new LinkedHashMap<>();
    ReportFacts facts = new ReportFacts(tables.labels());
    for (CompanyFeedback c : tables.companies()) {
      if (c.hasPage()) {
        String file = CompanyPages.fileName(c.company());
        write(
            report.resolve(file),
            "company.html.mustache",
            CompanyScope.build(c, facts, quotes, meta));
        companies.put(file, c.company());
      }
    }
    return companies;
  }

  /** The tables as CSV files and as one workbook. */
  private static void writeTables(Path report, SummaryTables tables, RedactedQuotes quotes)
      throws IOException {
    List<CsvTable> csv = ReportCsv.tables(tables, quotes);
    for (CsvTable t : csv) {
      t.write(report);
    }
    ReportWorkbook.write(csv, report.resolve(ReportWorkbook.FILE));
  }

  private static void writeNotebook(Path notebooks, List<NotebookCell> cells, String runId)
      throws IOException {
    Json.MAPPER.writeValue(notebooks.resolve(NOTEBOOK).toFile(), NotebookFiles.ipynb(cells));
    Files.writeString(
        notebooks.resolve(NOTEBOOK_HTML),
        NotebookFiles.html(cells, "Debrief run " + runId),
        StandardCharsets.UTF_8);
  }

  private static void write(Path file, String template, Map<String, Object> scope)
      throws IOException {
    Files.writeString(file, Templates.render(template, scope), StandardCharsets.UTF_8);
  }

  private static JsonNode evaluation(RunLayout out) {
    if (!out.evaluation().isFile()) {
      return null;
    }
    try {
      return Json.MAPPER.readTree(out.evaluation().readBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + out.evaluation() + ": " + e.getMessage(), e);
    }
  }
}
