package org.debrief.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.debrief.annotate.AnnotatedSentence;

/** Dev tool: annotates every labelled review (dev, train, data-samples) once into /tmp caches. */
public final class LabelledCorpusCache {
  public static final Path CACHE = Path.of("/tmp/debrief-labelled-annotations.json");

  private LabelledCorpusCache() {}

  /** Every labelled review, in file order: zillow_dev, train, data-samples. */
  public static List<LabelledReviews.Review> reviews() throws IOException {
    List<LabelledReviews.Review> out = new ArrayList<>();
    out.addAll(LabelledReviews.read(LabelledReviews.devCsv()));
    out.addAll(LabelledReviews.read(LabelledReviews.shared().resolve("data/labelled/train.csv")));
    out.addAll(DataSamplesDevMain.read(Path.of("../data-samples")));
    return out;
  }

  public static Map<String, List<AnnotatedSentence>> annotations(
      List<LabelledReviews.Review> reviews) throws IOException {
    return AnnotationCache.load(CACHE, reviews);
  }

  public static void main(String[] args) throws IOException {
    var reviews = reviews();
    System.out.println(reviews.size() + " reviews; " + annotations(reviews).size() + " annotated");
  }
}
