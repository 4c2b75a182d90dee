package org.debrief.ingest;

import java.util.UUID;
import org.debrief.common.CodeDigest;
import org.debrief.common.Faults;
import org.debrief.common.InputDigests;
import org.debrief.common.Sha256;
import org.debrief.common.StateCheck;
import org.debrief.common.StateEntry;
import org.debrief.common.fs.Location;
import org.debrief.common.fs.TargetExistsException;

/**
 * Each input file's parsed, language-tagged ingest rows, kept in the state across runs under the
 * file's name and content digest: a nightly run parses only the files that changed. Stored under
 * the fingerprint of what decides the rows (Debrief's code, the layouts, the options).
 */
public record IngestCache(Location folder) {
  private static final String ENTRY = "file-";

  public static IngestCache under(Location stateRoot, IngestOptions options) {
    String key =
        String.join(
            ";",
            CodeDigest.debrief(),
            String.valueOf(options.layout()),
            String.valueOf(options.layoutsDigest()),
            Integer.toString(options.maxTextChars()),
            String.valueOf(options.encoding()));
    return new IngestCache(stateRoot.resolve("ingest").resolve(Sha256.of(key).substring(0, 16)));
  }

  /** The key of a file's rows: its name as given and the digest of its bytes. */
  public static String key(String file, String contentSha256) {
    return Sha256.of(file + "\u0000" + contentSha256).substring(0, 32);
  }

  /** The key of {@code file} (a path as the user gave it) as it is now on disk. */
  public static String key(String file, InputDigests digests) {
    return key(file, digests.sha256(InputFiles.location(file)));
  }

  public Location entry(String key) {
    return folder.resolve(ENTRY + key);
  }

  public boolean has(String key) {
    return entry(key).isDirectory();
  }

  /**
   * Stores the Parquet files of {@code parsed} as the entry {@code key}: hard links on a local disk
   * (copies elsewhere), built aside and renamed, so a reader never sees half an entry. An entry
   * another run stored first is kept.
   */
  public void store(String key, Location parsed) {
    Location partial = folder.resolve("." + ENTRY + UUID.randomUUID());
    try {
      partial.mkdirs();
      for (Location f : parsed.list()) {
        if (f.name().endsWith(".parquet")) {
          f.storage().shareFile(f, partial.resolve(f.name()));
        }
      }
      StateEntry.seal(partial);
      Faults.pauseAt("ingest-cache");
      partial.moveTo(entry(key));
    } catch (TargetExistsException e) {
      partial.deleteTree();
    } catch (RuntimeException e) {
      partial.deleteTree();
      throw e;
    }
  }

  /**
   * Sets aside the entry {@code key} if it no longer matches what was stored: its file is parsed
   * again. Only the entries a run reads are checked: the cache keeps every version of every file.
   */
  public void check(StateCheck check, String key) {
    check.entry(entry(key));
  }

  public void clear() {
    folder.deleteTree();
  }
}
