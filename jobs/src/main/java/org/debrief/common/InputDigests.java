package org.debrief.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The SHA-256 of each input file, kept in the state between runs: a file whose size and
 * modification time are unchanged is not read again just to learn that it is unchanged.
 */
public final class InputDigests {
  private final Path file;
  private final ObjectNode known;
  private final ObjectNode seen;

  private InputDigests(Path file, ObjectNode known) {
    this.file = file;
    this.known = known;
    this.seen = Json.MAPPER.createObjectNode();
  }

  /** The digests stored under {@code stateRoot}; none when the state is new or unreadable. */
  public static InputDigests under(Path stateRoot) {
    Path f = stateRoot.resolve("input-digests.json");
    ObjectNode known = Json.MAPPER.createObjectNode();
    if (Files.isRegularFile(f)) {
      try {
        if (Json.MAPPER.readTree(f.toFile()) instanceof ObjectNode o) {
          known = o;
        }
      } catch (IOException e) {
        // A damaged cache only costs reading the files again.
      }
    }
    return new InputDigests(f, known);
  }

  public String sha256(Path input) {
    Path p = input.toAbsolutePath().normalize();
    String key = p.toString();
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(p, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
    }
    long modified = a.lastModifiedTime().toMillis();
    JsonNode k = known.path(key);
    String sha =
        k.path("size").asLong(-1) == a.size() && k.path("modified").asLong(-1) == modified
            ? k.path("sha256").asText()
            : Sha256.file(p);
    ObjectNode entry = seen.putObject(key);
    entry.put("size", a.size());
    entry.put("modified", modified);
    entry.put("sha256", sha);
    return sha;
  }

  /** Stores the digests of the files seen in this run (files gone since are forgotten). */
  public void save() {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
      Json.MAPPER.writeValue(tmp.toFile(), seen);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
