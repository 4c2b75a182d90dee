package org.debrief.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.debrief.common.Json;

/** The restate → clarify → offer-proof playbooks of {@code playbooks.json}, one per concern. */
public final class Playbooks {
  private static final String RESOURCE = "/org/debrief/report/playbooks.json";

  /** One concern's playbook with its worked example. */
  public record Playbook(
      String concern,
      String title,
      String restate,
      String clarify,
      String offerProof,
      String exampleConcern,
      String exampleRestate,
      String exampleClarify,
      String exampleProof) {}

  private Playbooks() {}

  public static Map<String, Playbook> standard() {
    try (InputStream in = Playbooks.class.getResourceAsStream(RESOURCE)) {
      JsonNode all = Json.MAPPER.readTree(in).get("playbooks");
      Map<String, Playbook> out = new LinkedHashMap<>();
      all.fields()
          .forEachRemaining(
              e -> {
                JsonNode p = e.getValue();
                out.put(
                    e.getKey(),
                    new Playbook(
                        e.getKey(),
                        p.get("title").asText(),
                        p.get("restate").asText(),
                        p.get("clarify").asText(),
                        p.get("offer_proof").asText(),
                        p.get("example_concern").asText(),
                        p.get("example_restate").asText(),
                        p.get("example_clarify").asText(),
                        p.get("example_proof").asText()));
              });
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
