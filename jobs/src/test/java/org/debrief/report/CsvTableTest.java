package org.debrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
  @TempDir Path tmp;

  @Test
  void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
    assertThat(
            List.of(
                "=HYPERLINK(\"http://x\",\"y\")",
                "+1+1",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(A1)",
                "\t=1",
                "ok -1"))
        .map(CsvTable::safe)
        .containsExactly(
            "'=HYPERLINK(\"http://x\",\"y\")",
            "'+1+1",
            "'-2+3+cmd|' /C calc'!A0",
            "'@SUM(A1)",
            "'\t=1",
            "ok -1");
  }

  @Test
  void writesNumbersAsNumbersAndTextSafely() throws Exception {
    new CsvTable("t.csv", List.of("name", "difference"), List.of(List.of("=cmd()", -0.25)))
        .write(tmp);
    assertThat(Files.readString(tmp.resolve("t.csv")))
        .isEqualTo("\uFEFFname,difference\r\n'=cmd(),-0.25\r\n");
  }

  @Test
  void startsWithAUtf8ByteOrderMarkAndKeepsAccents() throws Exception {
    new CsvTable("t.csv", List.of("company"), List.of(List.of("Société Générale, Zürich")))
        .write(tmp);
    byte[] bytes = Files.readAllBytes(tmp.resolve("t.csv"));
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).isEqualTo("company\r\n\"Société Générale, Zürich\"\r\n");
    assertThat(ReportCsvFiles.records(tmp.resolve("t.csv")))
        .containsExactly(List.of("company"), List.of("Société Générale, Zürich"));
  }
}
