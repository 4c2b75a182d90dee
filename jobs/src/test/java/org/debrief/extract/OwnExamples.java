package org.debrief.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.debrief.annotate.ReviewAnnotator;
import org.debrief.evaluate.Evaluation;
import org.debrief.evaluate.GoldLabel;
import org.debrief.evaluate.Prediction;
import org.debrief.evaluate.Scorer;

/**
 * Invented, labelled reviews (own wording) that guard the rules against overfitting: the short
 * {@code own_examples.jsonl}, the longer, review-like {@code blind_examples.jsonl} and the short,
 * never-tuned {@code feedback_check.jsonl} (feedback and follow-up wording).
 */
final class OwnExamples {
  record Example(String text, GoldLabel gold) {}

  private OwnExamples() {}

  static final String OWN = "own_examples.jsonl";
  static final String BLIND = "blind_examples.jsonl";
  static final String FEEDBACK_CHECK = "feedback_check.jsonl";

  static List<Example> read() throws IOException {
    return read(OWN);
  }

  static List<Example> read(String resource) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Example> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                OwnExamples.class.getResourceAsStream("/org/debrief/extract/" + resource),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        out.add(
            new Example(
                n.get("text").asText(),
                new GoldLabel(
                    n.get("id").asText(),
                    strings(n.get("concerns")),
                    n.get("feedback").asText(),
                    strings(n.get("process_issues")),
                    n.get("followed_up").asBoolean())));
      }
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** Annotates and extracts every example of {@code resource} and scores the labels. */
  static Evaluation score(String resource) throws IOException {
    Extractor extractor = Extractor.standard();
    List<GoldLabel> gold = new java.util.ArrayList<>();
    List<Prediction> predictions = new java.util.ArrayList<>();
    for (Example ex : read(resource)) {
      Extraction e = extractor.extract(ex.text(), ReviewAnnotator.shared().annotate(ex.text()));
      gold.add(ex.gold());
      predictions.add(
          new Prediction(
              ex.gold().reviewId(),
              e.concerns(),
              e.feedback(),
              e.processIssues(),
              e.followedUp(),
              null,
              null));
    }
    Evaluation eval = Scorer.score(gold, predictions);
    System.out.println(resource + "\n" + eval.table());
    return eval;
  }
}
