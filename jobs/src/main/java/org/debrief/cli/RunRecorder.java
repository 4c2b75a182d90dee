package org.debrief.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.debrief.common.BuildInfo;
import org.debrief.common.Manifest;
import org.debrief.common.PeakMemory;
import org.debrief.common.RunLayout;
import org.debrief.common.SparkJobs;
import org.debrief.common.StateRepair;
import org.debrief.extract.Taxonomy;

/** Records a run in its manifest: id, versions, each stage's time, and the final status. */
final class RunRecorder {
  static final String STATE_REPAIRS = "state_repairs";
  private final Manifest manifest;
  private SparkJobs jobs;

  private RunRecorder(Manifest manifest) {
    this.manifest = manifest;
  }

  static RunRecorder start(RunLayout layout, String command, String runId, String basedOn) {
    Manifest m = Manifest.open(layout);
    Instant now = Instant.now();
    ObjectNode root = m.root();
    root.put("run_id", runId);
    root.put("based_on", basedOn);
    root.remove("error");
    root.put("command", command);
    root.put("started", now.toString());
    root.put("status", "running");
    root.remove("finished");
    root.remove("stages");
    root.remove(STATE_REPAIRS);
    ObjectNode versions = m.section("versions");
    versions.put("debrief", BuildInfo.debrief());
    versions.put("spark", org.apache.spark.package$.MODULE$.SPARK_VERSION());
    versions.put("corenlp", BuildInfo.corenlp());
    versions.put("taxonomy", Taxonomy.VERSION);
    m.write();
    return new RunRecorder(m);
  }

  Manifest manifest() {
    return manifest;
  }

  /** Records a damaged state entry this run set aside and recomputed. */
  void repaired(StateRepair repair) {
    ObjectNode root = manifest.root();
    ArrayNode repairs =
        root.get(STATE_REPAIRS) instanceof ArrayNode a ? a : root.putArray(STATE_REPAIRS);
    ObjectNode r = repairs.addObject();
    r.put("entry", repair.entry());
    r.put("reason", repair.reason());
    r.put("moved_to", repair.movedTo());
    manifest.write();
  }

  /** Counts each stage's Spark jobs with {@code jobs} from now on. */
  void countJobs(SparkJobs jobs) {
    this.jobs = jobs;
  }

  <T> T stage(String name, Supplier<T> body) {
    Instant start = Instant.now();
    T result;
    if (jobs == null) {
      result = body.get();
    } else {
      jobs.beginGroup(name);
      try {
        result = body.get();
      } finally {
        jobs.endGroup();
      }
    }
    ObjectNode timing = manifest.section("stages").putObject(name);
    timing.put("seconds", Duration.between(start, Instant.now()).toMillis() / 1000.0);
    manifest.write();
    return result;
  }

  /** Writes each stage's Spark job count; jobs outside any stage (validation) as {@code other}. */
  private void recordJobs() {
    if (jobs == null) {
      return;
    }
    ObjectNode stages = manifest.section("stages");
    Map<String, Integer> counts = jobs.counts();
    int total = 0;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      total += c.getValue();
      if (stages.get(c.getKey()) instanceof ObjectNode stage) {
        stage.put("spark_jobs", c.getValue());
      }
    }
    stages
        .fieldNames()
        .forEachRemaining(
            n -> ((ObjectNode) stages.get(n)).putIfAbsent("spark_jobs", IntNode.valueOf(0)));
    manifest.root().put("spark_jobs", total);
  }

  void fail(Exception e) {
    manifest.root().put("error", String.valueOf(e.getMessage()));
    finish("failed");
  }

  void finish(String status) {
    recordJobs();
    PeakMemory.megabytes().ifPresent(mb -> manifest.root().put("peak_rss_mb", mb));
    manifest.root().put("status", status);
    manifest.root().put("finished", Instant.now().toString());
    manifest.write();
  }
}
