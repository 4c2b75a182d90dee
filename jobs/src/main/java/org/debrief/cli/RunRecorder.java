package org.debrief.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.debrief.common.BuildInfo;
import org.debrief.common.Manifest;
import org.debrief.common.PeakMemory;
import org.debrief.common.RunLayout;
import org.debrief.extract.Taxonomy;

/** Records a run in its manifest: id, versions, each stage's time, and the final status. */
final class RunRecorder {
  private final Manifest manifest;

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

  <T> T stage(String name, Supplier<T> body) {
    Instant start = Instant.now();
    T result = body.get();
    ObjectNode timing = manifest.section("stages").putObject(name);
    timing.put("seconds", Duration.between(start, Instant.now()).toMillis() / 1000.0);
    manifest.write();
    return result;
  }

  void fail(Exception e) {
    manifest.root().put("error", String.valueOf(e.getMessage()));
    finish("failed");
  }

  void finish(String status) {
    PeakMemory.megabytes().ifPresent(mb -> manifest.root().put("peak_rss_mb", mb));
    manifest.root().put("status", status);
    manifest.root().put("finished", Instant.now().toString());
    manifest.write();
  }
}
