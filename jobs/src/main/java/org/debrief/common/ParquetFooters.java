package org.debrief.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.debrief.common.fs.HadoopConf;
import org.debrief.common.fs.Location;

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
  public static void addMetadata(Location folder, Map<String, String> extra) {
    for (Location file : partFiles(folder)) {
      try {
        rewrite(file, extra);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot add metadata to " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /** The key-value metadata in the footer of one Parquet file. */
  public static Map<String, String> read(Location file) {
    try (ParquetFileReader reader = ParquetFileReader.open(input(file))) {
      return new LinkedHashMap<>(reader.getFileMetaData().getKeyValueMetaData());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the footer of " + file + ": " + e.getMessage(), e);
    }
  }

  /** The top-level column names of a dataset, from one file's footer; empty when it has no file. */
  public static List<String> columnNames(Location folder) {
    List<Location> files = partFiles(folder);
    if (files.isEmpty()) {
      return List.of();
    }
    try (ParquetFileReader reader = ParquetFileReader.open(input(files.get(0)))) {
      return reader.getFooter().getFileMetaData().getSchema().getFields().stream()
          .map(org.apache.parquet.schema.Type::getName)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the footer of " + files.get(0) + ": " + e.getMessage(), e);
    }
  }

  /** Rows in a Parquet folder, from its footers: no Spark job needed to count a written dataset. */
  public static long rowCount(Location folder) {
    long rows = 0;
    for (Location file : partFiles(folder)) {
      rows += fileRowCount(file);
    }
    return rows;
  }

  /** Rows in one Parquet file, from its footer. */
  public static long fileRowCount(Location file) {
    try (ParquetFileReader reader = ParquetFileReader.open(input(file))) {
      return reader.getRecordCount();
    } catch (IOException | RuntimeException e) {
      // Parquet reports a cut-short or foreign file as a RuntimeException too.
      throw new UncheckedIOException(
          "cannot read the footer of " + file + ": " + e.getMessage(),
          e instanceof IOException io ? io : new IOException(e));
    }
  }

  /** The data files of a Parquet folder, sorted by name. */
  public static List<Location> partFiles(Location folder) {
    return folder.list().stream().filter(p -> p.name().endsWith(".parquet")).toList();
  }

  /** Parquet's own local reader where it can: Hadoop's local file system adds checksum files. */
  private static InputFile input(Location file) throws IOException {
    return file.isLocal()
        ? new LocalInputFile(file.path())
        : HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.uri()), HadoopConf.current());
  }

  private static OutputFile output(Location file) throws IOException {
    return file.isLocal()
        ? new LocalOutputFile(file.path())
        : HadoopOutputFile.fromPath(
            new org.apache.hadoop.fs.Path(file.uri()), HadoopConf.current());
  }

  private static void rewrite(Location file, Map<String, String> extra) throws IOException {
    Location tmp = file.sibling("." + file.name() + ".footer-tmp");
    Map<String, String> merged;
    org.apache.parquet.schema.MessageType schema;
    try (ParquetFileReader reader = ParquetFileReader.open(input(file))) {
      FileMetaData meta = reader.getFileMetaData();
      schema = meta.getSchema();
      merged = new LinkedHashMap<>(meta.getKeyValueMetaData());
    }
    merged.putAll(extra);
    ParquetFileWriter writer =
        new ParquetFileWriter(
            output(tmp),
            schema,
            ParquetFileWriter.Mode.OVERWRITE,
            // Also the new file's block size on HDFS, which refuses Long.MAX_VALUE.
            tmp.isLocal()
                ? Long.MAX_VALUE
                : org.apache.parquet.hadoop.ParquetWriter.DEFAULT_BLOCK_SIZE,
            NO_PADDING);
    writer.start();
    writer.appendFile(input(file));
    writer.end(merged);
    tmp.storage().renameOver(tmp, file);
    // Hadoop's checksum of the old bytes would make readers reject the new file.
    file.sibling("." + file.name() + ".crc").deleteTree();
  }
}
