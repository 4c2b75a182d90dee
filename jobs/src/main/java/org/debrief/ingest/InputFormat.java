package org.debrief.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats ingest reads, known by extension. */
public enum InputFormat {
  CSV(".csv"),
  JSON(".json"),
  JSON_LINES(".jsonl"),
  NDJSON(".ndjson"),
  XLSX(".xlsx");

  private final String extension;

  InputFormat(String extension) {
    this.extension = extension;
  }

  public static Optional<InputFormat> of(Path file) {
    return of(file.getFileName().toString());
  }

  /** The format of a file by its name. */
  public static Optional<InputFormat> of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    for (InputFormat f : values()) {
      if (name.endsWith(f.extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  public static String extensions() {
    return ".csv .json .jsonl .ndjson .xlsx";
  }

  /** A reader of {@code bytes}; text formats are decoded in {@code charset} (null: UTF-8). */
  RecordReader open(byte[] bytes, Charset charset) {
    return switch (this) {
      case CSV -> new CsvRecordReader(DecodedText.decode(bytes, charset));
      case JSON, JSON_LINES, NDJSON -> new JsonRecordReader(DecodedText.decode(bytes, charset));
      case XLSX -> new XlsxRecordReader(bytes);
    };
  }
}
