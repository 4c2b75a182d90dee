package org.debrief.common;

/**
 * Fault injection for the process-level tests: with {@code DEBRIEF_FAULT_PAUSE=<point>[:<seconds>]}
 * in the environment, a run says so on stderr and sleeps at that point (two minutes unless told),
 * so a test can kill it there or change its files meanwhile. It fires only when the JVM also has
 * the test-only system property {@code -Ddebrief.faults=on}, which no launcher of Debrief sets: the
 * variable alone, left in an operator's environment, does nothing.
 */
public final class Faults {
  /** The system property the process tests set. */
  public static final String ENABLED = "debrief.faults";

  private static final String SPEC =
      "on".equals(System.getProperty(ENABLED)) ? System.getenv("DEBRIEF_FAULT_PAUSE") : null;

  private Faults() {}

  public static void pauseAt(String point) {
    if (SPEC == null || !(SPEC.equals(point) || SPEC.startsWith(point + ":"))) {
      return;
    }
    long seconds = SPEC.equals(point) ? 120 : Long.parseLong(SPEC.substring(point.length() + 1));
    System.err.println("DEBRIEF_FAULT_PAUSED " + point);
    System.err.flush();
    try {
      Thread.sleep(seconds * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
