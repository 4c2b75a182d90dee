package org.debrief.common;

import java.nio.file.Path;

/**
 * Where ../shared lives for tests: system property {@code debrief.shared}, else {@code ../shared}.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    return Path.of(System.getProperty("debrief.shared", "../shared")).toAbsolutePath().normalize();
  }

  /**
   * Whether a missing ../shared fails the tests that need it instead of skipping them: set by
   * {@code DEBRIEF_REQUIRE_SHARED=1} or {@code -Ddebrief.requireShared=true}, as CI does.
   */
  public static boolean required() {
    String env = System.getenv("DEBRIEF_REQUIRE_SHARED");
    return Boolean.getBoolean("debrief.requireShared")
        || "1".equals(env)
        || "true".equalsIgnoreCase(env);
  }

  public static Path data(String relative) {
    return root().resolve("data").resolve(relative);
  }

  /** The repository's data-samples folder, from the jobs module's working directory. */
  public static Path samples() {
    return Path.of("..", "data-samples").toAbsolutePath().normalize();
  }
}
