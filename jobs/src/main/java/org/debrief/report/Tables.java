package org.debrief.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small table as notebook output: HTML through the template engine, and a plain-text twin. */
final class Tables {
  private Tables() {}

  static NotebookCell.Output output(List<String> header, List<List<String>> rows) {
    List<Map<String, Object>> body = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      body.add(Map.of("index", i, "cells", rows.get(i)));
    }
    String html = Templates.render("table.html.mustache", Map.of("header", header, "rows", body));
    return NotebookCell.Output.table(plain(header, rows), html);
  }

  /** The table as pandas prints it, roughly: right-aligned columns, row index first. */
  static String plain(List<String> header, List<List<String>> rows) {
    int[] width = new int[header.size() + 1];
    width[0] = String.valueOf(Math.max(0, rows.size() - 1)).length();
    for (int c = 0; c < header.size(); c++) {
      width[c + 1] = header.get(c).length();
      for (List<String> r : rows) {
        width[c + 1] = Math.max(width[c + 1], r.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder(" ".repeat(width[0]));
    for (int c = 0; c < header.size(); c++) {
      sb.append("  ").append(pad(header.get(c), width[c + 1]));
    }
    for (int i = 0; i < rows.size(); i++) {
      sb.append('\n').append(pad(String.valueOf(i), width[0]));
      for (int c = 0; c < header.size(); c++) {
        sb.append("  ").append(pad(rows.get(i).get(c), width[c + 1]));
      }
    }
    return sb.toString();
  }

  private static String pad(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }
}
