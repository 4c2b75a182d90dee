package org.debrief.ingest;

import java.util.Map;
import java.util.Set;

/**
 * One record as an export reader found it, before mapping.
 *
 * @param line the 1-based physical line (CSV, JSON) or sheet row (XLSX) where the record starts
 * @param record the 1-based index of the record in its file
 * @param fields source values by lower-case column name or JSON key
 * @param nonText keys whose JSON value was not a string (numbers, objects, arrays)
 * @param raw the record as it stood in the file, for the quarantine
 * @param problem why the reader could not read it, or null
 */
public record RawRecord(
    int line,
    int record,
    Map<String, String> fields,
    Set<String> nonText,
    String raw,
    Problem problem) {

  public static RawRecord broken(int line, int record, String raw, Problem problem) {
    return new RawRecord(line, record, Map.of(), Set.of(), raw, problem);
  }
}
