package org.debrief.train;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.util.List;
import org.debrief.common.Json;
import org.debrief.extract.Extractor;
import org.debrief.extract.LearnedLabelsArtefact;

/**
 * Dev tool: what the shipped learned labels cost per 1,000 reviews against the rules alone, on the
 * cached labelled reviews (argument), one thread, after a warm-up pass.
 */
final class LearnedLabelsCostDevMain {
  public static void main(String[] args) throws Exception {
    List<LabelledReview> reviews =
        Json.MAPPER.readValue(
            Path.of(args[0]).toFile(), new TypeReference<List<LabelledReview>>() {});
    var learned = LearnedLabelsArtefact.standard().labels();
    for (int pass = 0; pass < 3; pass++) {
      long t0 = System.nanoTime();
      reviews.forEach(r -> Extractor.standard().extract(r.text(), r.sentences()));
      long t1 = System.nanoTime();
      reviews.forEach(r -> learned.extract(r.text(), r.sentences()));
      long t2 = System.nanoTime();
      System.out.printf(
          "pass %d: rules %.2f s, learned labels (rules included) %.2f s per 1,000 reviews%n",
          pass, (t1 - t0) / 1e6 / reviews.size(), (t2 - t1) / 1e6 / reviews.size());
    }
  }
}
