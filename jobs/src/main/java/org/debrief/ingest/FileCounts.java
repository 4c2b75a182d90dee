package org.debrief.ingest;

/**
 * What became of one input file's records: {@code read = accepted + quarantined + duplicates}.
 *
 * @param layout the layout used, or null when none matched or the file was unreadable
 * @param unreadableDates reviews (accepted or duplicate) whose date cell held a value in no known
 *     or declared form, so their {@code review_date} is null
 */
public record FileCounts(
    String file,
    String layout,
    String sha256,
    long read,
    long accepted,
    long quarantined,
    long duplicates,
    long unreadableDates) {

  public boolean balanced() {
    return read == accepted + quarantined + duplicates;
  }
}
