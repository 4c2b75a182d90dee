package org.debrief.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import sun.misc.Signal;

/**
 * Runs a {@link MiniHdfs} until killed, for a script that starts HDFS beside a Spark standalone
 * cluster.
 *
 * <p>Usage: {@code MiniHdfsServer <base-dir> <uri-file> [<local-folder> <hdfs-path>]...}: each
 * local folder is copied to its path on the cluster before the URI is published. The URI ({@code
 * hdfs://127.0.0.1:PORT}) appears in {@code <uri-file>} once the cluster accepts clients; SIGTERM
 * (a plain {@code kill}) or SIGINT (Ctrl-C) shuts it down, deletes {@code <base-dir>} and removes
 * {@code <uri-file>}. A job a script starts with {@code &} ignores SIGINT: stop it with {@code
 * kill}.
 *
 * <pre>
 * mvn -o -q -pl jobs test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -Xmx256m -cp jobs/target/test-classes:$(cat /tmp/cp.txt) \
 *     org.debrief.common.MiniHdfsServer /tmp/mh /tmp/mh.uri &amp;
 * while [ ! -s /tmp/mh.uri ]; do sleep 0.2; done
 * </pre>
 */
public final class MiniHdfsServer {
  private MiniHdfsServer() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 2 || args.length % 2 != 0) {
      System.err.println(
          "usage: MiniHdfsServer <base-dir> <uri-file> [<local-folder> <hdfs-path>]...");
      System.exit(2);
    }
    Path uriFile = Path.of(args[1]).toAbsolutePath();
    MiniHdfs hdfs = MiniHdfs.start(Path.of(args[0]).toAbsolutePath());
    // A signal handler, not a shutdown hook: once the JVM is shutting down, Hadoop's own
    // ShutdownHookManager refuses the datanode's clean stop (IllegalStateException) and the base
    // directory stays behind. The cluster is stopped first, then the JVM exits.
    for (String signal : new String[] {"TERM", "INT"}) {
      Signal.handle(new Signal(signal), s -> stop(hdfs, uriFile));
    }
    for (int i = 2; i < args.length; i += 2) {
      hdfs.fileSystem()
          .copyFromLocalFile(
              new org.apache.hadoop.fs.Path(Path.of(args[i]).toAbsolutePath().toUri()),
              new org.apache.hadoop.fs.Path(hdfs.uri() + "/" + args[i + 1]));
    }
    publish(hdfs.uri().toString(), uriFile);
    System.out.println("MiniHdfsServer: " + hdfs.uri());
    Thread.currentThread().join();
  }

  /** Writes {@code uri} under a temporary name first: a waiting script never reads half of it. */
  private static void publish(String uri, Path uriFile) throws IOException {
    Path partial = uriFile.resolveSibling(uriFile.getFileName() + ".partial");
    Files.writeString(partial, uri + "\n", StandardCharsets.UTF_8);
    Files.move(partial, uriFile, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void stop(MiniHdfs hdfs, Path uriFile) {
    try {
      // A stale file would send the next script to a dead port.
      Files.deleteIfExists(uriFile);
      hdfs.close();
      System.exit(0);
    } catch (Throwable e) {
      // Whatever failed (MiniDFSCluster's exit check throws an AssertionError), the JVM must end.
      System.err.println("MiniHdfsServer: shutdown failed, " + e + "; base dir may remain");
      System.exit(1);
    }
  }
}
