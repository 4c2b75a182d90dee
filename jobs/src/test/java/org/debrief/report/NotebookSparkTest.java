package org.debrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.debrief.common.Json;
import org.debrief.common.RunLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The run's notebook is valid nbformat 4.5 with its outputs filled in, and its HTML export is
 * inert.
 */
class NotebookSparkTest {
  static RunLayout out;
  static JsonNode notebook;

  @BeforeAll
  static void report() throws Exception {
    out = HostileRun.get();
    notebook = Json.MAPPER.readTree(out.notebooks().resolve(ReportJob.NOTEBOOK).path().toFile());
  }

  @Test
  void validatesAgainstTheNbformatSchema() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("nbformat.v4.5.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    Set<ValidationMessage> errors = schema.validate(notebook);
    assertThat(errors).isEmpty();
    assertThat(notebook.get("nbformat").asInt()).isEqualTo(4);
  }

  @Test
  void schemaRejectsABrokenNotebook() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("nbformat.v4.5.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    JsonNode broken = notebook.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("cells").get(1)).remove("outputs");
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  @Test
  void codeLoadsParquetWithPandasAndPysparkAndOutputsAreFilled() {
    List<String> sources = new ArrayList<>();
    List<String> outputTypes = new ArrayList<>();
    for (JsonNode cell : notebook.get("cells")) {
      StringBuilder sb = new StringBuilder();
      cell.get("source").forEach(l -> sb.append(l.asText()));
      sources.add(sb.toString());
      if (cell.has("outputs")) {
        cell.get("outputs")
            .forEach(o -> o.path("data").fieldNames().forEachRemaining(outputTypes::add));
      }
    }
    assertThat(String.join("\n", sources))
        .contains("pd.read_parquet(RUN / \"reviews\")", "spark.read.parquet(");
    assertThat(outputTypes).contains("text/html", "image/png");
  }

  @Test
  void htmlExportEscapesCompanyNames() throws Exception {
    String html = Files.readString(out.notebooks().resolve(ReportJob.NOTEBOOK_HTML).path());
    assertThat(html.toLowerCase()).doesNotContain("<script");
    assertThat(html)
        .contains("&#61;HYPERLINK(&quot;http://evil.example/x&quot;")
        .contains("<img alt=");
  }
}
