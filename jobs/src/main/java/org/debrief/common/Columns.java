package org.debrief.common;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Checks a stage's input for the columns it reads. */
public final class Columns {
  private Columns() {}

  /**
   * Fails with a message naming what is missing, what is there and the likely fix.
   *
   * @param what the input as the user knows it, e.g. {@code out/reviews}
   * @param producedBy the sub-command that writes those columns
   */
  public static void require(Dataset<Row> data, String what, String producedBy, String... names) {
    Set<String> present = Set.of(data.columns());
    List<String> missing = Arrays.stream(names).filter(n -> !present.contains(n)).toList();
    if (!missing.isEmpty()) {
      throw new DebriefException(
          ExitCode.USAGE,
          what
              + " lacks column(s) "
              + missing
              + " (it has "
              + List.of(data.columns())
              + "); run `debrief "
              + producedBy
              + "` on this output folder first");
    }
  }
}
