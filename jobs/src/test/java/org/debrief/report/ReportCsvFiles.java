package org.debrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a report CSV as a spreadsheet would: the byte order mark first, then RFC 4180 records. */
final class ReportCsvFiles {
  private ReportCsvFiles() {}

  /** Every record, header first; fails when the file lacks the byte order mark. */
  static List<List<String>> records(Path csv) throws IOException {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      assertThat(r.read()).as(csv + " starts with the BOM").isEqualTo(CsvTable.BOM);
      List<List<String>> out = new ArrayList<>();
      for (CSVRecord rec : CSVFormat.RFC4180.parse(r)) {
        out.add(rec.toList());
      }
      return out;
    }
  }
}
