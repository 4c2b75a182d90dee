package org.debrief.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.evaluate.GoldLabel;
import org.debrief.evaluate.LabelsFile;
import org.debrief.evaluate.Prediction;
import org.debrief.evaluate.Scorer;

/** Dev tool: scores the rules on the cached dev annotations and prints every disagreement. */
final class ExtractionDevMain {
  public static void main(String[] args) throws Exception {
    var reviews = LabelledReviews.read(LabelledReviews.devCsv());
    Map<String, List<AnnotatedSentence>> annotations =
        AnnotationCache.load(Path.of("/tmp/debrief-dev-annotations.json"), reviews);
    List<GoldLabel> gold = LabelsFile.read(LabelledReviews.devLabels());
    Extractor extractor = Extractor.standard();
    List<Prediction> predictions = DevPredictions.of(extractor, reviews, annotations);
    Map<String, Prediction> byId =
        predictions.stream().collect(Collectors.toMap(Prediction::reviewId, Function.identity()));
    var texts = reviews.stream().collect(Collectors.toMap(LabelledReviews.Review::id, r -> r));
    for (GoldLabel g : gold) {
      Prediction p = byId.get(g.reviewId());
      if (DevPredictions.agree(g, p)) {
        continue;
      }
      System.out.printf(
          "%s gold %s %s %s %s | pred %s %s %s %s%n",
          g.reviewId(),
          g.concerns(),
          g.feedback(),
          g.processIssues(),
          g.followedUp(),
          p.concerns(),
          p.feedback(),
          p.processIssues(),
          p.followedUp());
      if (args.length > 0) {
        Extraction e =
            extractor.extract(texts.get(g.reviewId()).text(), annotations.get(g.reviewId()));
        e.evidence()
            .forEach(
                ev ->
                    System.out.printf(
                        "    %s %s: %s%n",
                        ev.label(), ev.rule(), ev.sentence().replace('\n', ' ')));
      }
    }
    System.out.println(Scorer.score(gold, predictions).table());
  }
}
