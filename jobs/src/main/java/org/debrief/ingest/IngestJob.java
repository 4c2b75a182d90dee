package org.debrief.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.debrief.common.DatasetFiles;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.InputDigests;
import org.debrief.common.RunLayout;
import org.debrief.common.fs.HadoopConfCopy;
import org.debrief.common.fs.Location;

/** Ingest: export files → canonical {@code reviews/}, {@code quarantine/} and per-file counts. */
public final class IngestJob {
  /** Where a run's newly parsed files are written before they join the cache; removed after. */
  private static final String PARSED = ".ingest-parsed";

  private static final String CACHE_KEY = "cache_key";
  private static final String UNCACHED = "none";

  private IngestJob() {}

  public static List<FileCounts> run(SparkSession spark, IngestOptions options, RunLayout out) {
    return run(spark, options, InputFiles.resolve(options.inputs()), out);
  }

  /** Ingest of files already resolved, for callers that also report the skipped ones. */
  public static List<FileCounts> run(
      SparkSession spark, IngestOptions options, InputFiles inputs, RunLayout out) {
    return run(spark, options, inputs, out, null, null);
  }

  /**
   * As above, reusing the parsed rows of files {@code cache} holds (by name and content digest,
   * from {@code digests}) and storing those of the files it parses; without a cache, parses all.
   */
  public static List<FileCounts> run(
      SparkSession spark,
      IngestOptions options,
      InputFiles inputs,
      RunLayout out,
      IngestCache cache,
      InputDigests digests) {
    LayoutRegistry layouts = LayoutRegistry.load(options.layoutsDir());
    if (options.layout() != null && layouts.byName(options.layout()).isEmpty()) {
      throw new DebriefException(
          ExitCode.USAGE,
          "unknown layout '" + options.layout() + "'; known layouts: " + layouts.names());
    }
    FileIngest ingest =
        new FileIngest(
            layouts,
            options.layout(),
            new ReviewMapper(LabelVocabulary.bundled(), options.maxTextChars(), false),
            options.encoding());

    Location parsed = out.root().resolve(PARSED);
    Dataset<Row> rows =
        (cache == null
                ? readAll(spark, inputs.files(), ingest)
                : readCached(spark, inputs.files(), ingest, cache, digests, parsed))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      List<Row> files = rows.where(col("kind").equalTo(IngestRow.FILE)).collectAsList();
      failOnUnknownExplicitLayout(files, inputs.explicit(), layouts);

      Dataset<Row> reviews =
          Deduplication.withTextOccurrence(rows.where(col("kind").equalTo(IngestRow.REVIEW)));
      Dataset<Row> firsts =
          Deduplication.withIdOccurrence(reviews.where(col(Deduplication.OCCURRENCE).equalTo(1)));
      Dataset<Row> quarantine =
          rows.where(col("kind").equalTo(IngestRow.QUARANTINE))
              .unionByName(Deduplication.idClashesAsQuarantine(firsts));
      Dataset<Row> accepted = firsts.where(col("id_occurrence").equalTo(1));

      DatasetFiles.replaceParquet(
          ReviewColumns.canonical(accepted).orderBy("review_id"), out.reviews());
      DatasetFiles.replaceJsonLines(
          quarantine
              .select("source_file", "line", "record", "reason", "detail", "raw")
              .orderBy("source_file", "record"),
          out.quarantine());
      return IngestCounts.perFile(files, reviews, quarantine);
    } finally {
      rows.unpersist();
      deleteParsed(parsed);
    }
  }

  /**
   * The rows of {@code files}: those of unchanged files from {@code cache}, the others parsed now
   * (into {@code parsed}, one folder per file) and stored in the cache for the next run.
   */
  private static Dataset<Row> readCached(
      SparkSession spark,
      List<String> files,
      FileIngest ingest,
      IngestCache cache,
      InputDigests digests,
      Location parsed) {
    List<String> paths = new ArrayList<>();
    List<String> toParse = new ArrayList<>();
    for (String f : files) {
      String key = IngestCache.key(f, digests);
      if (cache.has(key)) {
        paths.add(cache.entry(key).toString());
      } else {
        toParse.add(f);
      }
    }
    if (!toParse.isEmpty()) {
      // One write for all new files, a folder per file: no Spark job per file.
      readAll(spark, toParse, ingest)
          .withColumn(CACHE_KEY, cacheKey())
          .write()
          .partitionBy(CACHE_KEY)
          .parquet(parsed.toString());
      for (Location folder : DatasetFiles.subfolders(parsed)) {
        String key = folder.name().substring(CACHE_KEY.length() + 1);
        if (!key.equals(UNCACHED)) {
          cache.store(key, folder);
        }
        paths.add(folder.toString());
      }
    }
    // The schema is known: Spark need not run a job to read it back.
    return spark.read().schema(IngestRow.SCHEMA).parquet(paths.toArray(String[]::new));
  }

  /**
   * Each row's cache key, from its file's name and the digest ingest computed of the bytes it read
   * (the file row carries it): a file changed after the driver's digest is stored under its real
   * content. Files that could not be read are not cached.
   */
  private static Column cacheKey() {
    WindowSpec file = Window.partitionBy(col("source_file"));
    Column checksum = max(col("checksum")).over(file);
    return when(checksum.isNull(), lit(UNCACHED))
        .otherwise(
            substring(sha2(concat(col("source_file"), lit("\u0000"), checksum), 256), 1, 32));
  }

  private static void deleteParsed(Location parsed) {
    parsed.deleteTree();
  }

  private static Dataset<Row> readAll(SparkSession spark, List<String> files, FileIngest ingest) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // Names are resolved on the driver: relative paths are the driver's, and an executor on a
    // cluster runs in a folder of its own. It reads with the driver's Hadoop settings.
    HashMap<String, Location> where = new HashMap<>();
    files.forEach(f -> where.put(f, InputFiles.location(f)));
    Broadcast<HadoopConfCopy> conf = jsc.broadcast(HadoopConfCopy.ofDriver());
    // One task per file: a folder of exports is parsed on the executors, all cores busy.
    JavaRDD<Row> rdd =
        jsc.parallelize(files, Math.max(1, files.size()))
            .flatMap(
                f ->
                    ingest.read(f, where.get(f), conf.value()).stream()
                        .map(IngestRow::toRow)
                        .iterator());
    Dataset<Row> parsed = spark.createDataFrame(rdd, IngestRow.SCHEMA);
    // A file is parsed by one task, but language detection, most of the cost, needs no order:
    // spread over all cores, one big export no longer leaves the other cores idle.
    int partitions = spark.sparkContext().defaultParallelism() * 2;
    return parsed
        .repartition(partitions)
        .map((MapFunction<Row, Row>) IngestJob::withLanguage, Encoders.row(IngestRow.SCHEMA));
  }

  private static Row withLanguage(Row row) {
    int text = row.fieldIndex("text");
    if (!IngestRow.REVIEW.equals(row.getAs("kind")) || row.isNullAt(text)) {
      return row;
    }
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    values[row.fieldIndex("language")] = Languages.shared().detect(row.getString(text));
    return RowFactory.create(values);
  }

  private static void failOnUnknownExplicitLayout(
      List<Row> files, List<String> explicit, LayoutRegistry layouts) {
    for (Row f : files) {
      String file = f.getAs("source_file");
      if (f.getAs("layout") == null && f.getAs("checksum") != null && explicit.contains(file)) {
        throw new DebriefException(
            ExitCode.USAGE,
            file
                + ": its columns match none of the known layouts "
                + layouts.names()
                + "; pick one with --layout NAME or describe the export in a layout file (--layouts DIR, see docs/inputs.md)");
      }
    }
  }
}
