package org.debrief.ingest;

import java.io.IOException;
import java.io.Serializable;
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

  public FileIngest(LayoutRegistry layouts, String forcedLayout, ReviewMapper mapper) {
    this.layouts = layouts;
    this.forcedLayout = forcedLayout;
    this.mapper = mapper;
  }

  /**
   * Reads the file at {@code path}; rows name it {@code file}, the path as the user gave it. The
   * two differ on a cluster, where an executor's working folder is not the driver's.
   */
  public List<IngestRow> read(String file, Location path, HadoopConfCopy conf) {
    byte[] bytes;
    RecordReader reader;
    try {
      bytes = conf.readBytes(path);
      reader = InputFormat.of(path.name()).orElseThrow().open(bytes);
    } catch (IOException | RuntimeException e) {
      return unreadable(file, e);
    }
    String checksum = Sha256.bytes(bytes);
    Optional<Layout> layout =
        forcedLayout != null ? layouts.byName(forcedLayout) : layouts.detect(reader.keys());
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
    ReviewMapper.Result r = mapper.map(layout.get(), rec);
    return r.problem() != null
        ? IngestRow.quarantine(file, rec.line(), rec.record(), r.problem(), rec.raw())
        : IngestRow.review(file, rec.line(), rec.record(), layout.get().name(), r.review());
  }

  private Problem unknownLayout(List<String> keys) {
    return new Problem(
        QuarantineReason.UNKNOWN_LAYOUT,
        "columns "
            + keys
            + " match none of the known layouts "
            + layouts.names()
            + "; choose one with --layout or add a mapping with --layouts DIR");
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
