package org.debrief.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.debrief.common.fs.Location;

/**
 * The content of {@code _LATEST}: which run is current, where it is, and the checksum of its
 * manifest, so that a reader can tell the run it finds is the one that was published.
 *
 * @param manifestSha256 null for the {@code latest} symlink of older outputs
 */
public record RunPointer(String runId, Location run, String manifestSha256) {

  static RunPointer of(Location run, Location manifest) {
    return new RunPointer(run.name(), run, Sha256.bytes(manifest.readBytes()));
  }

  String toJson(Location root) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("run_id", runId);
    o.put("path", root.relativize(run));
    o.put("uri", run.toString());
    o.put("manifest_sha256", manifestSha256);
    try {
      return Json.MAPPER.writeValueAsString(o) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The run the pointer names, or null when it names none; its manifest is not checked. */
  static Location target(Location root, Location file) {
    String path;
    try {
      path = Json.MAPPER.readTree(file.readBytes()).path("path").asText("");
    } catch (IOException e) {
      // Never guess: housekeeping must know which run is current before it deletes any.
      throw new DebriefException(
          ExitCode.FAILURE,
          file.display()
              + " does not parse ("
              + e.getMessage().lines().findFirst().orElse("")
              + "): it was damaged or edited, and it is written only by a publishing run. Delete"
              + " it and run again: the published runs under runs/ are kept, and the next run"
              + " points it at itself.",
          e);
    }
    return path.isEmpty() || path.contains("..") ? null : root.resolve(path);
  }

  /**
   * Reads the pointer under {@code root}. The run is found by its path relative to the output
   * folder, so an output folder copied or mounted elsewhere still resolves.
   */
  static RunPointer read(Location root, Location file) {
    JsonNode o;
    try {
      o = Json.MAPPER.readTree(file.readBytes());
    } catch (IOException e) {
      throw new DebriefException(
          ExitCode.FAILURE, file.display() + " is not a run pointer: " + e.getMessage(), e);
    }
    String path = o.path("path").asText("");
    if (path.isEmpty() || path.contains("..")) {
      throw new DebriefException(
          ExitCode.FAILURE, file.display() + " names no run (no \"path\" under the output folder)");
    }
    Location run = root.resolve(path);
    String expected = o.path("manifest_sha256").asText();
    Location manifest = new RunLayout(run).manifest();
    if (!manifest.isFile()) {
      throw new DebriefException(
          ExitCode.FAILURE,
          file.display()
              + " names "
              + run.display()
              + ", which has no manifest.json: was it deleted?");
    }
    String actual = Sha256.bytes(manifest.readBytes());
    if (!actual.equals(expected)) {
      throw new DebriefException(
          ExitCode.FAILURE,
          run.display()
              + "/manifest.json has changed since the run was published (checksum "
              + actual.substring(0, 12)
              + ", _LATEST says "
              + (expected.length() >= 12 ? expected.substring(0, 12) : expected)
              + "); a published run is never edited");
    }
    return new RunPointer(o.path("run_id").asText(run.name()), run, expected);
  }
}
