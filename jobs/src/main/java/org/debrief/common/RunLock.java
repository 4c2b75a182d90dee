package org.debrief.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per output folder. An OS file lock, so a run killed with SIGKILL releases it
 * with its process and the next run is never blocked by a stale lock file.
 */
public final class RunLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  public static RunLock acquire(Path outputRoot) {
    Path file = outputRoot.resolve(".lock");
    try {
      Files.createDirectories(outputRoot);
      FileChannel ch =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = ch.tryLock();
      if (lock == null) {
        String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
        ch.close();
        throw new DebriefException(
            ExitCode.LOCKED,
            "another Debrief run ("
                + (holder.isEmpty() ? "unknown process" : holder)
                + ") is writing to "
                + outputRoot
                + "; wait for it to finish, or give another --output");
      }
      ch.truncate(0);
      ch.write(
          ByteBuffer.wrap(
              ("pid " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
      ch.force(true);
      return new RunLock(ch, lock);
    } catch (IOException e) {
      throw new DebriefException(ExitCode.USAGE, "cannot lock " + file + ": " + e.getMessage(), e);
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
