package org.debrief.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A declared mapping from one export layout onto the canonical columns.
 *
 * @param detect source columns (or JSON keys) whose presence identifies the layout
 * @param columns for each canonical column, the sources tried in order; the first non-blank wins
 * @param source the value of {@code source} when the export has no such column
 * @param ignore true for files that are known not to hold reviews (labels, metadata): they are
 *     listed in the manifest and not read
 * @param encoding the charset of the export's files, or null for UTF-8 (a BOM always wins)
 * @param dateFormats {@code DateTimeFormatter} patterns of the export's dates, tried before the
 *     built-in unambiguous forms
 * @param values for a canonical column, display values by raw value in lower case ({@code
 *     bankofamerica} → {@code Bank of America})
 */
public record Layout(
    String name,
    String description,
    List<String> detect,
    Map<String, List<FieldSource>> columns,
    String source,
    boolean ignore,
    String encoding,
    List<String> dateFormats,
    Map<String, Map<String, String>> values)
    implements Serializable {

  /** Whether every detect column is among {@code keys} (compared case-insensitively). */
  public boolean matches(Set<String> lowerCaseKeys) {
    return detect.stream().allMatch(d -> lowerCaseKeys.contains(d.toLowerCase(Locale.ROOT)));
  }

  /** The canonical value of {@code column} for one record whose file is unknown, or null. */
  public String value(String column, Map<String, String> fields) {
    return value(column, fields, null);
  }

  /** The canonical value of {@code column} for one record of {@code file}, or null. */
  public String value(String column, Map<String, String> fields, String file) {
    for (FieldSource s : columns.getOrDefault(column, List.of())) {
      String v = s.valueIn(fields, file);
      if (v != null) {
        return displayValue(column, v);
      }
    }
    return null;
  }

  /** The source column that holds the review text, for messages. */
  public String textColumn() {
    List<FieldSource> text = columns.getOrDefault(CanonicalColumn.TEXT, List.of());
    return text.isEmpty() ? CanonicalColumn.TEXT : text.get(0).describe();
  }

  private String displayValue(String column, String v) {
    Map<String, String> names = values.get(column);
    return names == null ? v : names.getOrDefault(v.strip().toLowerCase(Locale.ROOT), v);
  }
}
