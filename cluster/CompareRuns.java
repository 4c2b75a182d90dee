import java.nio.file.Files;
import java.nio.file.Path;
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
 * An output folder with a {@code latest} link (runs published under {@code runs/<id>/}) is read
 * through it.
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
    Dataset<Row> expected = spark.read().parquet(dataset(outputs[0], part).toString());
    Dataset<Row> actual = spark.read().parquet(dataset(outputs[1], part).toString());
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
   * {@code <out>/latest/<part>} when the output publishes runs behind a link, else {@code
   * <out>/<part>}.
   */
  private static Path dataset(String output, String part) {
    Path latest = Path.of(output, "latest");
    Path dir = Files.exists(latest) ? latest.resolve(part) : Path.of(output, part);
    if (!Files.isDirectory(dir)) {
      System.err.println(dir + ": no such folder; is " + output + " a finished Debrief output?");
      System.exit(2);
    }
    return dir;
  }
}
