package org.debrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.Faults;
import org.debrief.common.Manifest;
import org.debrief.common.RunLayout;
import org.debrief.common.RunLock;
import org.debrief.common.RunStore;
import org.debrief.common.StateCheck;
import org.debrief.common.fs.Location;

/**
 * One command's run: holds the output folder's lock, writes the run under {@code runs/<run-id>/},
 * and publishes it (validated) by pointing {@code _LATEST} at it — or publishes nothing.
 */
final class RunContext implements AutoCloseable {
  private static final DateTimeFormatter ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** Manifest keys that describe one run and are never copied from another. */
  private static final Set<String> RUN_OWN_KEYS =
      Set.of(
          "run_id",
          "based_on",
          "command",
          "started",
          "finished",
          "status",
          "error",
          "stages",
          "peak_rss_mb",
          "versions",
          "reused",
          "spark_jobs",
          RunRecorder.STATE_REPAIRS,
          RunFingerprint.MANIFEST_KEY);

  private final RunStore store;
  private final RunLock lock;
  private final String runId;
  private final Location staging;
  private final RunRecorder recorder;

  private RunContext(
      RunStore store, RunLock lock, String runId, Location staging, RunRecorder recorder) {
    this.store = store;
    this.lock = lock;
    this.runId = runId;
    this.staging = staging;
    this.recorder = recorder;
  }

  /**
   * @param continuesLatest true for a stage that works on the latest run (annotate after ingest):
   *     the new run starts as a copy of it
   */
  static RunContext begin(Location output, String command, boolean continuesLatest) {
    Location root = output;
    if (!RunStore.isUsableRoot(root)) {
      throw new DebriefException(
          ExitCode.USAGE,
          output.display()
              + " holds files that are not a Debrief output; give a new or empty --output folder");
    }
    RunLock lock = RunLock.acquire(root);
    try {
      RunStore store = new RunStore(root);
      String runId = ID.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
      // Only a stage that continues the latest run reads it (and checks its manifest).
      Location base = continuesLatest ? store.latest() : null;
      Location staging = store.begin(runId);
      if (continuesLatest) {
        if (base == null) {
          throw new DebriefException(
              ExitCode.USAGE,
              "no published run under "
                  + output.display()
                  + "; run `debrief run` or `debrief ingest` first");
        }
        RunStore.seed(base, staging);
      }
      RunRecorder recorder =
          RunRecorder.start(
              new RunLayout(staging), command, runId, continuesLatest ? base.name() : null);
      return new RunContext(store, lock, runId, staging, recorder);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  RunLayout layout() {
    return new RunLayout(staging);
  }

  RunRecorder recorder() {
    return recorder;
  }

  /** Checks the state under {@code stateRoot} as this run reads it; repairs go in its manifest. */
  StateCheck stateCheck(Location stateRoot) {
    return new StateCheck(stateRoot, recorder::repaired);
  }

  RunStore store() {
    return store;
  }

  /** Validates the staged run, publishes it and applies retention; returns the published folder. */
  Location publish(SparkSession spark, int keep) {
    RunValidation.check(spark, layout(), recorder.manifest());
    ensureLockHeld();
    recorder.finish("succeeded");
    Location published = store.publish(staging);
    store.retain(keep);
    return published;
  }

  /** The latest published run's manifest, or null before the first run. */
  JsonNode latestManifest() {
    Location base;
    try {
      base = store.latest();
    } catch (DebriefException e) {
      // A published run whose manifest was edited: nothing in it can be trusted for reuse, and a
      // full run publishes a new one.
      return null;
    }
    if (base == null || !new RunLayout(base).manifest().isFile()) {
      return null;
    }
    return Manifest.open(new RunLayout(base)).root();
  }

  /**
   * Publishes the latest run's rows again as this run, without Spark: nothing it depends on has
   * changed ({@code fingerprint} matched). Its files are hard links to the latest run's; the new
   * manifest keeps its counts and says, stage by stage, what was reused.
   */
  Location republishLatest(RunFingerprint fingerprint, int keep) {
    Location base = store.latest();
    String baseId = base.name();
    JsonNode before = latestManifest();
    RunStore.seed(base, staging, Set.of(new RunLayout(base).manifest().name()));
    ObjectNode root = recorder.manifest().root();
    before
        .fields()
        .forEachRemaining(
            f -> {
              if (!RUN_OWN_KEYS.contains(f.getKey())) {
                root.set(f.getKey(), f.getValue().deepCopy());
              }
            });
    root.put("based_on", baseId);
    ObjectNode annotate = recorder.manifest().section("annotate");
    long texts = annotate.path("texts_annotated").asLong() + annotate.path("texts_reused").asLong();
    annotate.put("texts_annotated", 0);
    annotate.put("texts_reused", texts);
    ObjectNode stages = recorder.manifest().section("stages");
    before
        .path("stages")
        .fieldNames()
        .forEachRemaining(
            name -> {
              ObjectNode stage = stages.putObject(name);
              stage.put("seconds", 0.0);
              stage.put("spark_jobs", 0);
              stage.put("reused_from", baseId);
            });
    root.put("spark_jobs", 0);
    ObjectNode reused = root.putObject("reused");
    reused.put("from", baseId);
    reused.put("reason", "inputs, options, code and models unchanged (same fingerprint)");
    fingerprint.record(root);
    ensureLockHeld();
    recorder.finish("succeeded");
    Location published = store.publish(staging);
    store.retain(keep);
    return published;
  }

  /** Last thing before publishing: a run that may have lost its lock publishes nothing. */
  private void ensureLockHeld() {
    Faults.pauseAt("lock-check");
    lock.ensureHeld();
  }

  /** Keeps the failed run's manifest under {@code failed/} and drops the run's folder. */
  void fail(Exception e) {
    try {
      recorder.fail(e);
      Location failed = store.root().resolve("failed").mkdirs();
      failed.resolve(runId + ".manifest.json").replace(layout().manifest().readString());
      staging.deleteTree();
    } catch (RuntimeException suppressed) {
      e.addSuppressed(suppressed);
    }
  }

  @Override
  public void close() {
    lock.close();
  }
}
