package org.debrief.ingest;

import java.util.Iterator;
import java.util.List;

/** Reads one export file as records. Readers never throw for a bad record: they report it. */
public interface RecordReader {
  /** The column names or JSON keys used to detect the layout; empty when the file has none. */
  List<String> keys();

  /** The records in file order; a record the reader cannot read carries its {@link Problem}. */
  Iterator<RawRecord> records();
}
