package org.debrief.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an XLSX export with Apache POI: the first non-empty row is the header,
 * each later non-empty row a record. Date cells become ISO dates; other cells their shown text.
 */
public final class XlsxRecordReader implements RecordReader {
  private final List<String> header = new ArrayList<>();
  private final List<RawRecord> records = new ArrayList<>();

  public XlsxRecordReader(byte[] bytes) {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      read(wb.getSheetAt(0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> keys() {
    return header;
  }

  @Override
  public Iterator<RawRecord> records() {
    return records.iterator();
  }

  private void read(Sheet sheet) {
    DataFormatter formatter = new DataFormatter(Locale.ENGLISH);
    int index = 0;
    for (Row row : sheet) {
      List<String> cells = cells(row, formatter);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (header.isEmpty()) {
        cells.forEach(c -> header.add(c.strip().toLowerCase(Locale.ROOT)));
        continue;
      }
      index++;
      Map<String, String> fields = new HashMap<>();
      for (int i = 0; i < header.size() && i < cells.size(); i++) {
        fields.putIfAbsent(header.get(i), cells.get(i));
      }
      records.add(
          new RawRecord(
              row.getRowNum() + 1, index, fields, Set.of(), String.join("\t", cells), null));
    }
  }

  private List<String> cells(Row row, DataFormatter formatter) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
      Cell c = row.getCell(i);
      out.add(c == null ? "" : text(c, formatter));
    }
    return out;
  }

  private static String text(Cell c, DataFormatter formatter) {
    if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
      return c.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
    return formatter.formatCellValue(c);
  }
}
