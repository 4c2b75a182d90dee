package org.debrief.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;

/** Runs a piece of work under some runtime SQL settings and restores the previous ones after. */
public final class SqlSettings {
  private SqlSettings() {}

  public static <T> T with(SparkSession spark, Map<String, String> settings, Supplier<T> work) {
    RuntimeConfig conf = spark.conf();
    Map<String, String> before = new HashMap<>();
    settings.keySet().forEach(k -> before.put(k, conf.getOption(k).getOrElse(() -> null)));
    settings.forEach(conf::set);
    try {
      return work.get();
    } finally {
      before.forEach(
          (k, v) -> {
            if (v == null) {
              conf.unset(k);
            } else {
              conf.set(k, v);
            }
          });
    }
  }
}
