package org.debrief.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.BuildInfo;
import org.debrief.common.Manifest;
import org.debrief.common.RunLayout;
import org.debrief.extract.Taxonomy;

/** Records a run in its manifest: id, versions, each stage's time, and the final status. */
final class RunRecorder {
  private static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Manifest manifest;

  private RunRecorder(Manifest manifest) {
    this.manifest = manifest;
  }

  static RunRecorder start(RunLayout layout, SparkSession spark, String command) {
    Manifest m = Manifest.open(layout);
    Instant now = Instant.now();
    ObjectNode root = m.root();
    root.put("run_id", RUN_ID.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8));
    root.put("command", command);
    root.put("started", now.toString());
    root.put("status", "running");
    root.remove("finished");
    ObjectNode versions = m.section("versions");
    versions.put("debrief", BuildInfo.debrief());
    versions.put("spark", spark.version());
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

  void finish(String status) {
    manifest.root().put("status", status);
    manifest.root().put("finished", Instant.now().toString());
    manifest.write();
  }
}
