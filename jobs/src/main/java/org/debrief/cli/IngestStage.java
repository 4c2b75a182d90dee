package org.debrief.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.InputDigests;
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
  static boolean hasChangedFiles(IngestOptions options, Location stateRoot) {
    IngestCache cache = IngestCache.under(stateRoot, options);
    InputDigests digests = InputDigests.under(stateRoot);
    return InputFiles.resolve(options.inputs()).files().stream()
        .anyMatch(f -> !cache.has(IngestCache.key(f, digests)));
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
    RunRecorder recorder = run.recorder();
    InputFiles files = InputFiles.resolve(options.inputs());
    IngestCache cache = IngestCache.under(stateRoot, options);
    InputDigests digests = InputDigests.under(stateRoot);
    if (fullRefresh) {
      cache.clear();
    }
    long reused =
        files.files().stream().filter(f -> cache.has(IngestCache.key(f, digests))).count();
    List<FileCounts> counts =
        recorder.stage(
            "ingest", () -> IngestJob.run(spark, options, files, run.layout(), cache, digests));
    digests.save();
    ObjectNode root = recorder.manifest().root();
    ArrayNode inputs = root.putArray("inputs");
    long read = 0, accepted = 0, quarantined = 0, duplicates = 0;
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
      read += c.read();
      accepted += c.accepted();
      quarantined += c.quarantined();
      duplicates += c.duplicates();
    }
    ObjectNode ingest = recorder.manifest().section("ingest");
    ingest.put("files_parsed", files.files().size() - reused);
    ingest.put("files_reused", reused);
    ingest.put("cache", cache.folder().toString());
    ArrayNode skipped = root.putArray("skipped");
    files.skipped().forEach(skipped::add);
    ObjectNode totals = root.putObject("counts");
    totals.put("read", read);
    totals.put("accepted", accepted);
    totals.put("quarantined", quarantined);
    totals.put("duplicates", duplicates);
    recorder.manifest().write();
    console.println(CountsTable.render(counts));
    console.flush();
    double rate = read == 0 ? 0 : (double) quarantined / read;
    if (rate > quality.maxQuarantineRate) {
      throw new DebriefException(
          ExitCode.DATA_QUALITY,
          String.format(
              java.util.Locale.ROOT,
              "%d of %d rows (%.1f%%) were quarantined, above --max-quarantine-rate %.3f; nothing"
                  + " was published. See the failed run's manifest under failed/ and fix the inputs.",
              quarantined,
              read,
              100 * rate,
              quality.maxQuarantineRate));
    }
    return counts;
  }
}
