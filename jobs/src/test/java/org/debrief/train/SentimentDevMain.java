package org.debrief.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.RunLayout;
import org.debrief.common.SparkSessions;

/**
 * Prints the company-disjoint comparison of review sentiment derivations on a finished run's rated
 * reviews: {@code SentimentDevMain [run folder, default /tmp/all-run/latest]}.
 */
public final class SentimentDevMain {
  private SentimentDevMain() {}

  public static void main(String[] args) {
    Path run = Path.of(args.length > 0 ? args[0] : "/tmp/all-run/latest");
    System.setProperty("spark.master", System.getProperty("spark.master", "local[2]"));
    SparkSession spark = SparkSessions.session("dev");
    List<SentimentCrossValidation.Example> examples;
    try {
      examples = RatedRun.examples(spark, new RunLayout(org.debrief.common.fs.Location.local(run)));
    } finally {
      spark.stop();
    }
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    examples.forEach(
        e ->
            counts
                .computeIfAbsent(e.group(), k -> new TreeMap<>())
                .merge(e.rating(), 1, Integer::sum));
    System.out.println(examples.size() + " rated English reviews: " + counts);
    SentimentTraining.Settings settings = SentimentTraining.Settings.DEFAULT;
    System.out.println("settings: " + settings);
    System.out.print(
        SentimentCrossValidation.table(SentimentCrossValidation.compare(examples, settings)));
  }
}
