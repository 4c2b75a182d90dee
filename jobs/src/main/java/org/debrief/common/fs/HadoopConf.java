package org.debrief.common.fs;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;

/**
 * The Hadoop configuration Debrief's own file operations use: the running Spark session's, so the
 * driver sees the file systems exactly as Spark's tasks do; before a session exists, Hadoop's
 * defaults (core-site.xml from {@code HADOOP_CONF_DIR}) plus the {@code spark.hadoop.*} settings
 * spark-submit passes to the driver as system properties.
 */
public final class HadoopConf {
  private static Configuration standalone;

  private HadoopConf() {}

  public static synchronized Configuration current() {
    var session = SparkSession.getActiveSession();
    if (session.isEmpty()) {
      session = SparkSession.getDefaultSession();
    }
    if (session.isDefined()) {
      return session.get().sparkContext().hadoopConfiguration();
    }
    if (standalone == null) {
      standalone = withSparkHadoopProperties(new Configuration(), System.getProperties());
    }
    return standalone;
  }

  static Configuration withSparkHadoopProperties(
      Configuration conf, Map<Object, Object> properties) {
    String prefix = "spark.hadoop.";
    properties.forEach(
        (k, v) -> {
          if (k instanceof String key && key.startsWith(prefix)) {
            conf.set(key.substring(prefix.length()), String.valueOf(v));
          }
        });
    return conf;
  }
}
