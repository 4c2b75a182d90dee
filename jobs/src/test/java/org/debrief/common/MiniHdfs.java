package org.debrief.common;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * A real HDFS in this JVM: one namenode and one datanode on 127.0.0.1, for tests on {@code hdfs://}
 * paths.
 *
 * <p>Other processes on this machine (forked JVMs, Spark standalone executors) reach it through
 * {@link #uri()}: the namenode and the datanode listen on 127.0.0.1, and permission checks are off,
 * so any local user may write. Start it in {@code @BeforeAll} and close it in {@code @AfterAll}.
 */
public final class MiniHdfs implements AutoCloseable {
  private final MiniDFSCluster cluster;
  private final URI uri;

  private MiniHdfs(MiniDFSCluster cluster) {
    this.cluster = cluster;
    this.uri = URI.create("hdfs://127.0.0.1:" + cluster.getNameNodePort());
  }

  /** Starts a cluster keeping its name and data directories under {@code baseDir}. */
  public static MiniHdfs start(Path baseDir) throws IOException {
    return start(baseDir, 0);
  }

  /** As {@link #start(Path)}, with the namenode on {@code port}; 0 picks a free one. */
  public static MiniHdfs start(Path baseDir, int port) throws IOException {
    quietServers(Level.ERROR);
    MiniDFSCluster cluster =
        new MiniDFSCluster.Builder(settings(), baseDir.toFile())
            .nameNodePort(port)
            .numDataNodes(1)
            .format(true)
            .build();
    cluster.waitActive();
    return new MiniHdfs(cluster);
  }

  /**
   * The namenode and datanode warn about a test set-up (no HTTP secret file, no CSRF filter, an
   * empty data dir) at every start, and log interrupted threads as errors at every stop; the client
   * side ({@code DFSClient}, Spark) keeps its levels.
   */
  private static void quietServers(Level level) {
    for (String logger :
        new String[] {
          "org.apache.hadoop.hdfs.server",
          "org.apache.hadoop.hdfs.StateChange",
          "org.apache.hadoop.http",
          "org.apache.hadoop.security.authentication.server",
          "org.apache.hadoop.fs.CachingGetSpaceUsed"
        }) {
      Configurator.setLevel(logger, level);
    }
  }

  private static Configuration settings() {
    Configuration conf = new Configuration();
    // Forked JVMs and executors may run as another user than the one who formatted the cluster.
    conf.setBoolean("dfs.permissions.enabled", false);
    // One datanode. Clients with Hadoop's default of 3 (Spark's) still write: the namenode only
    // notes their blocks as under-replicated.
    conf.setInt("dfs.replication", 1);
    // Start-up waits for the datanode's first heartbeat and for safe mode to end: make both quick.
    conf.setInt("dfs.heartbeat.interval", 1);
    conf.setInt("dfs.namenode.safemode.extension", 0);
    return conf;
  }

  /** {@code hdfs://127.0.0.1:PORT}, the root of the cluster. */
  public URI uri() {
    return uri;
  }

  /** A client configuration whose default file system is this cluster. */
  public Configuration conf() {
    Configuration conf = new Configuration(cluster.getConfiguration(0));
    FileSystem.setDefaultUri(conf, uri);
    return conf;
  }

  /** Puts the name node in safe mode (no writes, reads go on) or takes it out. */
  public void safeMode(boolean on) throws IOException {
    ((org.apache.hadoop.hdfs.DistributedFileSystem) fileSystem())
        .setSafeMode(
            on
                ? org.apache.hadoop.hdfs.protocol.HdfsConstants.SafeModeAction.SAFEMODE_ENTER
                : org.apache.hadoop.hdfs.protocol.HdfsConstants.SafeModeAction.SAFEMODE_LEAVE);
  }

  /** A client for this cluster, from Hadoop's shared cache: {@link #close()} closes it. */
  public FileSystem fileSystem() throws IOException {
    return FileSystem.get(uri, conf());
  }

  @Override
  public void close() throws IOException {
    try {
      // Spark's and the tests' clients come from Hadoop's cache keyed by this URI; a closed
      // cluster's port may be reused by the next one.
      fileSystem().close();
    } finally {
      quietServers(Level.OFF);
      cluster.shutdown(true);
    }
  }
}
