package org.debrief.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.BuildInfo;
import org.debrief.common.Json;
import org.debrief.common.RunLock;
import org.debrief.common.SparkTestSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution tarball as an operator installs it, under {@code opt/debrief/} with a {@code
 * current} symlink, running the crontab's nightly job on the bundled samples with no Maven on PATH,
 * no JAVA_HOME and the repository out of reach.
 */
class DistributionIT {
  static final String VERSION = BuildInfo.debrief();
  static final String JVM_WARNING = "WARNING: Using incubator modules: jdk.incubator.vector";

  @TempDir static Path tmp;
  static Path current;
  static Path out;
  static Path logs;
  static Map<String, String> env;
  static Shell nightly;

  @BeforeAll
  static void installAndRunTheNightlyCronJob() throws Exception {
    Path tarball = Path.of("target", "debrief-" + VERSION + ".tar.gz").toAbsolutePath();
    assertThat(tarball).as("built by mvn package (not with -Dassembly.skipAssembly)").exists();
    Path opt = Files.createDirectories(tmp.resolve("opt/debrief"));
    Shell untar = Shell.run("tar", "-xzf", tarball.toString(), "-C", opt.toString());
    assertThat(untar.code()).as(untar.err()).isZero();
    current = Files.createSymbolicLink(opt.resolve("current"), Path.of("debrief-" + VERSION));
    out = tmp.resolve("data/debrief");
    logs = Files.createDirectories(tmp.resolve("log"));
    env = new HashMap<>();
    env.put("PATH", pathWithoutMaven(tmp.resolve("path")));
    env.put("HOME", tmp.toString());
    env.put("DEBRIEF_HEAP", "3g");
    nightly =
        Shell.run(List.of("/bin/sh", "-c", nightlyCommand()), env, tmp, Duration.ofMinutes(20));
  }

  /**
   * The links to programs outside the temporary folder, which JUnit would warn about one by one.
   */
  @AfterAll
  static void removeTheShadowPath() throws IOException {
    try (Stream<Path> links = Files.list(tmp.resolve("path"))) {
      for (Path link : links.toList()) {
        Files.delete(link);
      }
    }
  }

  @Test
  void theScrubbedPathHasJavaButNoMaven() throws Exception {
    assertThat(sh("command -v mvn").code()).isNotZero();
    assertThat(sh("command -v java").code()).isZero();
    assertThat(env).doesNotContainKey("JAVA_HOME");
  }

  @Test
  void theNightlyJobPublishesASucceededRunWithTheSamplesInIt() throws Exception {
    assertThat(nightly.code()).as(nightly.err()).isZero();
    JsonNode manifest = Json.MAPPER.readTree(out.resolve("latest/manifest.json").toFile());
    assertThat(manifest.get("status").asText()).isEqualTo("succeeded");
    assertThat(Files.readString(out.resolve("latest/report/index.html")))
        .contains("Northwind Analytics", "Kestrel Robotics", "Ferrovia Rail");
    long rows = manifest.at("/summarize/rows/label_frequencies").asLong();
    assertThat(rows).isPositive();
    SparkSession spark = SparkTestSession.get();
    assertThat(
            spark
                .read()
                .parquet(out.resolve("latest/summaries/label_frequencies").toString())
                .count())
        .isEqualTo(rows);
  }

  @Test
  void theConsoleSummaryAndTheJsonLogGoToTheirOwnFiles() throws IOException {
    assertThat(Files.readString(logs.resolve("nightly.log")))
        .contains("published " + out.resolve("runs"));
    List<String> lines = Files.readAllLines(logs.resolve("nightly.jsonl"));
    int json = 0;
    for (String line : lines) {
      if (!line.equals(JVM_WARNING)) {
        assertThat(Json.MAPPER.readTree(line).has("log.level")).as(line).isTrue();
        json++;
      }
    }
    assertThat(json).as("JSON log lines in %s", lines).isPositive();
  }

  @Test
  void aSymlinkedLauncherFindsItsReleaseAndPrefersJavaHome() throws Exception {
    Path links = Files.createDirectories(tmp.resolve("links"));
    Path link = links.resolve("debrief");
    if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.createSymbolicLink(link, links.relativize(current.resolve("bin/debrief")));
    }
    Shell version = launcher(link, System.getProperty("java.home"), "--version");
    assertThat(version.code()).as(version.err()).isZero();
    assertThat(version.out()).startsWith("debrief " + VERSION + "\n");

    Shell noJava = launcher(link, tmp.resolve("no-jdk").toString(), "--version");
    assertThat(noJava.code()).isEqualTo(2);
    assertThat(noJava.err()).contains("no Java at '" + tmp.resolve("no-jdk/bin/java") + "'");
  }

  @Test
  void debriefsOwnExitCodesPassThroughTheLauncher() throws Exception {
    Path locked = tmp.resolve("locked");
    try (RunLock held = RunLock.acquire(org.debrief.common.fs.Location.local(locked))) {
      Shell refused =
          launcher(
              current.resolve("bin/debrief"),
              null,
              "run",
              "--input",
              current.resolve("data-samples").toString(),
              "--output",
              locked.toString());
      assertThat(refused.code()).as(refused.err()).isEqualTo(4);
      assertThat(refused.err()).contains("another Debrief run");
    }
  }

  /**
   * The crontab's job up to {@code ||}, on this installation: its debrief command and its two log
   * redirections, so the shell's exit code is Debrief's.
   */
  private static String nightlyCommand() throws IOException {
    Matcher job = OpsFilesTest.cronJobs().get(0);
    String command = job.group("command") + " >>" + job.group("out") + " 2>>" + job.group("err");
    command = replace(command, "/opt/debrief/current", current.toString());
    command = replace(command, "/data/exports", current.resolve("data-samples").toString());
    command = replace(command, "/data/debrief", out.toString());
    command = replace(command, "/var/log/debrief", logs.toString());
    // The samples hold 6 deliberately broken rows of 80 (7.5%), above the nightly's 5%.
    return replace(command, "--max-quarantine-rate 0.05", "--max-quarantine-rate 0.1");
  }

  private static String replace(String command, String from, String to) {
    assertThat(command).as("the crontab's job names %s", from).contains(from);
    return command.replace(from, to);
  }

  /**
   * A PATH of this JVM's Java and PATH folders with Maven taken out: a folder holding mvn is
   * replaced by {@code shadow}, with links to all its other programs.
   */
  private static String pathWithoutMaven(Path shadow) throws IOException {
    Files.createDirectories(shadow);
    // This JVM's Java first: a machine may have it only through JAVA_HOME, which the run has not.
    StringBuilder path =
        new StringBuilder(Path.of(System.getProperty("java.home"), "bin").toString())
            .append(':')
            .append(shadow);
    for (String folder : System.getenv("PATH").split(":")) {
      Path dir = Path.of(folder);
      if (folder.isEmpty() || !Files.isDirectory(dir)) {
        continue;
      }
      if (!Files.exists(dir.resolve("mvn"))) {
        path.append(':').append(folder);
        continue;
      }
      try (Stream<Path> programs = Files.list(dir)) {
        for (Path p : programs.toList()) {
          Path name = p.getFileName();
          if (!name.toString().startsWith("mvn") && !Files.exists(shadow.resolve(name))) {
            Files.createSymbolicLink(shadow.resolve(name), p);
          }
        }
      }
    }
    return path.toString();
  }

  private static Shell sh(String script) throws Exception {
    return Shell.run(List.of("/bin/sh", "-c", script), env, tmp, Duration.ofMinutes(1));
  }

  private static Shell launcher(Path launcher, String javaHome, String... args) throws Exception {
    Map<String, String> e = new HashMap<>(env);
    if (javaHome != null) {
      e.put("JAVA_HOME", javaHome);
    }
    List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    return Shell.run(command, e, tmp, Duration.ofMinutes(5));
  }
}
