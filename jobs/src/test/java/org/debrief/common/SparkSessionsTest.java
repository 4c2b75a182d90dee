package org.debrief.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The settings Debrief chooses for the Spark it embeds and the ones it leaves to a cluster. */
class SparkSessionsTest {
  @Test
  void anEmbeddedRunGetsALocalMasterNoUiAndTwoShufflePartitionsPerCore() {
    SparkConf conf =
        SparkSessions.withDefaults(new SparkConf(false), "debrief-run", SparkLaunch.EMBEDDED, 6);
    assertThat(settings(conf))
        .containsEntry("spark.master", "local[*]")
        .containsEntry("spark.ui.enabled", "false")
        .containsEntry("spark.sql.shuffle.partitions", "12")
        .containsEntry("spark.sql.adaptive.enabled", "true")
        .containsEntry("spark.sql.adaptive.coalescePartitions.enabled", "true")
        .containsEntry("spark.sql.session.timeZone", "UTC")
        .containsEntry("spark.driver.host", "127.0.0.1")
        .containsEntry("spark.app.name", "debrief-run");
  }

  @Test
  void anEmbeddedRunSizesShufflesByTheThreadsOfItsMaster() {
    SparkConf conf = new SparkConf(false).set("spark.master", "local[3]");
    SparkSessions.withDefaults(conf, "debrief-run", SparkLaunch.EMBEDDED, 16);
    assertThat(conf.get("spark.sql.shuffle.partitions")).isEqualTo("6");
    assertThat(SparkSessions.threads("local[2,4]", 16)).isEqualTo(2);
    assertThat(SparkSessions.threads("local", 16)).isEqualTo(16);
  }

  @Test
  void valuesGivenToAnEmbeddedRunWin() {
    SparkConf conf =
        new SparkConf(false)
            .set("spark.ui.enabled", "true")
            .set("spark.sql.shuffle.partitions", "50");
    SparkSessions.withDefaults(conf, "debrief-run", SparkLaunch.EMBEDDED, 2);
    assertThat(conf.get("spark.ui.enabled")).isEqualTo("true");
    assertThat(conf.get("spark.sql.shuffle.partitions")).isEqualTo("50");
  }

  @Test
  void aSubmittedRunLeavesUiShufflesAndAddressesToTheCluster() {
    SparkConf conf =
        new SparkConf(false)
            .set("spark.master", "spark://10.0.0.5:7077")
            .set("spark.submit.deployMode", "client")
            .set("spark.app.name", "debrief-nightly");
    SparkSessions.withDefaults(conf, "debrief-run", SparkLaunch.SUBMITTED, 2);
    assertThat(settings(conf))
        .containsOnlyKeys(
            "spark.master",
            "spark.submit.deployMode",
            "spark.app.name",
            "spark.sql.session.timeZone",
            "spark.sql.adaptive.enabled",
            "spark.sql.adaptive.coalescePartitions.enabled")
        .containsEntry("spark.master", "spark://10.0.0.5:7077")
        .containsEntry("spark.app.name", "debrief-nightly");
  }

  @Test
  void sparkSubmitOrAClusterMasterMeansSubmitted() {
    assertThat(SparkLaunch.of(props())).isEqualTo(SparkLaunch.EMBEDDED);
    assertThat(SparkLaunch.of(props("spark.master", "local[2]"))).isEqualTo(SparkLaunch.EMBEDDED);
    assertThat(SparkLaunch.of(props("SPARK_SUBMIT", "true", "spark.master", "local[*]")))
        .isEqualTo(SparkLaunch.SUBMITTED);
    assertThat(SparkLaunch.of(props("spark.submit.deployMode", "cluster")))
        .isEqualTo(SparkLaunch.SUBMITTED);
    assertThat(SparkLaunch.of(props("spark.master", "yarn"))).isEqualTo(SparkLaunch.SUBMITTED);
  }

  private static Map<String, String> settings(SparkConf conf) {
    return Arrays.stream(conf.getAll()).collect(Collectors.toMap(t -> t._1(), t -> t._2()));
  }

  private static Properties props(String... keyValues) {
    Properties p = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      p.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return p;
  }
}
