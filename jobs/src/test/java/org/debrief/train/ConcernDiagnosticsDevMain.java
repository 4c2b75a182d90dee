package org.debrief.train;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.debrief.common.Json;
import org.debrief.extract.Extractor;
import org.debrief.extract.LabelTargetIds;

/** Dev tool: per target, the rules' counts on the never-tuned folds, and the chosen decisions. */
final class ConcernDiagnosticsDevMain {
  public static void main(String[] args) throws Exception {
    List<LabelledReview> reviews =
        Json.MAPPER.readValue(
            Path.of(args[0]).toFile(), new TypeReference<List<LabelledReview>>() {});
    Map<String, int[]> counts = new TreeMap<>();
    for (LabelledReview r : reviews) {
      if (!CompanyGroups.neverTuned().contains(r.group())) {
        continue;
      }
      var e = Extractor.standard().extract(r.text(), r.sentences());
      var ruled = LabelTargetIds.of(e);
      var g = r.gold();
      var gold = LabelTargetIds.of(g.concerns(), g.feedback(), g.processIssues(), g.followedUp());
      for (String t : LabelTargetIds.all()) {
        int[] c = counts.computeIfAbsent(t, k -> new int[3]);
        c[0] += ruled.contains(t) && gold.contains(t) ? 1 : 0;
        c[1] += ruled.contains(t) && !gold.contains(t) ? 1 : 0;
        c[2] += !ruled.contains(t) && gold.contains(t) ? 1 : 0;
      }
    }
    counts.forEach(
        (t, c) -> System.out.printf("%-30s tp %4d fp %4d fn %4d%n", t, c[0], c[1], c[2]));
    var examples = LearnedLabelsTraining.examples(reviews);
    var model =
        LearnedLabelsTraining.fit(examples, new TrainingSettings(0.01, 0.5, 4), "model:labels@dev");
    model.decisions().forEach((t, d) -> System.out.println(t + " " + d));
  }
}
