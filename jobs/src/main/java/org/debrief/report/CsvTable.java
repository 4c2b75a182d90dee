package org.debrief.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table exported for spreadsheets. Text cells that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, tab or carriage return) get a leading apostrophe; numbers are written as
 * numbers, so a negative difference stays a number. The file starts with a UTF-8 byte order mark:
 * without it Excel reads the file as the system's code page and garbles accents.
 */
public record CsvTable(String fileName, List<String> header, List<List<Object>> rows) {
  private static final String FORMULA_STARTS = "=+-@\t\r";

  /** What a CSV of ours starts with. */
  public static final char BOM = '\uFEFF';

  /** {@code cell} as safe text for a spreadsheet cell. */
  public static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  public void write(Path folder) throws IOException {
    try (Writer w = Files.newBufferedWriter(folder.resolve(fileName), StandardCharsets.UTF_8)) {
      w.write(BOM);
      print(w);
    }
  }

  private void print(Writer w) throws IOException {
    try (CSVPrinter printer =
        CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(w)) {
      for (List<Object> row : rows) {
        printer.printRecord(safeRow(row));
      }
    }
  }

  /** {@code row} with its text cells made safe, numbers and booleans as they are. */
  static List<Object> safeRow(List<Object> row) {
    List<Object> cells = new ArrayList<>(row.size());
    for (Object v : row) {
      cells.add(v instanceof String s ? safe(s) : v);
    }
    return cells;
  }
}
