package org.debrief.common;

/**
 * Fault injection for the process-level tests: with {@code DEBRIEF_FAULT_PAUSE=<point>} in the
 * environment, a run says so on stderr and sleeps at that point, so a test can kill it there.
 * Without the variable this does nothing.
 */
public final class Faults {
  private static final String POINT = System.getenv("DEBRIEF_FAULT_PAUSE");

  private Faults() {}

  public static void pauseAt(String point) {
    if (point.equals(POINT)) {
      System.err.println("DEBRIEF_FAULT_PAUSED " + point);
      System.err.flush();
      try {
        Thread.sleep(120_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
