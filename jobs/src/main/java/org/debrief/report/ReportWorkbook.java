package org.debrief.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report's tables as one {@code .xlsx} workbook, a sheet per CSV file with the same header and
 * rows: numbers as numeric cells, dates as date cells, text neutralised like the CSVs' ({@link
 * CsvTable#safe}), so a workbook opened in Excel runs no formula from a review.
 */
final class ReportWorkbook {
  static final String FILE = "debrief-tables.xlsx";

  private ReportWorkbook() {}

  /** The sheet of a CSV file: its name without {@code .csv} (all ours are under 31 characters). */
  static String sheetName(CsvTable t) {
    return t.fileName().replaceFirst("\\.csv$", "");
  }

  static void write(List<CsvTable> tables, Path file) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle header = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      for (CsvTable t : tables) {
        Sheet sheet = book.createSheet(sheetName(t));
        Row top = sheet.createRow(0);
        for (int c = 0; c < t.header().size(); c++) {
          Cell cell = top.createCell(c);
          cell.setCellValue(t.header().get(c));
          cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < t.rows().size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<Object> values = CsvTable.safeRow(t.rows().get(r));
          for (int c = 0; c < values.size(); c++) {
            set(row.createCell(c), values.get(c), date);
          }
        }
      }
      book.write(out);
    }
  }

  private static void set(Cell cell, Object v, CellStyle date) {
    if (v instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (v instanceof Boolean b) {
      cell.setCellValue(b);
    } else if (v instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(date);
    } else if (v != null && !v.toString().isEmpty()) {
      cell.setCellValue(cap(v.toString()));
    }
  }

  /** Excel holds at most 32,767 characters in a cell; a longer text is cut, marked with "…". */
  private static String cap(String s) {
    int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
