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
public abstract sealed class RunLock implements AutoCloseable {
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

  @Override
  public abstract void close();

  private static final class OsLock extends RunLock {
    private final FileChannel channel;
    private final FileLock lock;

    private OsLock(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    static RunLock lock(Location root) {
      var file = root.path().resolve(FILE);
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
        ch.write(ByteBuffer.wrap(owner().getBytes(StandardCharsets.UTF_8)));
        ch.force(true);
        return new OsLock(ch, lock);
      } catch (IOException e) {
        throw new DebriefException(
            ExitCode.USAGE, "cannot lock " + file + ": " + e.getMessage(), e);
      }
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

  static final class HeartbeatLock extends RunLock {
    private final Location file;
    private final Thread heartbeat;

    private HeartbeatLock(Location file, Duration staleAfter) {
      this.file = file;
      long every = Math.max(200, Math.min(30_000, staleAfter.toMillis() / 4));
      this.heartbeat = new Thread(() -> beat(every), "debrief-lock-heartbeat");
      heartbeat.setDaemon(true);
      heartbeat.start();
    }

    private void beat(long everyMillis) {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          Thread.sleep(everyMillis);
          file.storage().touch(file);
        } catch (InterruptedException e) {
          return;
        } catch (RuntimeException e) {
          System.err.println(
              "debrief: cannot refresh the run lock " + file + ": " + e.getMessage());
        }
      }
    }

    static RunLock lock(Location root, Duration staleAfter) {
      Location file = root.resolve(FILE);
      byte[] me = owner().getBytes(StandardCharsets.UTF_8);
      if (file.storage().createExclusive(file, me)) {
        return new HeartbeatLock(file, staleAfter);
      }
      String holder = readQuietly(file);
      long silent = System.currentTimeMillis() - file.stamp().modifiedMillis();
      if (silent < staleAfter.toMillis()) {
        throw locked(root, holder);
      }
      takeOver(file, holder, silent);
      if (!file.storage().createExclusive(file, me)) {
        throw locked(root, readQuietly(file));
      }
      return new HeartbeatLock(file, staleAfter);
    }

    /**
     * Moves the stale lock aside, which only one contender can do, and checks that what it moved is
     * the lock it judged stale, not a fresh one another contender made meanwhile.
     */
    private static void takeOver(Location file, String holder, long silentMillis) {
      Location aside = file.sibling(FILE + ".stale-" + java.util.UUID.randomUUID());
      try {
        file.moveTo(aside);
      } catch (RuntimeException e) {
        throw locked(file.parent(), readQuietly(file));
      }
      if (!readQuietly(aside).equals(holder)) {
        aside.moveTo(file);
        throw locked(file.parent(), readQuietly(file));
      }
      aside.deleteTree();
      System.err.println(
          "debrief: took over the run lock of "
              + file.parent().display()
              + " from "
              + holder.strip()
              + ": no heartbeat for "
              + silentMillis / 1000
              + " s (limit DEBRIEF_LOCK_STALE_SECONDS), so that run is presumed dead");
    }

    private static String readQuietly(Location f) {
      try {
        return f.readString();
      } catch (RuntimeException e) {
        return "";
      }
    }

    @Override
    public void close() {
      heartbeat.interrupt();
      try {
        heartbeat.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      file.deleteTree();
    }
  }
}
