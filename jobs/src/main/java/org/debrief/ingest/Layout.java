package org.debrief.ingest;

import java.io.Serializable;
import java.util.List;
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
 */
public record Layout(
    String name,
    String description,
    List<String> detect,
    Map<String, List<FieldSource>> columns,
    String source,
    boolean ignore)
    implements Serializable {

  /** Whether every detect column is among {@code keys} (compared case-insensitively). */
  public boolean matches(Set<String> lowerCaseKeys) {
    return detect.stream()
        .allMatch(d -> lowerCaseKeys.contains(d.toLowerCase(java.util.Locale.ROOT)));
  }

  /** The canonical value of {@code column} for one record, or null. */
  public String value(String column, Map<String, String> fields) {
    for (FieldSource s : columns.getOrDefault(column, List.of())) {
      String v = s.valueIn(fields);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The source column that holds the review text, for messages. */
  public String textColumn() {
    List<FieldSource> text = columns.getOrDefault(CanonicalColumn.TEXT, List.of());
    return text.isEmpty() ? CanonicalColumn.TEXT : text.get(0).column();
  }
}
