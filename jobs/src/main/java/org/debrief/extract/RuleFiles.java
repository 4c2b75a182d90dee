package org.debrief.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses rule files (format in README.md beside them) into word lists and rules. */
final class RuleFiles {
  private static final Pattern LIST = Pattern.compile("list\\s+(\\w+)\\s*=(.*)");
  private static final Pattern RULE =
      Pattern.compile("(\\S+)\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+(.+)");

  private final Map<String, Set<String>> lists = new HashMap<>();
  private final List<Rule> rules = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  /** Reads the named classpath resources in order; lists must be defined before use. */
  static List<Rule> load(Class<?> anchor, List<String> resources) {
    RuleFiles files = new RuleFiles();
    for (String resource : resources) {
      try (InputStream in = anchor.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("rule file " + resource + " is not on the classpath");
        }
        files.read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read rule file " + resource, e);
      }
    }
    return List.copyOf(files.rules);
  }

  /** Parses rule text; exposed for tests that write rules inline. */
  static List<Rule> parse(String text) {
    RuleFiles files = new RuleFiles();
    try {
      files.read("<inline>", new BufferedReader(new java.io.StringReader(text)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(files.rules);
  }

  private void read(String name, BufferedReader in) throws IOException {
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      // A trailing backslash continues a long list on the next line.
      while (line.endsWith("\\")) {
        String next = in.readLine();
        number++;
        line = line.substring(0, line.length() - 1) + " " + (next == null ? "" : next);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      try {
        readLine(trimmed);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + number + ": " + e.getMessage(), e);
      }
    }
  }

  private void readLine(String line) {
    Matcher list = LIST.matcher(line);
    if (list.matches()) {
      Set<String> words = new LinkedHashSet<>();
      for (String w : list.group(2).trim().split("\\s+")) {
        words.addAll(w.startsWith("@") ? lists.getOrDefault(w.substring(1), Set.of()) : Set.of(w));
      }
      lists.put(list.group(1), Set.copyOf(words));
      return;
    }
    Matcher rule = RULE.matcher(line);
    if (!rule.matches()) {
      throw new IllegalArgumentException(
          "expected 'list NAME = words…' or 'label id [guards] pattern', got: " + line);
    }
    String id = rule.group(2);
    if (!ids.add(id)) {
      throw new IllegalArgumentException("duplicate rule id " + id);
    }
    EnumSet<Guard> guards = EnumSet.noneOf(Guard.class);
    for (String g : rule.group(3).trim().split("\\s+")) {
      if (!g.isEmpty()) {
        guards.add(Guard.parse(g));
      }
    }
    rules.add(
        new Rule(rule.group(1), id, Set.copyOf(guards), TokenPattern.parse(rule.group(4), lists)));
  }
}
