package org.debrief.ingest;

import java.io.Serializable;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a canonical column's value comes from in an export: a source column, or the name of the
 * file or of its folder (exports that name the employer only there), optionally narrowed by a
 * regular expression whose first group is the value.
 *
 * @param column the lower-case source column; null unless {@code from} is {@link From#COLUMN}
 * @param pattern the expression the value must match (its first group is the value), or null
 */
public record FieldSource(String column, Pattern pattern, From from) implements Serializable {

  /** What a source reads. */
  public enum From {
    COLUMN,
    /** The file's name, {@code google.json} in {@code exports/google.json}. */
    FILE_NAME,
    /** The name of the folder holding the file, {@code Amazon} in {@code exports/Amazon/x.csv}. */
    FOLDER_NAME
  }

  public FieldSource(String column, Pattern pattern) {
    this(column, pattern, From.COLUMN);
  }

  /** The value in {@code fields}, or null when the column is absent, blank or does not match. */
  public String valueIn(Map<String, String> fields) {
    return valueIn(fields, null);
  }

  /**
   * The value for one record of {@code file} (the path as given, {@code /} or {@code \} between
   * folders; may be null when unknown), or null when absent, blank or not matching.
   */
  public String valueIn(Map<String, String> fields, String file) {
    String raw =
        switch (from) {
          case COLUMN -> fields.get(column);
          case FILE_NAME -> file == null ? null : lastSegment(file);
          case FOLDER_NAME -> file == null ? null : lastSegment(parent(file));
        };
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

  /** For messages: the column, or where in the path the value comes from. */
  public String describe() {
    return from == From.COLUMN ? column : from.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String lastSegment(String path) {
    return path.substring(lastSeparator(path) + 1);
  }

  private static String parent(String path) {
    int i = lastSeparator(path);
    return i < 0 ? "" : path.substring(0, i);
  }

  private static int lastSeparator(String path) {
    return Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  }
}
