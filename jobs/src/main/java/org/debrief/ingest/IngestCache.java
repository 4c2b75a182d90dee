package org.debrief.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;
import org.debrief.common.CodeDigest;
import org.debrief.common.DatasetFiles;
import org.debrief.common.Faults;
import org.debrief.common.InputDigests;
import org.debrief.common.Sha256;

/**
 * Each input file's parsed, language-tagged ingest rows, kept in the state across runs under the
 * file's name and content digest: a nightly run parses only the files that changed. Stored under
 * the fingerprint of what decides the rows (Debrief's code, the layouts, the options).
 */
public record IngestCache(Path folder) {
  private static final String ENTRY = "file-";

  public static IngestCache under(Path stateRoot, IngestOptions options) {
    String key =
        String.join(
            ";",
            CodeDigest.debrief(),
            String.valueOf(options.layout()),
            String.valueOf(options.layoutsDigest()),
            Integer.toString(options.maxTextChars()));
    return new IngestCache(stateRoot.resolve("ingest").resolve(Sha256.of(key).substring(0, 16)));
  }

  /** The key of a file's rows: its name as given and the digest of its bytes. */
  public static String key(String file, String contentSha256) {
    return Sha256.of(file + "\u0000" + contentSha256).substring(0, 32);
  }

  /** The key of {@code file} (a path as the user gave it) as it is now on disk. */
  public static String key(String file, InputDigests digests) {
    return key(file, digests.sha256(Path.of(file).toAbsolutePath()));
  }

  public Path entry(String key) {
    return folder.resolve(ENTRY + key);
  }

  public boolean has(String key) {
    return Files.isDirectory(entry(key));
  }

  /**
   * Stores the Parquet files of {@code parsed} as the entry {@code key}: hard links, built aside
   * and renamed, so a reader never sees half an entry. An entry another run stored first is kept.
   */
  public void store(String key, Path parsed) {
    Path partial = folder.resolve("." + ENTRY + UUID.randomUUID());
    try (Stream<Path> files = Files.list(parsed)) {
      Files.createDirectories(partial);
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList()) {
        Files.createLink(partial.resolve(f.getFileName()), f);
      }
      Faults.pauseAt("ingest-cache");
      Files.move(partial, entry(key), StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      deleteQuietly(partial);
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new UncheckedIOException("cannot store parsed rows under " + folder, e);
    }
  }

  public void clear() {
    try {
      DatasetFiles.deleteTree(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + folder, e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      DatasetFiles.deleteTree(p);
    } catch (IOException e) {
      // Only a leftover hidden folder, never read.
    }
  }
}
