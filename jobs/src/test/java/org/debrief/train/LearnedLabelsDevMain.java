package org.debrief.train;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.Json;
import org.debrief.common.RunLayout;
import org.debrief.common.RunStore;
import org.debrief.common.SparkSessions;
import org.debrief.evaluate.GoldLabel;
import org.debrief.evaluate.LabelsFile;

/**
 * Dev tool: the company-disjoint comparison of the rules and the learned labels over every labelled
 * set. Arguments: the output folder of a run over the labelled sets, and a cache file for the
 * collected reviews (outside the repository: it holds review text).
 */
final class LearnedLabelsDevMain {
  public static void main(String[] args) throws Exception {
    Path cache = Path.of(args[1]);
    List<LabelledReview> reviews;
    if (Files.exists(cache)) {
      reviews = Json.MAPPER.readValue(cache.toFile(), new TypeReference<List<LabelledReview>>() {});
    } else {
      Path shared = Path.of(System.getProperty("debrief.shared", "../../shared"), "data/labelled");
      List<GoldLabel> gold = new ArrayList<>();
      Map<String, String> why = new HashMap<>();
      for (Path f :
          List.of(
              shared.resolve("train_labels.jsonl"),
              shared.resolve("zillow_dev_labels.jsonl"),
              shared.resolve("train2_labels.jsonl"),
              shared.resolve("train3_labels.jsonl"),
              Path.of("../data-samples/labels.jsonl"))) {
        gold.addAll(LabelsFile.read(f));
        why.putAll(LabelsFile.why(f));
      }
      SparkSession spark = SparkSessions.session("dev");
      RunLayout run =
          new RunLayout(new RunStore(org.debrief.common.fs.Location.of(args[0])).latest());
      reviews = LabelledRun.reviews(spark, run, gold, why);
      spark.stop();
      Json.MAPPER.writeValue(cache.toFile(), reviews);
    }
    List<LabelledReview> regrouped = reviews;
    long t0 = System.nanoTime();
    List<String> groups =
        CompanyGroups.ALL.stream()
            .filter(g -> regrouped.stream().anyMatch(r -> r.group().equals(g)))
            .toList();
    var settings =
        new TrainingSettings(
            Double.parseDouble(System.getProperty("reg", "0.01")),
            Double.parseDouble(System.getProperty("power", "0.5")),
            Integer.parseInt(System.getProperty("minpos", "4")));
    List<org.debrief.evaluate.Prediction> rules = new ArrayList<>();
    for (LabelledReview r : regrouped) {
      rules.add(
          CompanyDisjointEvaluation.prediction(
              r, org.debrief.extract.Extractor.standard().extract(r.text(), r.sentences())));
    }
    var learned = CompanyDisjointEvaluation.learned(regrouped, settings);
    System.out.print(
        CompanyDisjointTable.table(
            List.of(
                CompanyDisjointEvaluation.variant("rules", regrouped, groups, rules),
                CompanyDisjointEvaluation.variant("learned", regrouped, groups, learned))));
    System.out.printf("%.1f s%n", (System.nanoTime() - t0) / 1e9);
  }
}
