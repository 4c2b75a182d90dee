package org.debrief.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.debrief.common.fs.Location;

/**
 * A folder of Parquet files kept in the state between runs, with a record of what was written: each
 * part file and its row count. The record is written last, so an entry without one was never
 * completed; an entry whose files no longer match it was damaged since.
 */
public final class StateEntry {
  /** Starts with {@code _}: Spark's readers pass it over. */
  public static final String RECORD = "_ENTRY.json";

  private StateEntry() {}

  /** Records the part files of {@code entry} and their row counts, read from their footers. */
  public static void seal(Location entry) {
    ObjectNode files = Json.MAPPER.createObjectNode();
    for (Location f : ParquetFooters.partFiles(entry)) {
      files.put(f.name(), ParquetFooters.fileRowCount(f));
    }
    ObjectNode record = Json.MAPPER.createObjectNode();
    record.set("files", files);
    try {
      entry.resolve(RECORD).replace(Json.MAPPER.writeValueAsString(record));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the record of " + entry, e);
    }
  }

  /** Why {@code entry} cannot be trusted, or empty when every file matches its record. */
  public static Optional<String> damage(Location entry) {
    Location record = entry.resolve(RECORD);
    if (!record.isFile()) {
      return Optional.of("no " + RECORD + ": it was never completed");
    }
    JsonNode files;
    try {
      files = Json.MAPPER.readTree(record.readBytes()).path("files");
    } catch (IOException e) {
      return Optional.of(RECORD + " does not parse: " + firstLine(e));
    }
    if (!files.isObject()) {
      return Optional.of(RECORD + " lists no files");
    }
    Map<String, Location> present = new TreeMap<>();
    ParquetFooters.partFiles(entry).forEach(f -> present.put(f.name(), f));
    for (var recorded : (Iterable<Map.Entry<String, JsonNode>>) files::fields) {
      Optional<String> bad = fileDamage(present.remove(recorded.getKey()), recorded);
      if (bad.isPresent()) {
        return bad;
      }
    }
    return present.isEmpty()
        ? Optional.empty()
        : Optional.of("holds files its record does not list: " + present.keySet());
  }

  private static Optional<String> fileDamage(Location file, Map.Entry<String, JsonNode> recorded) {
    if (file == null) {
      return Optional.of(recorded.getKey() + " is missing");
    }
    long rows;
    try {
      rows = ParquetFooters.fileRowCount(file);
    } catch (UncheckedIOException e) {
      return Optional.of(file.name() + " has no readable Parquet footer: " + firstLine(e));
    }
    long expected = recorded.getValue().asLong(-1);
    return rows == expected
        ? Optional.empty()
        : Optional.of(file.name() + " holds " + rows + " rows, " + expected + " when written");
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
