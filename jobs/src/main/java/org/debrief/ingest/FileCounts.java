package org.debrief.ingest;

/**
 * What became of one input file's records: {@code read = accepted + quarantined + duplicates}.
 *
 * @param layout the layout used, or null when none matched or the file was unreadable
 */
public record FileCounts(
    String file,
    String layout,
    String sha256,
    long read,
    long accepted,
    long quarantined,
    long duplicates) {

  public boolean balanced() {
    return read == accepted + quarantined + duplicates;
  }
}
