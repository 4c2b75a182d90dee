package org.debrief.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.RunLayout;
import org.debrief.common.RunStore;
import org.debrief.common.SparkSessions;
import org.debrief.evaluate.GoldLabel;
import org.debrief.evaluate.LabelsFile;

/**
 * Dev tool: loads the labelled reviews of a run over the labelled sets (argument: its output
 * folder) and prints the company-disjoint comparison with the pooled per-label table of each
 * variant.
 */
final class CompanyDisjointDevMain {
  public static void main(String[] args) throws Exception {
    Path shared = Path.of(System.getProperty("debrief.shared", "../../shared"), "data/labelled");
    List<Path> files =
        List.of(
            shared.resolve("train_labels.jsonl"),
            shared.resolve("zillow_dev_labels.jsonl"),
            Path.of("../data-samples/labels.jsonl"));
    List<GoldLabel> gold = new ArrayList<>();
    Map<String, String> why = new HashMap<>();
    for (Path f : files) {
      gold.addAll(LabelsFile.read(f));
      why.putAll(LabelsFile.why(f));
    }
    SparkSession spark = SparkSessions.session("dev");
    RunLayout run =
        new RunLayout(new RunStore(org.debrief.common.fs.Location.of(args[0])).latest());
    List<LabelledReview> reviews = LabelledRun.reviews(spark, run, gold, why);
    spark.stop();
    if (args.length > 2) {
      int withWhy = 0, matched = 0, sentencesPos = 0;
      for (LabelledReview r : reviews) {
        if (r.why() != null && !r.why().isBlank() && !LabelTargets.of(r.gold()).isEmpty()) {
          withWhy++;
          long n = SentenceTargets.of(r).stream().filter(x -> !x.isEmpty()).count();
          sentencesPos += n;
          if (n > 0) {
            matched++;
          } else if (matched < 400 && withWhy % 10 == 0) {
            System.out.println(
                "UNMATCHED why=" + r.why().substring(0, Math.min(80, r.why().length())));
          }
        }
      }
      System.out.printf(
          "why %d, matched %d, positive sentences %d%n", withWhy, matched, sentencesPos);
      ranking(reviews);
      return;
    }
    var variants = CompanyDisjointEvaluation.run(reviews, TrainingSettings.DEFAULT, true);
    System.out.print(CompanyDisjointTable.table(variants));
    if (args.length > 1) {
      variants.forEach(v -> System.out.println(v.name() + "\n" + v.pooled().table()));
    }
  }

  /** Review-level best F1 of max sentence probability per target, against the rules' F1. */
  static void ranking(List<LabelledReview> reviews) {
    double reg = Double.parseDouble(System.getProperty("reg", "0.01"));
    double power = Double.parseDouble(System.getProperty("power", "0"));
    var named = SentenceProbabilities.named(reviews);
    List<String> groups = CompanyGroups.ALL;
    var oof =
        OutOfFold.probabilities(
            reviews, named, groups, LabelTargets.all(), new TrainingSettings(reg, power, 4));
    for (String t : LabelTargets.all()) {
      List<double[]> pairs = new ArrayList<>();
      int ruleTp = 0, ruleFp = 0, pos = 0;
      for (int i = 0; i < reviews.size(); i++) {
        LabelledReview r = reviews.get(i);
        boolean gold = LabelTargets.of(r.gold()).contains(t);
        double m = oof.get(i).stream().mapToDouble(p -> p.getOrDefault(t, 0.0)).max().orElse(0);
        pairs.add(new double[] {m, gold ? 1 : 0});
        pos += gold ? 1 : 0;
        var e = org.debrief.extract.Extractor.standard().extract(r.text(), r.sentences());
        boolean rule =
            LabelTargets.of(
                    new GoldLabel(
                        r.id(), e.concerns(), e.feedback(), e.processIssues(), e.followedUp()))
                .contains(t);
        ruleTp += rule && gold ? 1 : 0;
        ruleFp += rule && !gold ? 1 : 0;
      }
      pairs.sort((a, b) -> Double.compare(b[0], a[0]));
      double best = 0, bestT = 0;
      int tp = 0;
      for (int k = 0; k < pairs.size(); k++) {
        tp += (int) pairs.get(k)[1];
        double f = 2.0 * tp / (k + 1 + pos);
        if (f > best) {
          best = f;
          bestT = pairs.get(k)[0];
        }
      }
      double ruleF = 2.0 * ruleTp / (ruleTp + ruleFp + pos);
      System.out.printf(
          "%-26s pos %3d  model bestF1 %.3f at %.2f   rules F1 %.3f%n", t, pos, best, bestT, ruleF);
    }
  }
}
