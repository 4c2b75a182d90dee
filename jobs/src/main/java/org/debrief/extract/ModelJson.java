package org.debrief.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.debrief.common.Json;

/**
 * Logistic models over one feature space as JSON: the space's names once, then per model its
 * intercept and its weights in the names' order, rounded to four decimals (a weight below that
 * moves no probability that matters), so that an artefact stays small and is reproduced byte for
 * byte.
 */
final class ModelJson {
  private static final double WEIGHT_SCALE = 1e4;
  private static final double INTERCEPT_SCALE = 1e6;

  /** Models read back, with their space. */
  record Models(FeatureSpace space, Map<String, LogisticModel> models) {}

  private ModelJson() {}

  static ObjectNode models(FeatureSpace space, Map<String, LogisticModel> models) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    ArrayNode names = out.putArray("feature_names");
    space.names().forEach(names::add);
    ObjectNode all = out.putObject("models");
    new TreeMap<>(models)
        .forEach(
            (target, m) -> {
              ObjectNode n = all.putObject(target);
              n.put("intercept", Math.round(m.intercept() * INTERCEPT_SCALE) / INTERCEPT_SCALE);
              ArrayNode w = n.putArray("weights");
              for (double d : m.weights()) {
                w.add(Math.round(d * WEIGHT_SCALE) / WEIGHT_SCALE);
              }
            });
    return out;
  }

  static Models read(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.get("feature_names").forEach(n -> names.add(n.asText()));
    Map<String, LogisticModel> models = new TreeMap<>();
    node.get("models")
        .fields()
        .forEachRemaining(
            f -> {
              JsonNode w = f.getValue().get("weights");
              double[] weights = new double[w.size()];
              for (int i = 0; i < weights.length; i++) {
                weights[i] = w.get(i).asDouble();
              }
              models.put(
                  f.getKey(), new LogisticModel(weights, f.getValue().get("intercept").asDouble()));
            });
    return new Models(new FeatureSpace(names), models);
  }
}
