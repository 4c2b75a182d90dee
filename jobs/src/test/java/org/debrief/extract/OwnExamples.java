package org.debrief.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.debrief.evaluate.GoldLabel;

/** Invented, labelled short reviews (own wording) that guard the rules against overfitting. */
final class OwnExamples {
  record Example(String text, GoldLabel gold) {}

  private OwnExamples() {}

  static List<Example> read() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Example> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                OwnExamples.class.getResourceAsStream("/org/debrief/extract/own_examples.jsonl"),
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
}
