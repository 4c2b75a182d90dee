package org.debrief.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;

/**
 * Adds key-value metadata to the footers of Parquet files Spark wrote, and reads it back.
 *
 * <p>Spark's writer has no option for user metadata, so each part file is copied row group by row
 * group (no re-encoding) into a file whose footer carries Spark's metadata plus ours.
 */
public final class ParquetFooters {
  private static final int NO_PADDING = 0;

  private ParquetFooters() {}

  /** Rewrites every {@code *.parquet} file in {@code folder} with {@code extra} in its footer. */
  public static void addMetadata(Path folder, Map<String, String> extra) {
    for (Path file : partFiles(folder)) {
      try {
        rewrite(file, extra);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot add metadata to " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /** The key-value metadata in the footer of one Parquet file. */
  public static Map<String, String> read(Path file) {
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      return new LinkedHashMap<>(reader.getFileMetaData().getKeyValueMetaData());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the footer of " + file + ": " + e.getMessage(), e);
    }
  }

  /** Rows in a Parquet folder, from its footers: no Spark job needed to count a written dataset. */
  /** The top-level column names of a dataset, from one file's footer; empty when it has no file. */
  public static List<String> columnNames(Path folder) {
    List<Path> files = partFiles(folder);
    if (files.isEmpty()) {
      return List.of();
    }
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(files.get(0)))) {
      return reader.getFooter().getFileMetaData().getSchema().getFields().stream()
          .map(org.apache.parquet.schema.Type::getName)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the footer of " + files.get(0) + ": " + e.getMessage(), e);
    }
  }

  public static long rowCount(Path folder) {
    long rows = 0;
    for (Path file : partFiles(folder)) {
      try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
        rows += reader.getRecordCount();
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read the footer of " + file + ": " + e.getMessage(), e);
      }
    }
    return rows;
  }

  /** The data files of a Parquet folder, sorted by name. */
  public static List<Path> partFiles(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  private static void rewrite(Path file, Map<String, String> extra) throws IOException {
    Path tmp = file.resolveSibling("." + file.getFileName() + ".footer-tmp");
    Map<String, String> merged;
    org.apache.parquet.schema.MessageType schema;
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      FileMetaData meta = reader.getFileMetaData();
      schema = meta.getSchema();
      merged = new LinkedHashMap<>(meta.getKeyValueMetaData());
    }
    merged.putAll(extra);
    ParquetFileWriter writer =
        new ParquetFileWriter(
            new LocalOutputFile(tmp),
            schema,
            ParquetFileWriter.Mode.OVERWRITE,
            Long.MAX_VALUE,
            NO_PADDING);
    writer.start();
    writer.appendFile(new LocalInputFile(file));
    writer.end(merged);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    // Hadoop's checksum of the old bytes would make readers reject the new file.
    Files.deleteIfExists(file.resolveSibling("." + file.getFileName() + ".crc"));
  }
}
