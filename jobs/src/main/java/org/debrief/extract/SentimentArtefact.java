package org.debrief.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import org.debrief.annotate.ReviewSentimentFeatures;

/**
 * The learned review sentiment as shipped: the model, its version, the fingerprint of the rated
 * reviews it was fitted on, and its company-disjoint scores beside today's derivation.
 */
public record SentimentArtefact(
    String version, String fingerprint, SentimentModel model, JsonNode scores) {
  private static final ObjectMapper JSON = org.debrief.common.Json.MAPPER;
  private static final String RESOURCE = "/org/debrief/extract/review-sentiment.json";

  /** The artefact shipped with Debrief, read once per JVM. */
  public static SentimentArtefact standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final SentimentArtefact INSTANCE = load();

    private static SentimentArtefact load() {
      try (InputStream in = SentimentArtefact.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the jar; run debrief train");
        }
        return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** How outputs name the model. */
  public String source() {
    return "model:review-sentiment@" + version;
  }

  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", version);
    root.put("source", source());
    root.put("fingerprint", fingerprint);
    root.put("features", model.kind().name());
    root.set("scores", scores);
    ArrayNode names = root.putArray("feature_names");
    model.space().names().forEach(names::add);
    ObjectNode models = root.putObject("models");
    new TreeMap<>(model.models())
        .forEach(
            (polarity, m) -> {
              ObjectNode n = models.putObject(polarity);
              n.put("intercept", m.intercept());
              ArrayNode w = n.putArray("weights");
              for (double d : m.weights()) {
                w.add(d);
              }
            });
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static SentimentArtefact fromJson(String text) throws IOException {
    JsonNode root = JSON.readTree(text);
    ModelJson.Models read = ModelJson.read(root);
    SentimentModel model =
        new SentimentModel(
            ReviewSentimentFeatures.Kind.valueOf(root.get("features").asText()),
            read.space(),
            read.models());
    return new SentimentArtefact(
        root.get("version").asText(), root.get("fingerprint").asText(), model, root.get("scores"));
  }
}
