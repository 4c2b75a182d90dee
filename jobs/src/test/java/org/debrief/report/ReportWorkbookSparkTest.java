package org.debrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report's workbook of {@link HostileReviews}: the CSVs' rows, typed, with no formula. */
class ReportWorkbookSparkTest {
  static Path report;
  static Workbook book;

  @BeforeAll
  static void open() throws Exception {
    report = HostileRun.get().report().path();
    try (InputStream in = Files.newInputStream(report.resolve(ReportWorkbook.FILE))) {
      book = new XSSFWorkbook(in);
    }
  }

  @AfterAll
  static void close() throws Exception {
    book.close();
  }

  @Test
  void hasASheetPerCsvWithTheSameCells() throws Exception {
    List<String> sheets = new ArrayList<>();
    book.forEach(s -> sheets.add(s.getSheetName()));
    assertThat(sheets)
        .containsExactlyElementsOf(
            ReportCsv.DESCRIPTIONS.keySet().stream().map(f -> f.replace(".csv", "")).toList());
    for (String csv : ReportCsv.DESCRIPTIONS.keySet()) {
      List<List<String>> records = ReportCsvFiles.records(report.resolve(csv));
      Sheet sheet = book.getSheet(csv.replace(".csv", ""));
      assertThat(sheet.getLastRowNum() + 1).as(csv + " rows").isEqualTo(records.size());
      assertThat(records.size()).as(csv).isGreaterThan(1);
      for (int r = 0; r < records.size(); r++) {
        List<String> expected = records.get(r);
        Row row = sheet.getRow(r);
        for (int c = 0; c < expected.size(); c++) {
          assertCellEquals(row.getCell(c), expected.get(c), csv + " row " + r + " column " + c);
        }
      }
    }
  }

  @Test
  void numbersAreNumericCellsAndUntrustedTextIsNeutralised() {
    Sheet companies = book.getSheet("feedback_by_company");
    List<String> names = new ArrayList<>();
    for (Row row : companies) {
      if (row.getRowNum() > 0) {
        assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
        names.add(row.getCell(0).getStringCellValue());
      }
    }
    assertThat(names)
        .contains("'" + HostileReviews.COMPANY, "'@evil", HostileReviews.MARKUP_COMPANY);
    Sheet quotes = book.getSheet("evidence_quotes");
    List<String> sentences = new ArrayList<>();
    quotes.forEach(r -> sentences.add(r.getCell(3).getStringCellValue()));
    assertThat(sentences).anyMatch(t -> t.startsWith("'-2+3+cmd"));
    assertThat(sentences).anyMatch(t -> t.startsWith("'=HYPERLINK(\"[link]\""));
  }

  private static void assertCellEquals(Cell cell, String csv, String where) {
    if (csv.isEmpty()) {
      assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(where).isTrue();
      return;
    }
    assertThat(cell.getCellType()).as(where).isNotEqualTo(CellType.FORMULA);
    switch (cell.getCellType()) {
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(cell)) {
          assertThat(cell.getLocalDateTimeCellValue().toLocalDate().toString())
              .as(where)
              .isEqualTo(csv);
        } else {
          assertThat(cell.getNumericCellValue()).as(where).isEqualTo(Double.parseDouble(csv));
        }
      }
      case BOOLEAN ->
          assertThat(String.valueOf(cell.getBooleanCellValue())).as(where).isEqualTo(csv);
      default -> assertThat(cell.getStringCellValue()).as(where).isEqualTo(csv);
    }
  }
}
