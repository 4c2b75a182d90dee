package org.debrief.train;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import org.debrief.annotate.ReviewSentimentFeatures;
import org.debrief.common.Sha256;
import org.debrief.extract.SentimentArtefact;

/**
 * Fits the shipped review sentiment on every rated review, after scoring it company by company
 * against today's derivation; both scores go into the artefact.
 */
public final class SentimentArtefactTraining {
  static final ReviewSentimentFeatures.Kind KIND = ReviewSentimentFeatures.Kind.COMBINED;

  private SentimentArtefactTraining() {}

  public static SentimentArtefact fit(
      List<SentimentCrossValidation.Example> examples, String version) {
    SentimentTraining.Settings settings = SentimentTraining.Settings.DEFAULT;
    ObjectNode scores = org.debrief.common.Json.MAPPER.createObjectNode();
    scores.set("baseline", scores(SentimentCrossValidation.baseline(examples)));
    scores.set("learned", scores(SentimentCrossValidation.learned(examples, KIND, settings)));
    var model =
        SentimentTraining.fit(
            KIND,
            examples.stream().map(SentimentCrossValidation.Example::sentences).toList(),
            examples.stream().map(SentimentCrossValidation.Example::rating).toList(),
            settings);
    return new SentimentArtefact(version, fingerprint(examples), model, scores);
  }

  private static ObjectNode scores(SentimentCrossValidation.Variant v) {
    ObjectNode n = org.debrief.common.Json.MAPPER.createObjectNode();
    ObjectNode groups = n.putObject("held_out_macro_f1");
    v.perGroup().forEach((g, c) -> groups.put(g, c.macroF1()));
    n.put("pooled_macro_f1", v.pooled().macroF1());
    n.put("pooled_reviews", v.pooled().scored());
    return n;
  }

  /** SHA-256 over the examples' ids, ratings and sentence texts, in id order. */
  static String fingerprint(List<SentimentCrossValidation.Example> examples) {
    StringBuilder all = new StringBuilder();
    examples.stream()
        .sorted(Comparator.comparing(SentimentCrossValidation.Example::id))
        .forEach(
            e -> {
              all.append(e.id()).append('\t').append(e.rating()).append('\n');
              e.sentences().forEach(s -> all.append(s.text()));
            });
    return Sha256.of(all.toString());
  }
}
