package org.debrief.train;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.util.List;
import org.debrief.common.Json;

/**
 * Dev tool: every variant of the company-disjoint comparison ({@code evaluate --company-disjoint
 * --all-variants}) on labelled reviews cached by {@link LearnedLabelsDevMain} (argument).
 */
final class AllVariantsDevMain {
  public static void main(String[] args) throws Exception {
    List<LabelledReview> reviews =
        Json.MAPPER.readValue(
            Path.of(args[0]).toFile(), new TypeReference<List<LabelledReview>>() {});
    var variants = CompanyDisjointEvaluation.run(reviews, TrainingSettings.DEFAULT, true);
    System.out.print(CompanyDisjointTable.table(variants));
  }
}
