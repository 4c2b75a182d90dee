package org.debrief.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.InputDigests;
import org.debrief.common.StateCheck;
import org.debrief.common.fs.Location;
import org.debrief.ingest.FileCounts;
import org.debrief.ingest.IngestCache;
import org.debrief.ingest.IngestJob;
import org.debrief.ingest.IngestOptions;
import org.debrief.ingest.InputFiles;

/** Runs ingest and writes its counts into the manifest and to the console. */
final class IngestStage {
  private IngestStage() {}

  /**
   * Whether any input file is new or changed since its rows were stored under {@code stateRoot}.
   */
  static boolean hasChangedFiles(IngestOptions options, RunContext run, Location stateRoot) {
    StateCheck check = run.stateCheck(stateRoot);
    IngestCache cache = IngestCache.under(stateRoot, options);
    InputDigests digests = InputDigests.under(stateRoot, check);
    List<String> keys = keys(InputFiles.resolve(options.inputs()), digests);
    keys.forEach(k -> cache.check(check, k));
    return keys.stream().anyMatch(k -> !cache.has(k));
  }

  /**
   * Ingest, reusing the parsed rows of unchanged files kept under {@code stateRoot} (all parsed
   * again on a full refresh).
   */
  static List<FileCounts> run(
      SparkSession spark,
      IngestOptions options,
      QualityOptions quality,
      RunContext run,
      Location stateRoot,
      boolean fullRefresh,
      PrintWriter console) {
    InputFiles files = InputFiles.resolve(options.inputs());
    IngestCache cache = IngestCache.under(stateRoot, options);
    StateCheck check = run.stateCheck(stateRoot);
    InputDigests digests = InputDigests.under(stateRoot, check);
    if (fullRefresh) {
      cache.clear();
    }
    List<String> keys = keys(files, digests);
    keys.forEach(k -> cache.check(check, k));
    long reused = keys.stream().filter(cache::has).count();
    List<FileCounts> counts =
        run.recorder()
            .stage(
                "ingest", () -> IngestJob.run(spark, options, files, run.layout(), cache, digests));
    digests.save();
    ObjectNode ingest = run.recorder().manifest().section("ingest");
    ingest.put("files_parsed", files.files().size() - reused);
    ingest.put("files_reused", reused);
    ingest.put("cache", cache.folder().toString());
    ArrayNode skipped = run.recorder().manifest().root().putArray("skipped");
    files.skipped().forEach(skipped::add);
    Totals totals = record(run.recorder().manifest().root(), counts);
    run.recorder().manifest().write();
    console.println(CountsTable.render(counts));
    console.flush();
    failAboveQuarantineRate(totals, quality.maxQuarantineRate);
    return counts;
  }

  /** Each input file's cache key, from its name and its current digest. */
  private static List<String> keys(InputFiles files, InputDigests digests) {
    return files.files().stream().map(f -> IngestCache.key(f, digests)).toList();
  }

  private record Totals(long read, long accepted, long quarantined, long duplicates) {
    Totals plus(FileCounts c) {
      return new Totals(
          read + c.read(),
          accepted + c.accepted(),
          quarantined + c.quarantined(),
          duplicates + c.duplicates());
    }
  }

  /** Writes each input's counts and their totals into the manifest; returns the totals. */
  private static Totals record(ObjectNode root, List<FileCounts> counts) {
    ArrayNode inputs = root.putArray("inputs");
    Totals t = new Totals(0, 0, 0, 0);
    for (FileCounts c : counts) {
      ObjectNode f = inputs.addObject();
      f.put("file", c.file());
      f.put("sha256", c.sha256());
      f.put("layout", c.layout());
      f.put("read", c.read());
      f.put("accepted", c.accepted());
      f.put("quarantined", c.quarantined());
      f.put("duplicates", c.duplicates());
      f.put("unreadable_dates", c.unreadableDates());
      t = t.plus(c);
    }
    ObjectNode totals = root.putObject("counts");
    totals.put("read", t.read());
    totals.put("accepted", t.accepted());
    totals.put("quarantined", t.quarantined());
    totals.put("duplicates", t.duplicates());
    return t;
  }

  private static void failAboveQuarantineRate(Totals t, double maxRate) {
    double rate = t.read() == 0 ? 0 : (double) t.quarantined() / t.read();
    if (rate > maxRate) {
      throw new DebriefException(
          ExitCode.DATA_QUALITY,
          String.format(
              Locale.ROOT,
              "%d of %d rows (%.1f%%) were quarantined, above --max-quarantine-rate %.3f; nothing"
                  + " was published. See the failed run's manifest under failed/ and fix the inputs.",
              t.quarantined(),
              t.read(),
              100 * rate,
              maxRate));
    }
  }
}
