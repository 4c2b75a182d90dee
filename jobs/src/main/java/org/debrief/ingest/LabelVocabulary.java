package org.debrief.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.debrief.common.Json;

/**
 * Maps the label cells of exports (offer, experience, difficulty) to the contract's ids. A value it
 * does not know becomes null, never a guess: a difficulty found under experience stays null.
 */
public final class LabelVocabulary implements Serializable {
  private static final String RESOURCE = "/org/debrief/ingest/labels.json";

  private final Map<String, Map<String, String>> byLabel;

  private LabelVocabulary(Map<String, Map<String, String>> byLabel) {
    this.byLabel = byLabel;
  }

  public static LabelVocabulary bundled() {
    try (InputStream in = LabelVocabulary.class.getResourceAsStream(RESOURCE)) {
      Map<String, Object> raw = Json.MAPPER.readValue(in, new TypeReference<>() {});
      raw.remove("_comment");
      return new LabelVocabulary(Json.MAPPER.convertValue(raw, new TypeReference<>() {}));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }

  public String offer(String cell) {
    return lookup("offer", cell);
  }

  public String experience(String cell) {
    return lookup("experience", cell);
  }

  public String difficulty(String cell) {
    return lookup("difficulty", cell);
  }

  private String lookup(String label, String cell) {
    if (cell == null) {
      return null;
    }
    String key = Texts.foldWhitespace(cell).toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
    return byLabel.get(label).get(key);
  }
}
