package org.debrief.common;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.debrief.common.fs.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks state entries as a run reads them. The state is a cache: a damaged entry is moved under
 * {@code damaged/} (kept for a person to look at), named in a warning and reported to the run, and
 * what it held is computed again. It never fails the run.
 */
public final class StateCheck {
  static final String DAMAGED = "damaged";
  private static final Logger LOG = LoggerFactory.getLogger(StateCheck.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Location stateRoot;
  private final Consumer<StateRepair> onRepair;

  /**
   * @param onRepair told of each entry set aside (the run records it in its manifest)
   */
  public StateCheck(Location stateRoot, Consumer<StateRepair> onRepair) {
    this.stateRoot = stateRoot;
    this.onRepair = onRepair;
  }

  /** A check that only warns: for readers outside a run. */
  public static StateCheck warnOnly(Location stateRoot) {
    return new StateCheck(stateRoot, r -> {});
  }

  public Location stateRoot() {
    return stateRoot;
  }

  /**
   * Sets aside each {@link StateEntry} in {@code folder} whose name starts with {@code prefix} and
   * that does not match its record. Entries being written (hidden names) are not looked at.
   */
  public void entries(Location folder, String prefix) {
    if (!folder.isDirectory()) {
      return;
    }
    for (Location entry : folder.list()) {
      if (entry.name().startsWith(prefix)) {
        entry(entry);
      }
    }
  }

  /** Sets {@code entry} aside when it exists and does not match its {@link StateEntry} record. */
  public void entry(Location entry) {
    if (entry.isDirectory()) {
      StateEntry.damage(entry).ifPresent(why -> setAside(entry, why));
    }
  }

  /** Moves {@code entry} (a file or a folder) under {@code damaged/}, warns and reports it. */
  public void setAside(Location entry, String reason) {
    String relative = stateRoot.relativize(entry);
    Location damaged = stateRoot.resolve(DAMAGED).mkdirs();
    Location target =
        damaged.resolve(STAMP.format(Instant.now()) + "-" + relative.replace('/', '~'));
    entry.moveTo(target);
    LOG.warn(
        "the state entry {} is damaged ({}); moved to {}, and what it held is computed again",
        entry.display(),
        reason,
        target.display());
    onRepair.accept(new StateRepair(relative, reason, stateRoot.relativize(target)));
  }
}
