package org.debrief.train;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.annotate.ReviewSentimentFeatures;
import org.debrief.common.RunLayout;
import org.debrief.common.RunStore;
import org.debrief.common.SparkSessions;

/**
 * Dev tool: the learned review sentiment company-disjoint over the rated reviews of runs
 * (arguments: output folders). A review whose company is missing is grouped by its file's name, as
 * the corpus names its employers.
 */
final class SentimentCorpusDevMain {
  public static void main(String[] args) throws Exception {
    SparkSession spark = SparkSessions.session("dev");
    List<SentimentCrossValidation.Example> all = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String a : args) {
      RunLayout run = new RunLayout(new RunStore(org.debrief.common.fs.Location.of(a)).latest());
      Map<String, String> files = new HashMap<>();
      for (Row r :
          spark
              .read()
              .parquet(run.reviews().toString())
              .select(col("review_id"), col("source_file"))
              .collectAsList()) {
        files.put(r.getString(0), r.getString(1));
      }
      for (var e : RatedRun.examples(spark, run)) {
        String group = e.group();
        if (group.equals(CompanyGroups.UNNAMED)) {
          String f = files.get(e.id());
          String stem = f.substring(f.lastIndexOf('/') + 1).replaceAll("\\.[a-z]+$", "");
          String prefix = f.contains("glassdoor-scraper") ? "gsc-" : "dti-";
          group = CompanyGroups.of(prefix + stem + "-0", null);
        }
        String key = e.sentences().stream().map(s -> s.text()).toList().toString();
        if (seen.add(key)) {
          all.add(new SentimentCrossValidation.Example(e.id(), group, e.rating(), e.sentences()));
        }
      }
    }
    spark.stop();
    Map<String, Integer> byGroup = new java.util.TreeMap<>();
    all.forEach(e -> byGroup.merge(e.group() + "/" + e.rating(), 1, Integer::sum));
    System.out.println(all.size() + " rated " + byGroup);
    double reg = Double.parseDouble(System.getProperty("reg", "0.001"));
    if (System.getProperty("bias") != null) {
      biasCeiling(all, new SentimentTraining.Settings(3, reg, 0.75));
      return;
    }
    for (String power : System.getProperty("powers", "0.75").split(",")) {
      var s = new SentimentTraining.Settings(3, reg, Double.parseDouble(power));
      var v =
          List.of(
              SentimentCrossValidation.baseline(all),
              SentimentCrossValidation.learned(all, ReviewSentimentFeatures.Kind.COMBINED, s));
      System.out.println("power " + power + " reg " + reg);
      System.out.print(SentimentCrossValidation.table(v));
    }
  }

  /** Out-of-fold probabilities, then the best per-class log-bias on them (an optimistic bound). */
  static void biasCeiling(
      List<SentimentCrossValidation.Example> all, SentimentTraining.Settings s) {
    var kind = ReviewSentimentFeatures.Kind.COMBINED;
    List<Map<String, Double>> f = new ArrayList<>();
    all.forEach(e -> f.add(kind.of(e.sentences())));
    List<Map<String, Double>> p = new ArrayList<>();
    all.forEach(e -> p.add(null));
    for (String held : SentimentCrossValidation.groups(all)) {
      List<Map<String, Double>> x = new ArrayList<>();
      List<String> y = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        if (!all.get(i).group().equals(held)) {
          x.add(f.get(i));
          y.add(all.get(i).rating());
        }
      }
      var m = SentimentTraining.fitFeatures(kind, x, y, s);
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).group().equals(held)) {
          p.set(i, m.probabilities(f.get(i)));
        }
      }
    }
    double best = 0;
    String bestAt = "";
    for (double bn = -1; bn <= 1.01; bn += 0.1) {
      for (double bu = -1; bu <= 1.51; bu += 0.1) {
        double mf = macro(all, p, bn, bu);
        if (mf > best) {
          best = mf;
          bestAt = String.format("neg %.1f neu %.1f", bn, bu);
        }
      }
    }
    System.out.printf("no bias %.3f; best %.3f at %s%n", macro(all, p, 0, 0), best, bestAt);
  }

  static double macro(
      List<SentimentCrossValidation.Example> all,
      List<Map<String, Double>> p,
      double bn,
      double bu) {
    String[] c = {"negative", "neutral", "positive"};
    int[][] m = new int[3][3];
    for (int i = 0; i < all.size(); i++) {
      double[] s = {
        Math.log(p.get(i).get("negative")) + bn,
        Math.log(p.get(i).get("neutral")) + bu,
        Math.log(p.get(i).get("positive"))
      };
      int k = s[0] >= s[1] && s[0] >= s[2] ? 0 : s[1] >= s[2] ? 1 : 2;
      int g = java.util.Arrays.asList(c).indexOf(all.get(i).rating());
      m[g][k]++;
    }
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      int tp = m[k][k];
      int fp = m[0][k] + m[1][k] + m[2][k] - tp;
      int fn = m[k][0] + m[k][1] + m[k][2] - tp;
      sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
    return sum / 3;
  }
}
