package org.debrief.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.debrief.common.Json;

/** Writes notebook cells as an nbformat 4.5 document and as a self-contained HTML export. */
final class NotebookFiles {
  static final int NBFORMAT = 4;
  static final int NBFORMAT_MINOR = 5;

  private NotebookFiles() {}

  static ObjectNode ipynb(List<NotebookCell> cells) {
    ObjectNode nb = Json.MAPPER.createObjectNode();
    ObjectNode meta = nb.putObject("metadata");
    ObjectNode kernel = meta.putObject("kernelspec");
    kernel.put("name", "python3");
    kernel.put("display_name", "Python 3");
    kernel.put("language", "python");
    meta.putObject("language_info").put("name", "python");
    nb.put("nbformat", NBFORMAT);
    nb.put("nbformat_minor", NBFORMAT_MINOR);
    ArrayNode array = nb.putArray("cells");
    int count = 0;
    for (int i = 0; i < cells.size(); i++) {
      NotebookCell c = cells.get(i);
      ObjectNode cell = array.addObject();
      cell.put("id", "cell-" + (i + 1));
      cell.put("cell_type", c.markdown() ? "markdown" : "code");
      cell.putObject("metadata");
      lines(cell.putArray("source"), c.source());
      if (!c.markdown()) {
        count++;
        cell.put("execution_count", count);
        outputs(cell.putArray("outputs"), c.outputs(), count);
      }
    }
    return nb;
  }

  private static void outputs(ArrayNode out, List<NotebookCell.Output> outputs, int count) {
    for (NotebookCell.Output o : outputs) {
      ObjectNode n = out.addObject();
      if (o.isStream()) {
        n.put("output_type", "stream");
        n.put("name", "stdout");
        lines(n.putArray("text"), o.text());
        continue;
      }
      n.put("output_type", o.png() != null ? "display_data" : "execute_result");
      if (o.png() == null) {
        n.put("execution_count", count);
      }
      ObjectNode data = n.putObject("data");
      if (o.png() != null) {
        data.put("image/png", o.png());
      } else {
        lines(data.putArray("text/html"), o.html());
      }
      lines(data.putArray("text/plain"), o.text());
      n.putObject("metadata");
    }
  }

  /** nbformat's multiline strings: a list of lines, each but the last keeping its newline. */
  private static void lines(ArrayNode array, String text) {
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      array.add(text.substring(start, i + 1));
      start = i + 1;
    }
    if (start < text.length()) {
      array.add(text.substring(start));
    }
  }

  /**
   * The HTML export: markdown rendered by CommonMark with raw HTML escaped, code and outputs as in
   * Jupyter.
   */
  static String html(List<NotebookCell> cells, String title) {
    Parser parser = Parser.builder().build();
    HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).build();
    List<Map<String, Object>> scope = new ArrayList<>();
    int count = 0;
    for (NotebookCell c : cells) {
      Map<String, Object> m = new LinkedHashMap<>();
      if (c.markdown()) {
        m.put("markdown", renderer.render(parser.parse(c.source())));
      } else {
        count++;
        m.put("code", c.source());
        m.put("count", count);
        m.put("outputs", c.outputs());
      }
      scope.add(m);
    }
    return Templates.render("notebook.html.mustache", Map.of("title", title, "cells", scope));
  }
}
