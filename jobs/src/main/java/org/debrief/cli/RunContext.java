package org.debrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.DatasetFiles;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.RunLayout;
import org.debrief.common.RunLock;
import org.debrief.common.RunStore;

/**
 * One command's run: holds the output folder's lock, builds the run in staging, and publishes it
 * (validated) as {@code runs/<run-id>/} with {@code latest} pointing at it — or publishes nothing.
 */
final class RunContext implements AutoCloseable {
  private static final DateTimeFormatter ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final RunStore store;
  private final RunLock lock;
  private final String runId;
  private final Path staging;
  private final RunRecorder recorder;

  private RunContext(
      RunStore store, RunLock lock, String runId, Path staging, RunRecorder recorder) {
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
  static RunContext begin(Path output, String command, boolean continuesLatest) {
    Path root = output.toAbsolutePath().normalize();
    if (!RunStore.isUsableRoot(root)) {
      throw new DebriefException(
          ExitCode.USAGE,
          output
              + " holds files that are not a Debrief output; give a new or empty --output folder");
    }
    RunLock lock = RunLock.acquire(root);
    try {
      RunStore store = new RunStore(root);
      String runId = ID.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
      Path staging = store.stage(runId);
      Path base = store.latest();
      if (continuesLatest) {
        if (base == null) {
          throw new DebriefException(
              ExitCode.USAGE,
              "no published run under " + output + "; run `debrief run` or `debrief ingest` first");
        }
        RunStore.seed(base, staging);
      }
      RunRecorder recorder =
          RunRecorder.start(
              new RunLayout(staging),
              command,
              runId,
              continuesLatest ? base.getFileName().toString() : null);
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

  RunStore store() {
    return store;
  }

  /** Validates the staged run, publishes it and applies retention; returns the published folder. */
  Path publish(SparkSession spark, int keep) {
    RunValidation.check(spark, layout(), recorder.manifest());
    recorder.finish("succeeded");
    Path published = store.publish(staging, runId);
    store.retain(keep);
    return published;
  }

  /** Keeps the failed run's manifest under {@code failed/} and drops its staging folder. */
  void fail(Exception e) {
    try {
      recorder.fail(e);
      Path failed = Files.createDirectories(store.root().resolve("failed"));
      Files.copy(layout().manifest(), failed.resolve(runId + ".manifest.json"));
      DatasetFiles.deleteTree(staging);
    } catch (IOException | RuntimeException suppressed) {
      e.addSuppressed(suppressed);
    }
  }

  @Override
  public void close() {
    lock.close();
  }
}
