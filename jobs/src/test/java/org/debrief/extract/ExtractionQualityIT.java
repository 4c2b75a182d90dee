package org.debrief.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.annotate.ReviewAnnotator;
import org.debrief.common.NeedsShared;
import org.debrief.evaluate.Evaluation;
import org.debrief.evaluate.GoldLabel;
import org.debrief.evaluate.LabelsFile;
import org.debrief.evaluate.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Annotates and extracts the 120 labelled dev reviews (read from ../shared at run time, never
 * copied) and holds the extraction to its quality floors.
 */
@NeedsShared
class ExtractionQualityIT {

  @Test
  void meetsTheFloorsOnTheDevSet() throws IOException {
    List<LabelledReviews.Review> reviews = LabelledReviews.read(LabelledReviews.devCsv());
    List<GoldLabel> gold = LabelsFile.read(LabelledReviews.devLabels());
    Map<String, List<AnnotatedSentence>> annotations = new LinkedHashMap<>();
    for (LabelledReviews.Review r : reviews) {
      annotations.put(r.id(), ReviewAnnotator.shared().annotate(r.text()));
    }
    Evaluation eval =
        Scorer.score(gold, DevPredictions.of(Extractor.standard(), reviews, annotations));
    System.out.println(eval.table());
    Files.writeString(Path.of("target/extraction-quality-dev.json"), eval.toJson());

    assertThat(eval.goldReviews()).isEqualTo(120);
    assertThat(eval.missingPredictions()).isZero();
    assertThat(eval.concerns().micro().f1()).as("concerns micro-F1").isGreaterThanOrEqualTo(0.60);
    assertThat(eval.feedback().macroF1()).as("feedback macro-F1").isGreaterThanOrEqualTo(0.75);
    assertThat(eval.processIssues().micro().f1())
        .as("process_issues micro-F1")
        .isGreaterThanOrEqualTo(0.70);
    assertThat(eval.followedUp().f1()).as("followed_up F1").isGreaterThanOrEqualTo(0.70);
  }
}
