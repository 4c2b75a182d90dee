package org.debrief.ingest;

import java.io.Serializable;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a canonical column's value comes from in an export: a source column, optionally narrowed by
 * a regular expression whose first group is the value.
 */
public record FieldSource(String column, Pattern pattern) implements Serializable {

  /** The value in {@code fields}, or null when the column is absent, blank or does not match. */
  public String valueIn(Map<String, String> fields) {
    String raw = fields.get(column);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (pattern == null) {
      return raw;
    }
    Matcher m = pattern.matcher(raw);
    if (!m.find()) {
      return null;
    }
    String group = m.groupCount() >= 1 ? m.group(1) : m.group();
    return group == null || group.isBlank() ? null : group.strip();
  }
}
