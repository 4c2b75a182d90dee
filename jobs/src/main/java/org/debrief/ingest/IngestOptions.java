package org.debrief.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * @param layout a layout name that overrides detection, or null
 * @param layoutsDir a folder of user layout files, or null
 */
public record IngestOptions(List<Path> inputs, String layout, Path layoutsDir, int maxTextChars) {
  public static final int DEFAULT_MAX_TEXT_CHARS = 100_000;
}
