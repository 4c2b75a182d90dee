package org.debrief.common.fs;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The driver's Hadoop configuration, shipped to executors: an executor then opens {@code hdfs://}
 * or {@code s3a://} files with the same settings (credentials, endpoints) as the driver, whatever
 * its own machine's Hadoop configuration says.
 */
public final class HadoopConfCopy implements Serializable {
  private static final long serialVersionUID = 1L;
  private transient Configuration conf;

  public HadoopConfCopy(Configuration conf) {
    this.conf = conf;
  }

  public static HadoopConfCopy ofDriver() {
    return new HadoopConfCopy(new Configuration(HadoopConf.current()));
  }

  /** The whole file, read through its file system. */
  public byte[] readBytes(Location file) throws IOException {
    if (file.isLocal()) {
      return Files.readAllBytes(file.path());
    }
    FileSystem fs = FileSystem.get(file.uri(), conf);
    try (InputStream in = fs.open(new Path(file.uri()))) {
      return in.readAllBytes();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    conf.write(out);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    conf = new Configuration(false);
    conf.readFields(in);
  }
}
