package org.debrief.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.debrief.common.fs.Location;

/**
 * Reads gold labels: JSON Lines with review_id, concerns, feedback, process_issues, followed_up.
 */
public final class LabelsFile {
  private static final ObjectMapper JSON = org.debrief.common.Json.MAPPER;

  private LabelsFile() {}

  public static List<GoldLabel> read(Path file) throws IOException {
    return read(Location.local(file));
  }

  /** The labels in {@code file}, on any file system. */
  public static List<GoldLabel> read(Location file) throws IOException {
    List<GoldLabel> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new java.io.InputStreamReader(file.open(), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          out.add(parse(file, number, line));
        }
      }
    }
    return out;
  }

  /** Review id → the labeller's {@code why} quotes; a line without one maps to "". */
  public static java.util.Map<String, String> why(Path file) throws IOException {
    return why(Location.local(file));
  }

  public static java.util.Map<String, String> why(Location file) throws IOException {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String line : file.readString().split("\r?\n")) {
      if (!line.isBlank()) {
        JsonNode node = JSON.readTree(line);
        out.put(node.path("review_id").asText(), node.path("why").asText(""));
      }
    }
    return out;
  }

  private static GoldLabel parse(Location file, int number, String line) throws IOException {
    JsonNode node = JSON.readTree(line);
    for (String field :
        List.of("review_id", "concerns", "feedback", "process_issues", "followed_up")) {
      if (!node.hasNonNull(field)) {
        throw new IOException(
            file.display()
                + ":"
                + number
                + ": missing '"
                + field
                + "'; each line needs review_id, concerns,"
                + " feedback, process_issues and followed_up");
      }
    }
    return new GoldLabel(
        node.get("review_id").asText(),
        strings(node.get("concerns")),
        node.get("feedback").asText(),
        strings(node.get("process_issues")),
        node.get("followed_up").asBoolean());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return List.copyOf(out);
  }
}
