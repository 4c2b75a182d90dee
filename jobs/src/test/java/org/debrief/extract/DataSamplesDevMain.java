package org.debrief.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.evaluate.GoldLabel;
import org.debrief.evaluate.LabelsFile;
import org.debrief.evaluate.Prediction;
import org.debrief.evaluate.Scorer;
import org.debrief.ingest.FileIngest;
import org.debrief.ingest.IngestOptions;
import org.debrief.ingest.IngestRow;
import org.debrief.ingest.LabelVocabulary;
import org.debrief.ingest.LayoutRegistry;
import org.debrief.ingest.ReviewMapper;

/**
 * Dev tool: scores the rules on the labelled reviews of {@code data-samples/} (written by another
 * engineer, so a check of how the rules generalise) from an annotation cache in /tmp, and prints
 * every disagreement; pass any argument to see the evidence. The files are read with ingest's own
 * readers, so the texts and ids are those of a real run.
 */
final class DataSamplesDevMain {
  private static final List<String> FILES =
      List.of(
          "canonical/reviews.csv",
          "canonical/more.jsonl",
          "scraped/interviews.csv",
          "spreadsheet/panel_export.csv");

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(System.getProperty("debrief.samples", "../data-samples"));
    List<LabelledReviews.Review> reviews = read(dir);
    Map<String, List<AnnotatedSentence>> annotations =
        AnnotationCache.load(Path.of("/tmp/debrief-samples-annotations.json"), reviews);
    Extractor extractor = Extractor.standard();
    Map<String, Prediction> byId = new LinkedHashMap<>();
    for (Prediction p : DevPredictions.of(extractor, reviews, annotations)) {
      byId.put(p.reviewId(), p);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    reviews.forEach(r -> texts.put(r.id(), r.text()));
    List<GoldLabel> gold = LabelsFile.read(dir.resolve("labels.jsonl"));
    List<Prediction> predictions = new ArrayList<>();
    for (GoldLabel g : gold) {
      Prediction p = byId.get(g.reviewId());
      if (p == null) {
        throw new IllegalStateException("no review in " + dir + " has the labelled id " + g);
      }
      predictions.add(p);
      if (!DevPredictions.agree(g, p)) {
        DevPredictions.printDisagreement(g, p, texts.get(g.reviewId()));
        if (args.length > 0) {
          DevPredictions.printEvidence(
              extractor.extract(texts.get(g.reviewId()), annotations.get(g.reviewId())));
        }
      }
    }
    System.out.println(Scorer.score(gold, predictions).table());
  }

  /** The accepted reviews of the sample files, keyed by the id ingest gives them. */
  static List<LabelledReviews.Review> read(Path dir) {
    FileIngest ingest =
        new FileIngest(
            LayoutRegistry.load(null),
            null,
            new ReviewMapper(LabelVocabulary.bundled(), IngestOptions.DEFAULT_MAX_TEXT_CHARS));
    List<LabelledReviews.Review> out = new ArrayList<>();
    for (String file : FILES) {
      for (IngestRow row :
          ingest.read(
              dir.resolve(file).toString(),
              org.debrief.common.fs.Location.local(dir.resolve(file)),
              org.debrief.common.fs.HadoopConfCopy.ofDriver())) {
        if (row.kind().equals(IngestRow.REVIEW)) {
          out.add(new LabelledReviews.Review(row.review().reviewId(), row.review().text(), null));
        }
      }
    }
    return out;
  }
}
