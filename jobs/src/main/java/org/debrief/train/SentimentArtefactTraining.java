package org.debrief.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.debrief.annotate.ReviewSentimentFeatures;
import org.debrief.extract.SentimentArtefact;

/**
 * Fits the shipped review sentiment on every rated review, after scoring it company by company
 * against today's derivation; both scores go into the artefact.
 */
public final class SentimentArtefactTraining {
  static final ReviewSentimentFeatures.Kind KIND = ReviewSentimentFeatures.Kind.COMBINED;
  private static final ObjectMapper JSON = new ObjectMapper();

  private SentimentArtefactTraining() {}

  public static SentimentArtefact fit(
      List<SentimentCrossValidation.Example> examples, String version) {
    SentimentTraining.Settings settings = SentimentTraining.Settings.DEFAULT;
    ObjectNode scores = JSON.createObjectNode();
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
    ObjectNode n = JSON.createObjectNode();
    ObjectNode groups = n.putObject("held_out_macro_f1");
    v.perGroup().forEach((g, c) -> groups.put(g, c.macroF1()));
    n.put("pooled_macro_f1", v.pooled().macroF1());
    n.put("pooled_reviews", v.pooled().scored());
    return n;
  }

  /** SHA-256 over the examples' ids, ratings and sentence texts, in id order. */
  static String fingerprint(List<SentimentCrossValidation.Example> examples) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      examples.stream()
          .sorted(Comparator.comparing(SentimentCrossValidation.Example::id))
          .forEach(
              e -> {
                d.update((e.id() + "\t" + e.rating() + "\n").getBytes(StandardCharsets.UTF_8));
                e.sentences().forEach(s -> d.update(s.text().getBytes(StandardCharsets.UTF_8)));
              });
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
