package org.debrief.ingest;

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
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
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
    return LayoutParser.parse(json, origin);
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
