package org.debrief.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.Json;

/**
 * Reads one layout file. Every key is checked: a misspelt key ({@code "encodng"}) would otherwise
 * be ignored and the export silently read wrong, so it is refused with the file and the key.
 */
final class LayoutParser {
  private static final Set<String> KEYS =
      Set.of(
          "name",
          "description",
          "detect",
          "source",
          "columns",
          "ignore",
          "encoding",
          "date_format",
          "values");
  private static final Set<String> SOURCE_KEYS =
      Set.of("column", "pattern", "file_name", "folder_name");
  private static final String HELP = "see docs/inputs.md, 'Adding an export layout'";

  private final String origin;

  private LayoutParser(String origin) {
    this.origin = origin;
  }

  /** The layout in {@code json}; {@code origin} names the file in messages. */
  static Layout parse(String json, String origin) {
    LayoutParser parser = new LayoutParser(origin);
    try {
      return parser.layout(Json.MAPPER.readTree(json));
    } catch (DebriefException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw parser.refused("not a valid layout file (" + e.getMessage() + ")", e);
    }
  }

  private Layout layout(JsonNode root) {
    if (!root.isObject()) {
      throw refused("a layout file holds one JSON object", null);
    }
    checkKeys(root, KEYS, "layout");
    String name = required(root, "name").asText();
    List<String> detect = new ArrayList<>();
    required(root, "detect").forEach(n -> detect.add(n.asText()));
    Map<String, List<FieldSource>> columns = new LinkedHashMap<>();
    root.path("columns")
        .fields()
        .forEachRemaining(e -> columns.put(canonical(e.getKey()), sources(e.getValue())));
    boolean ignore = root.path("ignore").asBoolean(false);
    if (!ignore && !columns.containsKey(CanonicalColumn.TEXT)) {
      throw refused("layout '" + name + "' maps no column to `text`", null);
    }
    return new Layout(
        name,
        root.path("description").asText(""),
        detect,
        columns,
        root.path("source").isTextual() ? root.get("source").asText() : null,
        ignore,
        encoding(root.get("encoding")),
        dateFormats(root.get("date_format")),
        values(root.get("values")));
  }

  private void checkKeys(JsonNode node, Set<String> known, String what) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        throw refused(
            "unknown key '"
                + key
                + "' in the "
                + what
                + "; known keys: "
                + known.stream().sorted().toList(),
            null);
      }
    }
  }

  private String canonical(String column) {
    if (!CanonicalColumn.ALL.contains(column)) {
      throw refused(
          "'" + column + "' is not a canonical column; use one of " + CanonicalColumn.ALL, null);
    }
    return column;
  }

  private List<FieldSource> sources(JsonNode node) {
    List<FieldSource> out = new ArrayList<>();
    for (JsonNode n : node.isArray() ? node : List.of(node)) {
      out.add(
          n.isTextual() ? new FieldSource(n.asText().toLowerCase(Locale.ROOT), null) : source(n));
    }
    return out;
  }

  private FieldSource source(JsonNode n) {
    if (!n.isObject()) {
      throw refused("a column source is a column name or an object, not " + n, null);
    }
    checkKeys(n, SOURCE_KEYS, "column source " + n);
    if (n.has("file_name")) {
      return new FieldSource(null, regex(n.get("file_name").asText()), FieldSource.From.FILE_NAME);
    }
    if (n.has("folder_name")) {
      return new FieldSource(
          null, regex(n.get("folder_name").asText()), FieldSource.From.FOLDER_NAME);
    }
    String pattern = n.path("pattern").asText(null);
    return new FieldSource(
        n.path("column").asText().toLowerCase(Locale.ROOT),
        pattern == null ? null : regex(pattern));
  }

  private Pattern regex(String pattern) {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw refused("invalid regular expression " + pattern + ": " + e.getDescription(), e);
    }
  }

  private String encoding(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return Charset.forName(node.asText()).name();
    } catch (IllegalArgumentException e) {
      throw refused(
          "unknown encoding '"
              + node.asText()
              + "'; use a name such as windows-1252, ISO-8859-1, UTF-16",
          e);
    }
  }

  private List<String> dateFormats(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    for (JsonNode n : node.isArray() ? node : List.of(node)) {
      try {
        Dates.formatter(n.asText());
      } catch (IllegalArgumentException e) {
        throw refused("invalid date_format '" + n.asText() + "': " + e.getMessage(), e);
      }
      out.add(n.asText());
    }
    return out;
  }

  private Map<String, Map<String, String>> values(JsonNode node) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> column = it.next();
      if (!column.getValue().isObject()) {
        throw refused(
            "\"values\": \"" + column.getKey() + "\" must map raw values to display values", null);
      }
      Map<String, String> names = new LinkedHashMap<>();
      column
          .getValue()
          .fields()
          .forEachRemaining(
              e -> names.put(e.getKey().strip().toLowerCase(Locale.ROOT), e.getValue().asText()));
      out.put(canonical(column.getKey()), names);
    }
    return out;
  }

  private JsonNode required(JsonNode root, String key) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      throw refused("layout file lacks the key '" + key + "'", null);
    }
    return n;
  }

  private DebriefException refused(String why, Exception cause) {
    return new DebriefException(ExitCode.USAGE, origin + ": " + why + "; " + HELP, cause);
  }
}
