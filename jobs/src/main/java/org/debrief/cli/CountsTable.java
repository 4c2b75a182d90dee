package org.debrief.cli;

import java.util.List;
import org.debrief.ingest.FileCounts;

/** The per-file ingest counts as a plain-text table for the console. */
final class CountsTable {
  private CountsTable() {}

  static String render(List<FileCounts> counts) {
    int width = Math.max(4, counts.stream().mapToInt(c -> c.file().length()).max().orElse(4));
    String row = "%-" + width + "s  %-28s %7s %9s %12s %11s %17s%n";
    StringBuilder sb =
        new StringBuilder(
            String.format(
                row,
                "file",
                "layout",
                "read",
                "accepted",
                "quarantined",
                "duplicates",
                "unreadable dates"));
    long[] t = new long[5];
    for (FileCounts c : counts) {
      sb.append(
          String.format(
              row,
              c.file(),
              c.layout() == null ? "(none)" : c.layout(),
              c.read(),
              c.accepted(),
              c.quarantined(),
              c.duplicates(),
              c.unreadableDates()));
      t[0] += c.read();
      t[1] += c.accepted();
      t[2] += c.quarantined();
      t[3] += c.duplicates();
      t[4] += c.unreadableDates();
    }
    sb.append(String.format(row, "total", "", t[0], t[1], t[2], t[3], t[4]));
    return sb.toString();
  }
}
