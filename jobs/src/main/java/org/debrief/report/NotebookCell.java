package org.debrief.report;

import java.util.List;

/**
 * One notebook cell with its outputs already filled in, written both as nbformat 4 JSON and as the
 * HTML export.
 *
 * @param markdown true for a markdown cell, false for a Python code cell
 */
record NotebookCell(boolean markdown, String source, List<Output> outputs) {

  static NotebookCell text(String markdown) {
    return new NotebookCell(true, markdown, List.of());
  }

  static NotebookCell code(String source, Output... outputs) {
    return new NotebookCell(false, source, List.of(outputs));
  }

  /**
   * A cell output: printed text, a table (HTML with a plain-text twin) or a PNG image.
   *
   * @param html markup rendered by our own templates (escaped), or null
   * @param png base64 PNG, or null
   */
  record Output(String text, String html, String png) {
    static Output printed(String text) {
      return new Output(text, null, null);
    }

    static Output table(String plain, String html) {
      return new Output(plain, html, null);
    }

    static Output image(String description, String base64) {
      return new Output(description, null, base64);
    }

    boolean isStream() {
      return html == null && png == null;
    }
  }
}
