package org.debrief.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A command run to its end, with its output captured in files (no pipe to fill up). */
record Shell(int code, String out, String err) {

  /**
   * Runs {@code command} in {@code dir} with only {@code env} (null: this JVM's) as environment.
   */
  static Shell run(List<String> command, Map<String, String> env, Path dir, Duration limit)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("debrief-shell", ".out");
    Path err = Files.createTempFile("debrief-shell", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(command);
      if (dir != null) {
        pb.directory(dir.toFile());
      }
      if (env != null) {
        pb.environment().clear();
        pb.environment().putAll(env);
      }
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        throw new AssertionError(
            command + " did not finish within " + limit + "; stderr:\n" + Files.readString(err));
      }
      return new Shell(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static Shell run(String... command) throws IOException, InterruptedException {
    return run(List.of(command), null, null, Duration.ofMinutes(2));
  }

  /** True when {@code command} is on this JVM's PATH. */
  static boolean has(String command) throws IOException, InterruptedException {
    return run("sh", "-c", "command -v " + command).code() == 0;
  }
}
