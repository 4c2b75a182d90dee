package org.debrief.train;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.util.List;
import org.debrief.common.Json;

/** Dev tool: {@link CompanyDisjointDevMain#ranking} on the cached labelled reviews. */
final class RankingDevMain {
  public static void main(String[] args) throws Exception {
    List<LabelledReview> reviews =
        Json.MAPPER.readValue(
            Path.of(args[0]).toFile(), new TypeReference<List<LabelledReview>>() {});
    CompanyDisjointDevMain.ranking(reviews);
  }
}
