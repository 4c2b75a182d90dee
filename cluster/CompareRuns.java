import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Compares two Debrief outputs row by row: reviews/ sorted by review_id (ids, labels, sentiment,
 * evidence and every other column) and sentences/ sorted by review_id and index, schemas included.
 * Exits 1 and names the first differing rows and columns when an actual output differs.
 *
 * <p>Run as a single-file program on Spark's class path (test-standalone.sh does):
 *
 * <pre>java --add-opens… -cp 'SPARK_HOME/jars/*' CompareRuns.java EXPECTED ACTUAL...</pre>
 *
 * An output folder is read through its {@code _LATEST} pointer, on the local disk or on HDFS
 * ({@code hdfs://…} arguments).
 */
public final class CompareRuns {
  private static final int SHOWN = 10;

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: CompareRuns EXPECTED_OUTPUT ACTUAL_OUTPUT...");
      System.exit(2);
    }
    SparkSession spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("compare-runs")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
    boolean identical = true;
    for (int i = 1; i < args.length; i++) {
      String[] pair = {args[0], args[i]};
      List<String> problems = new ArrayList<>();
      long reviews = compare(spark, pair, "reviews", problems, "review_id");
      long sentences = compare(spark, pair, "sentences", problems, "review_id", "index");
      if (problems.isEmpty()) {
        System.out.println(
            args[i] + ": identical, " + reviews + " reviews, " + sentences + " sentences");
      } else {
        System.out.println(args[i] + ": differs from " + args[0]);
        problems.forEach(System.out::println);
        identical = false;
      }
    }
    spark.stop();
    System.exit(identical ? 0 : 1);
  }

  private static long compare(
      SparkSession spark, String[] outputs, String part, List<String> problems, String... key) {
    Dataset<Row> expected = comparable(spark.read().parquet(dataset(outputs[0], part)));
    Dataset<Row> actual = comparable(spark.read().parquet(dataset(outputs[1], part)));
    if (!expected.schema().equals(actual.schema())) {
      problems.add(
          part
              + ": schemas differ\n  expected "
              + expected.schema().simpleString()
              + "\n  actual   "
              + actual.schema().simpleString());
      return 0;
    }
    List<Row> want = expected.orderBy(key[0], rest(key)).collectAsList();
    List<Row> got = actual.orderBy(key[0], rest(key)).collectAsList();
    if (want.size() != got.size()) {
      problems.add(part + ": " + want.size() + " rows expected, " + got.size() + " found");
    }
    String[] columns = expected.columns();
    int shown = 0;
    for (int i = 0; i < Math.min(want.size(), got.size()) && shown < SHOWN; i++) {
      if (!want.get(i).equals(got.get(i))) {
        problems.add(
            part + " row " + i + " differs: " + differences(columns, want.get(i), got.get(i)));
        shown++;
      }
    }
    return want.size();
  }

  private static String differences(String[] columns, Row want, Row got) {
    StringBuilder out = new StringBuilder();
    for (int c = 0; c < columns.length; c++) {
      Object w = want.get(c);
      Object g = got.get(c);
      if (w == null ? g != null : !w.equals(g)) {
        out.append("\n  ").append(columns[c]).append(": expected ").append(w);
        out.append("\n  ").append(" ".repeat(columns[c].length())).append("  actual   ").append(g);
      }
    }
    return "review_id " + want.getAs("review_id") + out;
  }

  private static String[] rest(String[] key) {
    return java.util.Arrays.copyOfRange(key, 1, key.length);
  }

  /**
   * {@code <out>/<run>/<part>} for the run {@code <out>/_LATEST} names, on any file system Spark
   * reads ({@code hdfs://} too); {@code <out>/latest/<part>} for an output older than the pointer.
   */
  private static String dataset(String output, String part) {
    try {
      org.apache.hadoop.fs.Path pointer = new org.apache.hadoop.fs.Path(output, "_LATEST");
      FileSystem fs = pointer.getFileSystem(new Configuration());
      String run;
      if (fs.exists(pointer)) {
        String json;
        try (var in = fs.open(pointer)) {
          json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("\"path\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
          System.err.println(pointer + " names no run");
          System.exit(2);
        }
        run = output + "/" + m.group(1);
      } else {
        run = output + "/latest";
      }
      org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(run, part);
      if (!fs.exists(dir)) {
        System.err.println(dir + ": no such folder; is " + output + " a finished Debrief output?");
        System.exit(2);
      }
      return dir.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rows as compared: {@code source_file} names the file as the user gave it, a path in one
   * run and an {@code hdfs://} URI in another; what follows {@code data-samples/} must agree.
   */
  private static Dataset<Row> comparable(Dataset<Row> d) {
    if (!java.util.Arrays.asList(d.columns()).contains("source_file")) {
      return d;
    }
    return d.withColumn(
        "source_file", regexp_replace(col("source_file"), "^.*data-samples/", "data-samples/"));
  }
}
