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

  public static Path data(String relative) {
    return root().resolve("data").resolve(relative);
  }

  /** The repository's data-samples folder, from the jobs module's working directory. */
  public static Path samples() {
    return Path.of("..", "data-samples").toAbsolutePath().normalize();
  }
}
