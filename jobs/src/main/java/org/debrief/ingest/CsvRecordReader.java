package org.debrief.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an RFC 4180 CSV export with Commons CSV: header row, quoted multi-line fields, BOM, stray
 * quotes after a closing quote. A quote never closed makes the rest of the file one unparseable
 * record rather than silently merging rows. Keeps each record's raw text and starting line.
 */
public final class CsvRecordReader implements RecordReader {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrailingData(true).get();

  private final String content;

  /** Why records holding replaced bytes are quarantined, or null when every byte was valid. */
  private final Problem invalidBytes;

  private final CSVParser parser;
  private final Iterator<CSVRecord> it;
  private final List<String> header;
  private final LineCounter lines;

  public CsvRecordReader(DecodedText decoded) {
    this.content = decoded.text();
    this.invalidBytes = decoded.hadInvalidBytes() ? decoded.invalidBytes() : null;
    this.lines = new LineCounter(content);
    try {
      this.parser =
          CSVParser.builder().setReader(new StringReader(content)).setFormat(FORMAT).get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.it = parser.iterator();
    this.header = readHeader();
  }

  private List<String> readHeader() {
    if (!it.hasNext()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    it.next().forEach(h -> names.add(h.strip().toLowerCase(Locale.ROOT)));
    return names;
  }

  @Override
  public List<String> keys() {
    return header;
  }

  @Override
  public Iterator<RawRecord> records() {
    return new Iterator<>() {
      private int index;
      private boolean done;
      private UncheckedIOException failure;
      private int previousEnd = lines.endOfLine(Math.max(1, parser.getCurrentLineNumber()));

      @Override
      public boolean hasNext() {
        if (done) {
          return false;
        }
        try {
          return failure != null || it.hasNext();
        } catch (UncheckedIOException e) {
          failure = e; // next() reports the rest of the file as one unparseable record
          return true;
        }
      }

      @Override
      public RawRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        index++;
        if (failure == null) {
          try {
            RawRecord raw = toRaw(it.next(), index);
            previousEnd = lines.endOfLine(Math.max(raw.line(), parser.getCurrentLineNumber()));
            return raw;
          } catch (UncheckedIOException e) {
            failure = e;
          }
        }
        done = true;
        int start = Math.min(previousEnd + 1, content.length());
        return RawRecord.broken(
            lines.lineAt(start),
            index,
            content.substring(start),
            new Problem(
                QuarantineReason.UNPARSEABLE_CSV,
                "CSV cannot be parsed from here to the end of the file: " + rootMessage(failure)));
      }
    };
  }

  private RawRecord toRaw(CSVRecord r, int index) {
    int start = (int) r.getCharacterPosition();
    int line = lines.lineAt(start);
    int end = Math.max(start, lines.endOfLine(Math.max(line, parser.getCurrentLineNumber())));
    String raw = content.substring(start, end).stripTrailing();
    if (r.size() != header.size()) {
      return RawRecord.broken(
          line,
          index,
          raw,
          new Problem(
              QuarantineReason.FIELD_COUNT,
              "expected " + header.size() + " fields as in the header, found " + r.size()));
    }
    if (invalidBytes != null && raw.indexOf(DecodedText.REPLACEMENT) >= 0) {
      return RawRecord.broken(line, index, raw, invalidBytes);
    }
    Map<String, String> fields = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      fields.putIfAbsent(header.get(i), r.get(i));
    }
    return new RawRecord(line, index, fields, Set.of(), raw, null);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
