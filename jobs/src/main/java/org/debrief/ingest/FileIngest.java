package org.debrief.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.debrief.common.Sha256;
import org.debrief.common.fs.HadoopConfCopy;
import org.debrief.common.fs.Location;

/**
 * Reads one input file into ingest rows: a file row, then one review or quarantine row per record.
 * Runs inside a Spark task, so a folder of exports is never parsed on the driver.
 */
public final class FileIngest implements Serializable {
  private final LayoutRegistry layouts;
  private final String forcedLayout;
  private final ReviewMapper mapper;
  private final String encoding;

  public FileIngest(LayoutRegistry layouts, String forcedLayout, ReviewMapper mapper) {
    this(layouts, forcedLayout, mapper, null);
  }

  /**
   * @param encoding the charset of files whose layout declares none (--encoding), or null for UTF-8
   */
  public FileIngest(
      LayoutRegistry layouts, String forcedLayout, ReviewMapper mapper, String encoding) {
    this.layouts = layouts;
    this.forcedLayout = forcedLayout;
    this.mapper = mapper;
    this.encoding = encoding;
  }

  /**
   * Reads the file at {@code path}; rows name it {@code file}, the path as the user gave it. The
   * two differ on a cluster, where an executor's working folder is not the driver's.
   */
  public List<IngestRow> read(String file, Location path, HadoopConfCopy conf) {
    byte[] bytes;
    RecordReader reader;
    Optional<Layout> layout;
    try {
      bytes = conf.readBytes(path);
      InputFormat format = InputFormat.of(path.name()).orElseThrow();
      Optional<Layout> forced = Optional.ofNullable(forcedLayout).flatMap(layouts::byName);
      String first = forced.map(Layout::encoding).orElse(encoding);
      reader = format.open(bytes, charset(first));
      layout = forcedLayout != null ? forced : layouts.detect(reader.keys());
      String declared = layout.map(Layout::encoding).orElse(null);
      // Detection reads the header, ASCII in every export seen: read again in the layout's charset.
      if (declared != null && !declared.equals(first)) {
        reader = format.open(bytes, charset(declared));
      }
    } catch (IOException | RuntimeException e) {
      return unreadable(file, e);
    }
    String checksum = Sha256.bytes(bytes);
    List<IngestRow> out = new ArrayList<>();
    out.add(IngestRow.file(file, layout.map(Layout::name).orElse(null), checksum));
    if (layout.isPresent() && layout.get().ignore()) {
      return out;
    }
    Iterator<RawRecord> records = reader.records();
    while (records.hasNext()) {
      out.add(toRow(file, layout, reader.keys(), records.next()));
    }
    return out;
  }

  private IngestRow toRow(String file, Optional<Layout> layout, List<String> keys, RawRecord rec) {
    if (rec.problem() != null) {
      return IngestRow.quarantine(file, rec.line(), rec.record(), rec.problem(), rec.raw());
    }
    if (layout.isEmpty()) {
      return IngestRow.quarantine(file, rec.line(), rec.record(), unknownLayout(keys), rec.raw());
    }
    ReviewMapper.Result r = mapper.map(layout.get(), rec, file);
    return r.problem() != null
        ? IngestRow.quarantine(file, rec.line(), rec.record(), r.problem(), rec.raw())
        : IngestRow.review(
            file, rec.line(), rec.record(), layout.get().name(), r.review(), r.unreadableDate());
  }

  private Problem unknownLayout(List<String> keys) {
    // UTF-16 read as UTF-8 keeps its NUL bytes: the cure is the encoding, not a layout.
    boolean looksUtf16 = keys.stream().anyMatch(k -> k.indexOf('\u0000') >= 0);
    return new Problem(
        QuarantineReason.UNKNOWN_LAYOUT,
        looksUtf16
            ? "the header holds NUL characters: the file looks like UTF-16 without a byte order"
                + " mark; give --encoding UTF-16LE (or UTF-16BE)"
            : "columns "
                + keys
                + " match none of the known layouts "
                + layouts.names()
                + "; choose one with --layout or add a mapping with --layouts DIR");
  }

  private static Charset charset(String name) {
    return name == null ? null : Charset.forName(name);
  }

  private static List<IngestRow> unreadable(String file, Exception e) {
    String message =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return List.of(
        IngestRow.file(file, null, null),
        IngestRow.quarantine(
            file, 0, 0, new Problem(QuarantineReason.UNREADABLE_FILE, message), ""));
  }
}
