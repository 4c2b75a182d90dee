package org.debrief.common;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import org.debrief.common.fs.Location;

/**
 * One writer at a time per output folder. On a local disk, an OS file lock: a run killed with
 * SIGKILL releases it with its process. Elsewhere (HDFS, object stores), a lock file made by an
 * exclusive create, naming its owner and kept fresh by a heartbeat; one whose heartbeat stopped
 * longer than {@link #staleAfter()} ago belongs to a dead run and is taken over, with the reason
 * logged.
 */
public abstract sealed class RunLock implements AutoCloseable
    permits RunLock.OsLock, HeartbeatLock {
  static final String FILE = ".lock";

  public static RunLock acquire(Location outputRoot) {
    outputRoot.mkdirs();
    return outputRoot.isLocal()
        ? OsLock.lock(outputRoot)
        : HeartbeatLock.lock(outputRoot, staleAfter());
  }

  /** How long a remote lock's heartbeat may be silent: {@code DEBRIEF_LOCK_STALE_SECONDS}. */
  static Duration staleAfter() {
    String s = System.getenv("DEBRIEF_LOCK_STALE_SECONDS");
    return Duration.ofSeconds(s == null || s.isBlank() ? 600 : Long.parseLong(s.strip()));
  }

  static String owner() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "unknown host";
    }
    return "pid " + ProcessHandle.current().pid() + " on " + host + " since " + Instant.now();
  }

  static DebriefException locked(Location root, String holder) {
    return new DebriefException(
        ExitCode.LOCKED,
        "another Debrief run ("
            + (holder.isBlank() ? "unknown process" : holder.strip())
            + ") is writing to "
            + root.display()
            + "; wait for it to finish, or give another --output");
  }

  /**
   * Throws (exit 4) unless this run still safely holds the lock: a run that may have lost it stops
   * before publishing, so a second writer never publishes over a live one.
   */
  public abstract void ensureHeld();

  @Override
  public abstract void close();

  /** The lock file still names this run: nobody deleted it or took it over. */
  static void ensureOwned(Location file, String me) {
    String now = readQuietly(file);
    if (!now.equals(me)) {
      throw lost(
          file,
          now.isEmpty()
              ? "the lock file was deleted or cannot be read"
              : "the lock file now names another run (" + now.strip() + ")");
    }
  }

  static DebriefException lost(Location file, String why) {
    return new DebriefException(
        ExitCode.LOCKED,
        "this run no longer safely holds its lock "
            + file.display()
            + ": "
            + why
            + ". Another run may be writing to "
            + file.parent().display()
            + ", so this one stops without publishing; run it again once the output is reachable"
            + " and no other run is writing (see docs/operations.md, the run lock)");
  }

  static String readQuietly(Location f) {
    try {
      return f.readString();
    } catch (RuntimeException e) {
      // Unreadable or gone: the callers treat both as "not this run's lock".
      return "";
    }
  }

  static final class OsLock extends RunLock {
    private final Location file;
    private final String me;
    private final FileChannel channel;
    private final FileLock lock;

    private OsLock(Location file, String me, FileChannel channel, FileLock lock) {
      this.file = file;
      this.me = me;
      this.channel = channel;
      this.lock = lock;
    }

    static RunLock lock(Location root) {
      var file = root.path().resolve(FILE);
      String me = owner();
      try {
        FileChannel ch =
            FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = ch.tryLock();
        if (lock == null) {
          String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
          ch.close();
          throw locked(root, holder);
        }
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)));
        ch.force(true);
        return new OsLock(root.resolve(FILE), me, ch, lock);
      } catch (IOException e) {
        throw new DebriefException(
            ExitCode.USAGE, "cannot lock " + file + ": " + e.getMessage(), e);
      }
    }

    /** An OS lock holds while the process lives, but only on the file it was taken on. */
    @Override
    public void ensureHeld() {
      if (!lock.isValid()) {
        throw lost(file, "the OS released the lock");
      }
      ensureOwned(file, me);
    }

    @Override
    public void close() {
      try {
        lock.release();
        channel.close();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot release the run lock", e);
      }
    }
  }
}
