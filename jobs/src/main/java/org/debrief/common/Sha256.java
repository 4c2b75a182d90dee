package org.debrief.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.debrief.common.fs.Location;

/** SHA-256 of strings, files and folders, as lower-case hex: Debrief's one digest helper. */
public final class Sha256 {
  private Sha256() {}

  public static String of(String text) {
    return bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  public static String bytes(byte[] content) {
    return HexFormat.of().formatHex(digest().digest(content));
  }

  /** A file's digest, read through its file system (HDFS, an object store, the local disk). */
  public static String file(Location file) {
    MessageDigest sha = digest();
    update(sha, file);
    return HexFormat.of().formatHex(sha.digest());
  }

  /** A file's or folder's digest ({@link #tree}), on any file system. */
  public static String path(Location p) {
    if (p.isLocal()) {
      return path(p.path());
    }
    if (!p.isDirectory()) {
      return file(p);
    }
    MessageDigest sha = digest();
    for (Location f : p.files()) {
      sha.update(p.relativize(f).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(file(f).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Over each file's name, then its bytes, in the order given. */
  public static String namesAndBytes(List<Location> files) {
    MessageDigest sha = digest();
    for (Location f : files) {
      sha.update(f.name().getBytes(StandardCharsets.UTF_8));
      update(sha, f);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  public static String file(Path file) {
    return file(Location.local(file));
  }

  /** Over the relative names and bytes of every file under {@code dir}, in name order. */
  public static String tree(Path dir) {
    MessageDigest sha = digest();
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
      for (Path f : files) {
        sha.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        update(sha, Location.local(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** A file's digest, or a folder's ({@link #tree}). */
  public static String path(Path p) {
    return Files.isDirectory(p) ? tree(p) : file(p);
  }

  private static void update(MessageDigest sha, Location file) {
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = file.isLocal() ? Files.newInputStream(file.path()) : file.open()) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
