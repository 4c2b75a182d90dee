package org.debrief.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each rule's evidence was right on hand-labelled reviews, as the probability its
 * evidence carries: the share of a rule's hits whose review has the label, shrunk towards its
 * label's share when the rule fired only a few times. The quote threshold is the learned labels'
 * ({@link LearnedLabelsArtefact}): concern evidence carries the judge's probability there.
 *
 * @param fingerprint SHA-256 of the labelled reviews and labels it was counted on
 * @param byHit {@code label|rule} → counts and probability
 * @param byLabel label → the probability of a hit of a rule never seen on labelled reviews
 */
public record RulePrecision(
    String version, String fingerprint, Map<String, Count> byHit, Map<String, Double> byLabel) {
  private static final ObjectMapper JSON = org.debrief.common.Json.MAPPER;
  private static final String RESOURCE = "/org/debrief/extract/rule-precision.json";

  /** How many times a rule's hit was right, of how many, and the probability derived. */
  public record Count(int hits, int correct, double probability) {}

  /** The artefact shipped with Debrief, read once per JVM. */
  public static RulePrecision standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final RulePrecision INSTANCE = load();

    private static RulePrecision load() {
      try (InputStream in = RulePrecision.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the jar; run debrief train");
        }
        return fromJson(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** How evidence names this artefact. */
  public String source() {
    return "model:rule-precision@" + version;
  }

  public double probability(String label, String rule) {
    Count c = byHit.get(label + "|" + rule);
    return c != null ? c.probability() : byLabel.getOrDefault(label, 0.5);
  }

  /**
   * The extraction with each rule evidence's probability set from its rule's record; evidence a
   * model gave a probability ({@code model:} in its source) keeps it.
   */
  public Extraction calibrated(Extraction e) {
    List<Evidence> evidence =
        e.evidence().stream()
            .map(
                ev ->
                    ev.rule().contains("model:")
                        ? ev
                        : new Evidence(
                            ev.label(),
                            ev.sentence(),
                            ev.begin(),
                            ev.end(),
                            ev.rule(),
                            probability(ev.label(), ev.rule())))
            .toList();
    return new Extraction(e.concerns(), e.feedback(), e.processIssues(), e.followedUp(), evidence);
  }

  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", version);
    root.put("source", source());
    root.put("fingerprint", fingerprint);
    ObjectNode labels = root.putObject("by_label");
    new TreeMap<>(byLabel).forEach(labels::put);
    ObjectNode hits = root.putObject("by_hit");
    new TreeMap<>(byHit)
        .forEach(
            (k, c) -> {
              ObjectNode n = hits.putObject(k);
              n.put("hits", c.hits());
              n.put("correct", c.correct());
              n.put("probability", c.probability());
            });
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RulePrecision fromJson(String text) throws IOException {
    JsonNode root = JSON.readTree(text);
    Map<String, Double> labels = new TreeMap<>();
    root.get("by_label")
        .fields()
        .forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asDouble()));
    Map<String, Count> hits = new TreeMap<>();
    root.get("by_hit")
        .fields()
        .forEachRemaining(
            f ->
                hits.put(
                    f.getKey(),
                    new Count(
                        f.getValue().get("hits").asInt(),
                        f.getValue().get("correct").asInt(),
                        f.getValue().get("probability").asDouble())));
    return new RulePrecision(
        root.get("version").asText(), root.get("fingerprint").asText(), hits, labels);
  }
}
