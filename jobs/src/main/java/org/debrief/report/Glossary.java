package org.debrief.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.debrief.common.Json;
import org.debrief.extract.RulePrecision;
import org.debrief.extract.Taxonomy;
import org.debrief.summarize.LabelFrequencies;

/**
 * What each taxonomy label means, from {@code glossary.json}, with how often its rules' hits were
 * right on hand-labelled reviews ({@code rule-precision.json}). The report links every label name
 * to its entry in {@code glossary.html}.
 */
public record Glossary(Map<String, Kind> kinds, List<Entry> entries) {
  public static final String FOLLOWED_UP = "followed_up";
  private static final String RESOURCE = "/org/debrief/report/glossary.json";

  /** A kind of label: its heading and what all its labels share. */
  public record Kind(String id, String name, String title, String about) {}

  /** One label; {@code hits} and {@code correct} count its rules' hits on hand-labelled reviews. */
  public record Entry(String id, String kind, String definition, int hits, int correct) {}

  /** The shipped glossary; fails when its ids are not exactly the taxonomy's. */
  public static Glossary standard() {
    try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
      return of(Json.MAPPER.readTree(in), RulePrecision.standard());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static Glossary of(JsonNode root, RulePrecision precision) {
    Map<String, Kind> kinds = new LinkedHashMap<>();
    root.get("kinds")
        .fields()
        .forEachRemaining(
            k ->
                kinds.put(
                    k.getKey(),
                    new Kind(
                        k.getKey(),
                        k.getValue().get("name").asText(),
                        k.getValue().get("title").asText(),
                        k.getValue().get("about").asText())));
    List<Entry> entries = new ArrayList<>();
    for (JsonNode e : root.get("labels")) {
      String id = e.get("id").asText();
      int hits = 0;
      int correct = 0;
      for (Map.Entry<String, RulePrecision.Count> h : precision.byHit().entrySet()) {
        if (h.getKey().startsWith(id + "|")) {
          hits += h.getValue().hits();
          correct += h.getValue().correct();
        }
      }
      entries.add(
          new Entry(id, e.get("kind").asText(), e.get("definition").asText(), hits, correct));
    }
    Glossary g = new Glossary(kinds, entries);
    g.check();
    return g;
  }

  /** The glossary page's sections: one per kind, each label with its anchor id. */
  List<Map<String, Object>> sections() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Kind k : kinds.values()) {
      List<Map<String, Object>> labels = new ArrayList<>();
      for (Entry e : entries) {
        if (e.kind().equals(k.id())) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", e.id());
          m.put("label", Format.label(e.id()));
          m.put("definition", e.definition());
          m.put("measured", e.hits() > 0);
          m.put("hits", e.hits());
          m.put("correct", e.correct());
          m.put(
              "precision", Format.percent(e.hits() == 0 ? null : (double) e.correct() / e.hits()));
          labels.add(m);
        }
      }
      out.add(
          Map.of("id", "kind-" + k.id(), "title", k.title(), "about", k.about(), "labels", labels));
    }
    return out;
  }

  /** The taxonomy's ids by kind, in the taxonomy's order. */
  static Map<String, List<String>> taxonomy() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(LabelFrequencies.CONCERN, Taxonomy.CONCERNS);
    m.put(LabelFrequencies.FEEDBACK, Taxonomy.FEEDBACK);
    m.put(LabelFrequencies.PROCESS_ISSUE, Taxonomy.PROCESS_ISSUES);
    m.put(FOLLOWED_UP, List.of(FOLLOWED_UP));
    return m;
  }

  private void check() {
    for (Map.Entry<String, List<String>> k : taxonomy().entrySet()) {
      List<String> ids =
          entries.stream().filter(e -> e.kind().equals(k.getKey())).map(Entry::id).toList();
      if (!ids.equals(k.getValue()) || !kinds.containsKey(k.getKey())) {
        throw new IllegalStateException(
            RESOURCE
                + " lists "
                + k.getKey()
                + " labels "
                + ids
                + " but taxonomy version "
                + Taxonomy.VERSION
                + " has "
                + k.getValue()
                + "; give every taxonomy id one entry, in the taxonomy's order");
      }
    }
    if (entries.size() != taxonomy().values().stream().mapToInt(List::size).sum()) {
      throw new IllegalStateException(RESOURCE + " has entries of unknown kinds: " + entries);
    }
  }
}
