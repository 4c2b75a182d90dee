package org.debrief.ingest;

import java.util.List;
import org.debrief.common.Sha256;
import org.debrief.common.fs.Location;

/**
 * @param layout a layout name that overrides detection, or null
 * @param layoutsDir a folder of user layout files, or null
 */
public record IngestOptions(
    List<Location> inputs, String layout, Location layoutsDir, int maxTextChars) {
  public static final int DEFAULT_MAX_TEXT_CHARS = 100_000;

  /** The digest of the user's layout files, or null without any: part of what decides the rows. */
  public String layoutsDigest() {
    return layoutsDir == null || !layoutsDir.exists() ? null : Sha256.path(layoutsDir);
  }
}
