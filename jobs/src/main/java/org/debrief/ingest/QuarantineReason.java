package org.debrief.ingest;

/** The stable reason ids written to the quarantine; docs/inputs.md documents each. */
public enum QuarantineReason {
  /** The file could not be opened or decoded as its format (permissions, corrupt XLSX). */
  UNREADABLE_FILE("unreadable_file"),
  /** The file's header or keys match none of the known layouts. */
  UNKNOWN_LAYOUT("unknown_layout"),
  /** CSV that cannot be parsed from this record on (e.g. a quote never closed). */
  UNPARSEABLE_CSV("unparseable_csv"),
  /** A CSV record with more or fewer fields than the header. */
  FIELD_COUNT("field_count"),
  /** A JSON line or array element that is not valid JSON. */
  INVALID_JSON("invalid_json"),
  /** A JSON record that is not an object, or whose text is not a string. */
  BAD_TYPE("bad_type"),
  /** Bytes that are not valid UTF-8 inside the record, and no other encoding was declared. */
  INVALID_UTF8("invalid_utf8"),
  /** Bytes that are not valid in the encoding declared for the file (--encoding, layout). */
  INVALID_ENCODING("invalid_encoding"),
  /** No review text, or only white space. */
  EMPTY_TEXT("empty_text"),
  /** Text longer than the limit (--max-text-chars); too long to be one review. */
  TEXT_TOO_LONG("text_too_long"),
  /** A source review_id already taken by another accepted review with a different text. */
  DUPLICATE_ID("duplicate_id");

  private final String id;

  QuarantineReason(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
