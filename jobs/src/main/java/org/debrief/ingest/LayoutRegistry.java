package org.debrief.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.Json;
import org.debrief.common.fs.Location;

/**
 * The known export layouts: those bundled with Debrief plus any JSON files in a user's layout
 * folder, so that a new export needs a mapping file, not code.
 */
public final class LayoutRegistry implements Serializable {
  private static final String BUNDLED = "/org/debrief/ingest/layouts/";

  private final List<Layout> layouts;

  private LayoutRegistry(List<Layout> layouts) {
    this.layouts = List.copyOf(layouts);
  }

  /**
   * The bundled layouts, then those in {@code userDir} (may be null); a user layout may replace a
   * bundled one by name.
   */
  public static LayoutRegistry load(Location userDir) {
    Map<String, Layout> byName = new LinkedHashMap<>();
    for (String file : bundledFiles()) {
      Layout l = parse(readResource(BUNDLED + file), "classpath:" + BUNDLED + file);
      byName.put(l.name(), l);
    }
    if (userDir != null) {
      for (Location p : userFiles(userDir)) {
        Layout l = parse(readFile(p), p.display());
        byName.put(l.name(), l);
      }
    }
    return new LayoutRegistry(new ArrayList<>(byName.values()));
  }

  public List<Layout> all() {
    return layouts;
  }

  public List<String> names() {
    return layouts.stream().map(Layout::name).toList();
  }

  public Optional<Layout> byName(String name) {
    return layouts.stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /**
   * The layout whose detect columns are all among {@code keys}; when several match, the one that
   * names the most columns, since it is the most specific.
   */
  public Optional<Layout> detect(Iterable<String> keys) {
    Set<String> lower = new java.util.HashSet<>();
    keys.forEach(k -> lower.add(k.strip().toLowerCase(Locale.ROOT)));
    return layouts.stream()
        .filter(l -> l.matches(lower))
        .max(Comparator.comparingInt((Layout l) -> l.detect().size()));
  }

  static Layout parse(String json, String origin) {
    try {
      JsonNode root = Json.MAPPER.readTree(json);
      String name = required(root, "name", origin).asText();
      List<String> detect = new ArrayList<>();
      required(root, "detect", origin).forEach(n -> detect.add(n.asText()));
      Map<String, List<FieldSource>> columns = new LinkedHashMap<>();
      root.path("columns")
          .fields()
          .forEachRemaining(e -> columns.put(canonical(e.getKey(), origin), sources(e.getValue())));
      boolean ignore = root.path("ignore").asBoolean(false);
      if (!ignore && !columns.containsKey(CanonicalColumn.TEXT)) {
        throw new DebriefException(
            ExitCode.USAGE, origin + ": layout '" + name + "' maps no column to `text`");
      }
      String source = root.path("source").isTextual() ? root.get("source").asText() : null;
      return new Layout(name, root.path("description").asText(""), detect, columns, source, ignore);
    } catch (IOException | RuntimeException e) {
      if (e instanceof DebriefException d) {
        throw d;
      }
      throw new DebriefException(
          ExitCode.USAGE,
          origin
              + ": not a valid layout file ("
              + e.getMessage()
              + "); see docs/inputs.md, 'Adding an export layout'",
          e);
    }
  }

  private static String canonical(String column, String origin) {
    if (!CanonicalColumn.ALL.contains(column)) {
      throw new DebriefException(
          ExitCode.USAGE,
          origin
              + ": '"
              + column
              + "' is not a canonical column; use one of "
              + CanonicalColumn.ALL);
    }
    return column;
  }

  private static List<FieldSource> sources(JsonNode node) {
    List<FieldSource> out = new ArrayList<>();
    for (JsonNode n : node.isArray() ? node : List.of(node)) {
      if (n.isTextual()) {
        out.add(new FieldSource(n.asText().toLowerCase(Locale.ROOT), null));
      } else {
        String pattern = n.path("pattern").asText(null);
        out.add(
            new FieldSource(
                n.path("column").asText().toLowerCase(Locale.ROOT),
                pattern == null ? null : Pattern.compile(pattern)));
      }
    }
    return out;
  }

  private static JsonNode required(JsonNode root, String key, String origin) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      throw new DebriefException(
          ExitCode.USAGE, origin + ": layout file lacks the key '" + key + "'");
    }
    return n;
  }

  private static List<String> bundledFiles() {
    return readResource(BUNDLED + "index.txt")
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static List<Location> userFiles(Location dir) {
    if (!dir.isDirectory()) {
      throw new DebriefException(
          ExitCode.USAGE, "layout folder " + dir.display() + " does not exist or is not a folder");
    }
    try {
      return dir.list().stream().filter(p -> p.name().endsWith(".json")).toList();
    } catch (RuntimeException e) {
      throw new DebriefException(
          ExitCode.USAGE, "cannot list layout folder " + dir.display() + ": " + e.getMessage(), e);
    }
  }

  private static String readResource(String path) {
    try (InputStream in = LayoutRegistry.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + path, e);
    }
  }

  private static String readFile(Location p) {
    try {
      return p.readString();
    } catch (RuntimeException e) {
      throw new DebriefException(
          ExitCode.USAGE, "cannot read layout file " + p.display() + ": " + e.getMessage(), e);
    }
  }
}
