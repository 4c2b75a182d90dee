package org.debrief.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.debrief.common.Json;

/**
 * The learned labels as shipped: the models and the choices of who decides each target, the judge
 * of concern hits, the quote threshold, the fingerprint of the labelled reviews it was fitted on
 * and its company-disjoint scores. The report quotes only concern evidence at or above the quote
 * threshold, chosen on company folds the models were not fitted on for precision ≥ 0.9.
 */
public record LearnedLabelsArtefact(
    String version,
    String fingerprint,
    double quoteThreshold,
    LearnedLabels labels,
    JsonNode settings,
    JsonNode scores) {
  private static final String RESOURCE = "/org/debrief/extract/learned-labels.json";

  /** The artefact shipped with Debrief, read once per JVM. */
  public static LearnedLabelsArtefact standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final LearnedLabelsArtefact INSTANCE = load();

    private static LearnedLabelsArtefact load() {
      try (InputStream in = LearnedLabelsArtefact.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the jar; run debrief train");
        }
        return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  public static String source(String version) {
    return "model:learned-labels@" + version;
  }

  public String toJson() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("version", version);
    root.put("source", labels.source());
    root.put("fingerprint", fingerprint);
    root.put("quote_threshold", quoteThreshold);
    root.set("settings", settings);
    root.set("scores", scores);
    ObjectNode decisions = root.putObject("decisions");
    labels
        .decisions()
        .forEach(
            (t, d) -> {
              ObjectNode n = decisions.putObject(t);
              n.put("mode", d.mode().name().toLowerCase(java.util.Locale.ROOT));
              n.put("threshold", d.threshold());
            });
    root.set("models", ModelJson.models(labels.space(), labels.models()));
    JudgeModel judge = labels.concernJudge();
    if (judge != null) {
      ObjectNode j = root.putObject("concern_judge");
      j.put("threshold", judge.thresholds().get(HitFeatures.CONCERN_MODEL));
      j.set("models", ModelJson.models(judge.space(), judge.models()));
    }
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static LearnedLabelsArtefact fromJson(String text) throws IOException {
    JsonNode root = Json.MAPPER.readTree(text);
    Map<String, TargetDecision> decisions = new TreeMap<>();
    root.get("decisions")
        .fields()
        .forEachRemaining(
            f ->
                decisions.put(
                    f.getKey(),
                    new TargetDecision(
                        TargetDecision.Mode.valueOf(
                            f.getValue().get("mode").asText().toUpperCase(java.util.Locale.ROOT)),
                        f.getValue().get("threshold").asDouble())));
    ModelJson.Models models = ModelJson.read(root.get("models"));
    JudgeModel judge = null;
    JsonNode j = root.get("concern_judge");
    if (j != null && !j.isNull()) {
      ModelJson.Models m = ModelJson.read(j.get("models"));
      judge =
          new JudgeModel(
              "model:concern-judge@" + root.get("version").asText(),
              m.space(),
              m.models(),
              Map.of(HitFeatures.CONCERN_MODEL, j.get("threshold").asDouble()));
    }
    return new LearnedLabelsArtefact(
        root.get("version").asText(),
        root.get("fingerprint").asText(),
        root.get("quote_threshold").asDouble(),
        new LearnedLabels(
            root.get("source").asText(), models.space(), models.models(), decisions, judge),
        root.get("settings"),
        root.get("scores"));
  }
}
