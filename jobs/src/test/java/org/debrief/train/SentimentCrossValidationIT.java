package org.debrief.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.annotate.RatedReview;
import org.debrief.annotate.RatedReviews;
import org.debrief.annotate.ReviewAnnotator;
import org.debrief.annotate.ReviewSentimentFeatures.Kind;
import org.junit.jupiter.api.Test;

/**
 * The learned review sentiment on every rated review of ../shared/data (read at run time),
 * company-disjoint: annotates about 1,800 reviews on two threads, then fits and scores four folds.
 */
class SentimentCrossValidationIT {
  private static final int THREADS = 2;

  @Test
  void combinedModelBeatsTodaysSentimentOnUnseenCompanies() throws Exception {
    List<SentimentCrossValidation.Example> examples = examples();

    SentimentCrossValidation.Variant baseline = SentimentCrossValidation.baseline(examples);
    SentimentCrossValidation.Variant combined =
        SentimentCrossValidation.learned(
            examples, Kind.COMBINED, SentimentTraining.Settings.DEFAULT);
    System.out.print(SentimentCrossValidation.table(List.of(baseline, combined)));

    assertThat(examples).hasSizeGreaterThan(1_700);
    // Measured 0.489 (baseline 0.432) on 1,804 reviews; the run-based dev main, which also has
    // Microsoft and the samples, gives 0.502.
    assertThat(combined.pooled().macroF1()).isGreaterThanOrEqualTo(0.48);
    assertThat(combined.pooled().macroF1()).isGreaterThan(baseline.pooled().macroF1() + 0.04);
  }

  private static List<SentimentCrossValidation.Example> examples()
      throws InterruptedException, ExecutionException {
    List<RatedReview> rated = new ArrayList<>();
    RatedReviews.dev().stream().filter(r -> r.rating() != null).forEach(rated::add);
    rated.addAll(RatedReviews.calibration());
    ReviewAnnotator annotator = ReviewAnnotator.shared();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<AnnotatedSentence>>> annotated = new ArrayList<>();
      for (RatedReview r : rated) {
        annotated.add(pool.submit(() -> annotator.annotate(r.text())));
      }
      List<SentimentCrossValidation.Example> out = new ArrayList<>();
      for (int i = 0; i < rated.size(); i++) {
        RatedReview r = rated.get(i);
        out.add(
            new SentimentCrossValidation.Example(
                r.id(), group(r.source()), r.rating(), annotated.get(i).get()));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String group(String source) {
    return switch (source) {
      case "dev", "zillow" -> CompanyGroups.ZILLOW;
      case "india" -> CompanyGroups.INDIA;
      case "apple" -> CompanyGroups.APPLE_MICROSOFT;
      default -> throw new IllegalArgumentException("unknown source " + source);
    };
  }
}
