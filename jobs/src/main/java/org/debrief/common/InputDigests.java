package org.debrief.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.debrief.common.fs.FileStamp;
import org.debrief.common.fs.Location;

/**
 * The SHA-256 of each input file, kept in the state between runs: a file whose size and
 * modification time are unchanged is not read again just to learn that it is unchanged.
 */
public final class InputDigests {
  private static final String FILE = "input-digests.json";
  private final Location file;
  private final ObjectNode known;
  private final ObjectNode seen;

  private InputDigests(Location file, ObjectNode known) {
    this.file = file;
    this.known = known;
    this.seen = Json.MAPPER.createObjectNode();
  }

  /**
   * The digests stored under {@code stateRoot}; none when the state is new. A file that does not
   * parse is set aside by {@code check}: it only costs reading the inputs again.
   */
  public static InputDigests under(Location stateRoot, StateCheck check) {
    Location f = stateRoot.resolve(FILE);
    if (!f.isFile()) {
      return new InputDigests(f, Json.MAPPER.createObjectNode());
    }
    try {
      if (Json.MAPPER.readTree(f.readBytes()) instanceof ObjectNode known) {
        return new InputDigests(f, known);
      }
      check.setAside(f, "not a JSON object");
    } catch (IOException e) {
      check.setAside(f, "does not parse: " + e.getMessage().lines().findFirst().orElse(""));
    }
    return new InputDigests(f, Json.MAPPER.createObjectNode());
  }

  public String sha256(Location input) {
    String key = input.isLocal() ? input.path().toString() : input.toString();
    FileStamp a = input.stamp();
    long modified = a.modifiedMillis();
    JsonNode k = known.path(key);
    String sha =
        k.path("size").asLong(-1) == a.size() && k.path("modified").asLong(-1) == modified
            ? k.path("sha256").asText()
            : Sha256.file(input);
    ObjectNode entry = seen.putObject(key);
    entry.put("size", a.size());
    entry.put("modified", modified);
    entry.put("sha256", sha);
    return sha;
  }

  /** Stores the digests of the files seen in this run (files gone since are forgotten). */
  public void save() {
    try {
      file.replace(Json.MAPPER.writeValueAsString(seen));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
