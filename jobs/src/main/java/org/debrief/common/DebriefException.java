package org.debrief.common;

/** A failure the user can act on: its message says what went wrong and what to do. */
public class DebriefException extends RuntimeException {
  private final ExitCode exitCode;

  public DebriefException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public DebriefException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
