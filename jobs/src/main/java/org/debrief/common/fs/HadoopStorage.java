package org.debrief.common.fs;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Any file system Hadoop has a client for: HDFS, object stores (s3a, gs, abfs) and the rest. No
 * hard links there, so runs share files by copying; renames are atomic on HDFS only, so on object
 * stores a file is replaced by one whole-object PUT.
 */
final class HadoopStorage implements Storage {
  /** Schemes whose rename is atomic (a metadata operation), not a copy and delete. */
  private static final Set<String> ATOMIC_RENAME = Set.of("hdfs", "viewfs", "webhdfs", "swebhdfs");

  private final FileSystem fs;
  private final Configuration conf;
  private final boolean atomicRename;

  private HadoopStorage(FileSystem fs, Configuration conf, boolean atomicRename) {
    this.fs = fs;
    this.conf = conf;
    this.atomicRename = atomicRename;
  }

  static HadoopStorage forLocation(Location l) {
    Configuration conf = HadoopConf.current();
    try {
      return new HadoopStorage(
          FileSystem.get(l.uri(), conf), conf, ATOMIC_RENAME.contains(l.scheme()));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "no file system for " + l + " (" + e.getMessage() + "); see docs/cluster.md", e);
    }
  }

  /** The authority Hadoop's configuration gives a URI that names none (hdfs:///data). */
  static String defaultAuthority(java.net.URI uri) {
    try {
      String a = FileSystem.get(uri, HadoopConf.current()).getUri().getAuthority();
      return a == null ? "" : a;
    } catch (IOException e) {
      throw new UncheckedIOException("no file system for " + uri + ": " + e.getMessage(), e);
    }
  }

  private static Path path(Location l) {
    return new Path(l.uri());
  }

  private Location location(Path p) {
    return Location.of(fs.makeQualified(p).toString());
  }

  /** A call to Hadoop's client, whose IOException {@link #io} turns into an unchecked one. */
  private interface HadoopCall<T> {
    T run() throws IOException;
  }

  /** Runs {@code call}; a failure names what was done and where. */
  private static <T> T io(String what, Location l, HadoopCall<T> call) {
    try {
      return call.run();
    } catch (IOException e) {
      throw LocalStorage.failure(what, l, e);
    }
  }

  @Override
  public boolean exists(Location l) {
    return io("cannot read", l, () -> fs.exists(path(l)));
  }

  @Override
  public boolean isDirectory(Location l) {
    FileStatus s = status(l);
    return s != null && s.isDirectory();
  }

  @Override
  public boolean isFile(Location l) {
    FileStatus s = status(l);
    return s != null && s.isFile();
  }

  private FileStatus status(Location l) {
    return io(
        "cannot read",
        l,
        () -> {
          try {
            return fs.getFileStatus(path(l));
          } catch (FileNotFoundException e) {
            return null;
          }
        });
  }

  @Override
  public List<Location> list(Location dir) {
    return io(
        "cannot list",
        dir,
        () -> {
          List<Location> out = new ArrayList<>();
          try {
            for (FileStatus s : fs.listStatus(path(dir))) {
              out.add(location(s.getPath()));
            }
          } catch (FileNotFoundException e) {
            return List.of();
          }
          return out.stream().sorted().toList();
        });
  }

  @Override
  public List<Location> files(Location dir) {
    return io(
        "cannot list",
        dir,
        () -> {
          List<Location> out = new ArrayList<>();
          try {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(path(dir), true);
            while (it.hasNext()) {
              out.add(location(it.next().getPath()));
            }
          } catch (FileNotFoundException e) {
            return List.of();
          }
          return out.stream().sorted().toList();
        });
  }

  @Override
  public void mkdirs(Location dir) {
    io("cannot create", dir, () -> fs.mkdirs(path(dir)));
  }

  @Override
  public InputStream open(Location file) {
    return io("cannot read", file, () -> fs.open(path(file)));
  }

  @Override
  public byte[] readBytes(Location file) {
    return io(
        "cannot read",
        file,
        () -> {
          try (InputStream in = fs.open(path(file))) {
            return in.readAllBytes();
          }
        });
  }

  @Override
  public void replace(Location file, byte[] content) {
    if (!atomicRename) {
      // An object store shows an object only once its upload completes: one PUT is atomic.
      io("cannot write", file, () -> write(path(file), content, true));
      return;
    }
    Location tmp = file.sibling("." + file.name() + "." + UUID.randomUUID() + ".tmp");
    io("cannot write", file, () -> write(path(tmp), content, false));
    renameOver(tmp, file);
  }

  private Void write(Path p, byte[] content, boolean overwrite) throws IOException {
    try (OutputStream out = fs.create(p, overwrite)) {
      out.write(content);
    }
    return null;
  }

  @Override
  public boolean createExclusive(Location file, byte[] content) {
    try {
      write(path(file), content, false);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      if (exists(file)) {
        return false;
      }
      throw LocalStorage.failure("cannot create", file, e);
    }
  }

  @Override
  public void renameOver(Location from, Location to) {
    io(
        "cannot move " + from + " over",
        to,
        () -> {
          FileContext.getFileContext(from.uri(), conf)
              .rename(path(from), path(to), Options.Rename.OVERWRITE);
          return null;
        });
  }

  @Override
  public void move(Location from, Location to) {
    try {
      fs.mkdirs(path(to.parent()));
      if (exists(to)) {
        throw new TargetExistsException(to, null);
      }
      // FileContext's rename fails rather than moving a folder *into* an existing one.
      FileContext.getFileContext(from.uri(), conf).rename(path(from), path(to));
    } catch (FileAlreadyExistsException e) {
      throw new TargetExistsException(to, e);
    } catch (IOException e) {
      throw LocalStorage.failure("cannot move " + from + " to", to, e);
    }
  }

  @Override
  public void deleteTree(Location l) {
    io("cannot delete", l, () -> fs.delete(path(l), true));
  }

  @Override
  public FileStamp stamp(Location file) {
    FileStatus s = io("cannot read", file, () -> fs.getFileStatus(path(file)));
    return new FileStamp(s.getLen(), s.getModificationTime());
  }

  @Override
  public void touch(Location file) {
    io(
        "cannot touch",
        file,
        () -> {
          fs.setTimes(path(file), System.currentTimeMillis(), -1);
          return null;
        });
  }

  @Override
  public void shareTree(Location from, Location to, Set<String> except) {
    io(
        "cannot copy the files of " + from + " into",
        to,
        () -> {
          fs.mkdirs(path(to));
          for (FileStatus s : fs.listStatus(path(from))) {
            if (!except.contains(s.getPath().getName())) {
              FileUtil.copy(
                  fs, s.getPath(), fs, new Path(path(to), s.getPath().getName()), false, conf);
            }
          }
          return null;
        });
  }

  @Override
  public void shareFile(Location from, Location to) {
    io(
        "cannot copy " + from + " to",
        to,
        () -> FileUtil.copy(fs, path(from), fs, path(to), false, conf));
  }

  @Override
  public void upload(java.nio.file.Path from, Location to) {
    io(
        "cannot copy " + from + " to",
        to,
        () -> {
          fs.mkdirs(path(to));
          try (var entries = java.nio.file.Files.list(from)) {
            for (java.nio.file.Path e : entries.toList()) {
              fs.copyFromLocalFile(
                  false, true, new Path(e.toUri()), new Path(path(to), e.getFileName().toString()));
            }
          }
          return null;
        });
  }
}
