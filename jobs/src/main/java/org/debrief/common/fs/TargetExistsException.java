package org.debrief.common.fs;

/** A rename found its target already there: another run got there first. */
public final class TargetExistsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TargetExistsException(Location target, Throwable cause) {
    super(target.display() + " already exists", cause);
  }
}
