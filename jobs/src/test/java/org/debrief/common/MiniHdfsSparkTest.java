package org.debrief.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark reads and writes hdfs:// paths, and HDFS gives the run lock and pointer their atomics. */
class MiniHdfsSparkTest {
  private static final StructType SCHEMA =
      new StructType()
          .add("review_id", DataTypes.StringType, false)
          .add("rating", DataTypes.IntegerType, true);

  @TempDir static Path tmp;
  static MiniHdfs hdfs;

  @BeforeAll
  static void startHdfs() throws IOException {
    hdfs = MiniHdfs.start(tmp.resolve("hdfs"));
  }

  @AfterAll
  static void stopHdfs() throws IOException {
    hdfs.close();
  }

  @Test
  void parquetWrittenToHdfsReadsBackTheSameRows() {
    SparkSession spark = SparkTestSession.get();
    List<Row> rows =
        List.of(
            RowFactory.create("r1", 4), RowFactory.create("r2", null), RowFactory.create("r3", 1));
    String path = hdfs.uri() + "/t/x";

    spark.createDataFrame(rows, SCHEMA).repartition(2).write().parquet(path);
    Dataset<Row> back = spark.read().parquet(path);

    assertThat(back.schema().catalogString()).isEqualTo(SCHEMA.asNullable().catalogString());
    assertThat(back.orderBy("review_id").collectAsList()).containsExactlyElementsOf(rows);
  }

  @Test
  void exclusiveCreateOfAnExistingFileFails() throws IOException {
    FileSystem fs = hdfs.fileSystem();
    org.apache.hadoop.fs.Path lock = new org.apache.hadoop.fs.Path("/locks/run.lock");
    write(fs, lock, "first");

    assertThatThrownBy(() -> fs.create(lock, false).close())
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(read(fs, lock)).isEqualTo("first");
  }

  @Test
  void renameWithOverwriteReplacesTheTarget() throws IOException {
    FileSystem fs = hdfs.fileSystem();
    org.apache.hadoop.fs.Path pointer = new org.apache.hadoop.fs.Path("/runs/LATEST");
    org.apache.hadoop.fs.Path next = new org.apache.hadoop.fs.Path("/runs/LATEST.next");
    write(fs, pointer, "run-1");
    write(fs, next, "run-2");
    // FileSystem.rename will not replace a file: it returns false and changes nothing.
    assertThat(fs.rename(next, pointer)).isFalse();

    FileContext.getFileContext(hdfs.uri(), hdfs.conf())
        .rename(next, pointer, Options.Rename.OVERWRITE);

    assertThat(read(fs, pointer)).isEqualTo("run-2");
    assertThat(fs.exists(next)).isFalse();
  }

  private static void write(FileSystem fs, org.apache.hadoop.fs.Path p, String text)
      throws IOException {
    try (FSDataOutputStream out = fs.create(p, false)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String read(FileSystem fs, org.apache.hadoop.fs.Path p) throws IOException {
    try (var in = fs.open(p)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
