package org.debrief.common;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.debrief.common.fs.Location;

/**
 * The run lock where there are no OS locks (HDFS, object stores): a lock file made by an exclusive
 * create, naming its owner and kept fresh by a heartbeat. One whose heartbeat stopped longer than
 * the stale limit ago belongs to a dead run and is taken over, with the reason logged.
 */
final class HeartbeatLock extends RunLock {
  /**
   * Beats come every quarter of the stale limit; after half of it without one, the run stops before
   * publishing. Another run takes over only after the whole limit, so the half left is this run's
   * margin to notice and stop.
   */
  static final double SAFE_FRACTION = 0.5;

  private final Location file;
  private final String me;
  private final Duration staleAfter;
  private final Thread heartbeat;
  private volatile long renewedMillis = System.currentTimeMillis();
  private volatile String lastFailure = "";

  private HeartbeatLock(Location file, String me, Duration staleAfter) {
    this.file = file;
    this.me = me;
    this.staleAfter = staleAfter;
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
        renewedMillis = System.currentTimeMillis();
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // Retried at the next beat; ensureHeld stops the run if it keeps failing.
        lastFailure = e.getMessage();
        System.err.println("debrief: cannot refresh the run lock " + file + ": " + lastFailure);
      }
    }
  }

  @Override
  public void ensureHeld() {
    long silent = System.currentTimeMillis() - renewedMillis;
    if (silent > staleAfter.toMillis() * SAFE_FRACTION) {
      throw lost(
          file,
          "its heartbeat could not be renewed for "
              + silent / 1000
              + " s, more than half of DEBRIEF_LOCK_STALE_SECONDS ("
              + staleAfter.toSeconds()
              + " s), after which another run may take it over (last error: "
              + lastFailure
              + ")");
    }
    ensureOwned(file, me);
  }

  static RunLock lock(Location root, Duration staleAfter) {
    Location file = root.resolve(FILE);
    String me = owner();
    byte[] bytes = me.getBytes(StandardCharsets.UTF_8);
    if (file.storage().createExclusive(file, bytes)) {
      return new HeartbeatLock(file, me, staleAfter);
    }
    String holder = readQuietly(file);
    long silent = System.currentTimeMillis() - file.stamp().modifiedMillis();
    if (silent < staleAfter.toMillis()) {
      throw locked(root, holder);
    }
    takeOver(file, holder, silent);
    if (!file.storage().createExclusive(file, bytes)) {
      throw locked(root, readQuietly(file));
    }
    return new HeartbeatLock(file, me, staleAfter);
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

  @Override
  public void close() {
    heartbeat.interrupt();
    try {
      heartbeat.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // A lock taken over from this run is the other run's now.
    if (readQuietly(file).equals(me)) {
      file.deleteTree();
    }
  }
}
