package org.debrief.nightly;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.debrief.common.Faults;

/** Debrief's CLI in its own JVM, as a scheduler runs it, so that a test can SIGKILL it. */
final class DebriefProcess {
  private final Process process;
  private final StringBuffer stderr = new StringBuffer();
  private final CompletableFuture<Void> pumping;

  private DebriefProcess(Process process) {
    this.process = process;
    this.pumping = CompletableFuture.runAsync(this::pump);
  }

  /**
   * Starts {@code debrief args…}; {@code pauseAt} sets DEBRIEF_FAULT_PAUSE (null for none), {@code
   * point} or {@code point:seconds}.
   */
  static DebriefProcess start(String pauseAt, String... args) throws IOException {
    return startWith(java.util.Map.of(), pauseAt, args);
  }

  /** As {@link #start(String, String...)}, with {@code env} added to the environment. */
  static DebriefProcess startWith(java.util.Map<String, String> env, String pauseAt, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.add("-Xmx3g");
    cmd.addAll(List.of(System.getProperty("debrief.jvm.opens", "").split("\\s+")));
    cmd.add("-Dspark.master=local[2]");
    cmd.add("-D" + Faults.ENABLED + "=on");
    cmd.add("-cp");
    cmd.add(classpath());
    cmd.add("org.debrief.cli.Main");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd.stream().filter(s -> !s.isBlank()).toList());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().remove("DEBRIEF_FAULT_PAUSE");
    pb.environment().putAll(env);
    if (pauseAt != null) {
      pb.environment().put("DEBRIEF_FAULT_PAUSE", pauseAt);
    }
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    return new DebriefProcess(pb.start());
  }

  /** Runs to the end and returns the exit code. */
  static int run(String... args) throws Exception {
    DebriefProcess p = start(null, args);
    return p.waitFor(Duration.ofMinutes(5));
  }

  int waitFor(Duration limit) throws Exception {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("debrief did not finish within " + limit + "; stderr:\n" + stderr);
    }
    pumping.get(10, TimeUnit.SECONDS);
    return process.exitValue();
  }

  /** Waits until the process says it paused at its fault point. */
  void awaitPause(String point, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!stderr.toString().contains("DEBRIEF_FAULT_PAUSED " + point)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("debrief never paused at " + point + "; stderr:\n" + stderr);
      }
      Thread.sleep(200);
    }
  }

  /** SIGKILL: no shutdown hooks, no clean-up, as when a machine or scheduler kills the job. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  String stderr() {
    return stderr.toString();
  }

  private void pump() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        stderr.append(line).append('\n');
      }
    } catch (IOException e) {
      stderr.append("(stderr closed: ").append(e.getMessage()).append(")\n");
    }
  }

  private static String classpath() throws IOException {
    Path target = Path.of("target");
    // As ./debrief does it: the compile-scope jars, then the runtime-only ones (Lingua's).
    return target.resolve("classes")
        + java.io.File.pathSeparator
        + Files.readString(target.resolve("classpath.txt")).strip()
        + java.io.File.pathSeparator
        + Files.readString(target.resolve("classpath-runtime.txt")).strip();
  }
}
