package org.debrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application jar for {@code spark-submit} ({@code target/debrief-app.jar}, built in {@code
 * package}, hence an IT): what the cluster provides stays out, what clashes is relocated, what
 * CoreNLP looks up by name keeps its name. cluster/test-standalone.sh runs it on a real cluster.
 */
class AppJarIT {
  private static JarFile jar;
  private static List<String> entries;

  @BeforeAll
  static void open() throws IOException {
    jar = new JarFile(Path.of("target", "debrief-app.jar").toFile());
    entries = jar.stream().map(ZipEntry::getName).toList();
  }

  @AfterAll
  static void close() throws IOException {
    jar.close();
  }

  @Test
  void leavesSparkScalaHadoopAndTheirLoggingToTheCluster() {
    assertThat(entries)
        .noneMatch(e -> e.startsWith("org/apache/spark/"))
        .noneMatch(e -> e.startsWith("scala/"))
        .noneMatch(e -> e.startsWith("org/apache/hadoop/"))
        .noneMatch(e -> e.startsWith("org/apache/parquet/"))
        .noneMatch(e -> e.startsWith("com/fasterxml/jackson/"))
        .noneMatch(e -> e.startsWith("org/apache/logging/log4j/"))
        .noneMatch(e -> e.startsWith("org/slf4j/"))
        .doesNotContain("log4j2.properties");
  }

  @Test
  void carriesCoreNlpUnderItsOwnNamesButNotItsModels() {
    assertThat(entries)
        .contains(
            "edu/stanford/nlp/pipeline/StanfordCoreNLP.class",
            "org/debrief/annotate/corenlp.properties",
            "org/debrief/cli/Main.class")
        .noneMatch(e -> e.startsWith("edu/stanford/nlp/models/"));
  }

  @Test
  void carriesLinguaWithItsModelsAndRuntimeButNoGuava() {
    // Guava came only with the former language detector; a copy here would clash with Spark's.
    assertThat(entries)
        .noneMatch(e -> e.startsWith("com/google/common/"))
        .contains(
            "com/github/pemistahl/lingua/api/LanguageDetector.class",
            "language-models/hi/trigrams.json",
            "kotlin/jvm/internal/Intrinsics.class",
            "com/squareup/moshi/Moshi.class",
            "it/unimi/dsi/fastutil/objects/Object2FloatOpenHashMap.class")
        .noneMatch(e -> e.startsWith("language-models/ja/"));
  }

  @Test
  void bringsItsOwnCommonsIoForCommonsCsv() throws IOException {
    // commons-csv 1.14 needs commons-io 2.17+; Spark 3.5 clusters have 2.16.
    assertThat(entries).noneMatch(e -> e.startsWith("org/apache/commons/io/"));
    assertThat(text("org/apache/commons/csv/CSVParser.class"))
        .contains("org/debrief/shaded/org/apache/commons/io/");
  }

  @Test
  void mergesServiceFilesAndDropsSignatures() throws IOException {
    // poi and poi-ooxml each register a workbook factory: .xls needs one, .xlsx the other.
    assertThat(text("META-INF/services/org.apache.poi.ss.usermodel.WorkbookProvider"))
        .contains("org.apache.poi.hssf.usermodel.HSSFWorkbookFactory")
        .contains("org.apache.poi.xssf.usermodel.XSSFWorkbookFactory");
    assertThat(entries).noneMatch(e -> e.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"));
  }

  @Test
  void namesTheCommandLineAsMainClass() throws IOException {
    assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
        .isEqualTo("org.debrief.cli.Main");
  }

  private static String text(String entry) throws IOException {
    ZipEntry e = jar.getEntry(entry);
    assertThat(e).as(entry).isNotNull();
    try (InputStream in = jar.getInputStream(e)) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
