package org.debrief.train;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.debrief.common.Json;

/**
 * Dev tool: fits learned-labels.json from cached labelled reviews (see {@link
 * LearnedLabelsDevMain}), as {@code debrief train} does from a run. Arguments: the cache, the
 * artefact to write.
 */
final class LearnedLabelsArtefactDevMain {
  public static void main(String[] args) throws Exception {
    List<LabelledReview> reviews =
        Json.MAPPER.readValue(
            Path.of(args[0]).toFile(), new TypeReference<List<LabelledReview>>() {});
    long t0 = System.nanoTime();
    var a = LearnedLabelsArtefactTraining.fit(reviews, "1", TrainingSettings.LEARNED_LABELS);
    Files.writeString(Path.of(args[1]), a.toJson());
    System.out.println(a.scores().toPrettyString());
    System.out.printf(
        "quote threshold %.3f; %.1f s%n", a.quoteThreshold(), (System.nanoTime() - t0) / 1e9);
  }
}
