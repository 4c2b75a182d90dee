package org.debrief.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.debrief.common.fs.Location;

/**
 * The run's {@code manifest.json}: each stage adds its section. Written to a temporary file and
 * moved into place, so a reader never sees half a manifest.
 */
public final class Manifest {
  private final Location file;
  private final ObjectNode root;

  private Manifest(Location file, ObjectNode root) {
    this.file = file;
    this.root = root;
  }

  /** The manifest in {@code layout}, or a new one when the folder has none yet. */
  public static Manifest open(RunLayout layout) {
    Location f = layout.manifest();
    try {
      ObjectNode root =
          f.exists()
              ? (ObjectNode) Json.MAPPER.readTree(f.readBytes())
              : Json.MAPPER.createObjectNode();
      return new Manifest(f, root);
    } catch (IOException | ClassCastException e) {
      throw new DebriefException(
          ExitCode.USAGE,
          f.display()
              + " is not a Debrief manifest ("
              + e.getMessage()
              + "); give an empty or new --output folder",
          e);
    }
  }

  public ObjectNode root() {
    return root;
  }

  /** The section {@code name}, created empty when missing. */
  public ObjectNode section(String name) {
    JsonNode n = root.get(name);
    return n instanceof ObjectNode o ? o : root.putObject(name);
  }

  public void write() {
    try {
      file.replace(Json.MAPPER.writeValueAsString(root));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
