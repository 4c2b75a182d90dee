package org.debrief.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationStateSparkTest {
  @TempDir Path tmp;

  private static Dataset<Row> texts(SparkSession spark, String... hashes) {
    List<Row> rows =
        Stream.of(hashes)
            .map(
                h ->
                    RowFactory.create(
                        h,
                        scala.jdk.javaapi.CollectionConverters.asScala(List.<Row>of()).toList(),
                        "neutral",
                        0.5))
            .toList();
    return spark.createDataFrame(rows, AnnotationState.SCHEMA);
  }

  private static List<String> entries(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void eachAppendIsOneCompleteBatchAndHalfWrittenBatchesAreNeverRead() throws IOException {
    SparkSession spark = SparkTestSession.get();
    AnnotationState state =
        new AnnotationState(
            org.debrief.common.fs.Location.local(tmp.resolve("annotations").resolve("fp")), "fp");
    assertThat(state.exists()).isFalse();

    state.append(texts(spark, "a", "b"));
    assertThat(state.exists()).isTrue();
    assertThat(entries(state.folder().path())).singleElement().asString().startsWith("batch-");

    // What a run killed while writing leaves behind: a hidden folder with a data file in it.
    texts(spark, "killed").write().parquet(state.folder().resolve(".batch-killed").toString());
    state.append(texts(spark, "c"));

    assertThat(entries(state.folder().path()))
        .hasSize(3)
        .filteredOn(n -> n.startsWith("batch-"))
        .hasSize(2);
    assertThat(
            state
                .read(spark)
                .select("text_sha256")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList())
        .containsExactlyInAnyOrder("a", "b", "c");
    assertThat(state.read(spark).where("text_sha256 = 'c'").first().<String>getAs("sentiment"))
        .isEqualTo("neutral");

    state.clear();
    assertThat(state.exists()).isFalse();
  }
}
