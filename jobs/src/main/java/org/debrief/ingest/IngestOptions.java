package org.debrief.ingest;

import java.util.List;
import org.debrief.common.Sha256;
import org.debrief.common.fs.Location;

/**
 * @param layout a layout name that overrides detection, or null
 * @param layoutsDir a folder of user layout files, or null
 * @param encoding the charset of files whose layout declares none, or null for UTF-8
 */
public record IngestOptions(
    List<Location> inputs, String layout, Location layoutsDir, int maxTextChars, String encoding) {
  public static final int DEFAULT_MAX_TEXT_CHARS = 100_000;

  /** Options for UTF-8 files (or files whose layout or BOM names their encoding). */
  public IngestOptions(
      List<Location> inputs, String layout, Location layoutsDir, int maxTextChars) {
    this(inputs, layout, layoutsDir, maxTextChars, null);
  }

  /** The digest of the user's layout files, or null without any: part of what decides the rows. */
  public String layoutsDigest() {
    return layoutsDir == null || !layoutsDir.exists() ? null : Sha256.path(layoutsDir);
  }
}
