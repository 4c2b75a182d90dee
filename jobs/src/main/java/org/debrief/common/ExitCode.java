package org.debrief.common;

/** Debrief's process exit codes; documented in docs/operations.md and in {@code --help}. */
public enum ExitCode {
  OK(0),
  FAILURE(1),
  USAGE(2),
  DATA_QUALITY(3),
  LOCKED(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
