package org.debrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.debrief.common.SparkLaunch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and messages of the command line that need no Spark job. */
class MainTest {
  @TempDir Path tmp;

  @Test
  void helpListsEveryCommandAndExitsZero() {
    Captured c = Captured.run("--help");
    assertThat(c.code).isZero();
    assertThat(c.out)
        .contains(
            "run ",
            "ingest ",
            "summarize ",
            "report ",
            "bench ",
            "Exit codes:",
            "debrief run --input data-samples --output out");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Captured c = Captured.run("frobnicate");
    assertThat(c.code).isEqualTo(2);
    assertThat(c.err).contains("frobnicate").contains("--help");
  }

  @Test
  void aMissingRequiredOptionIsAUsageError() {
    Captured c = Captured.run("ingest", "--output", tmp.resolve("o").toString());
    assertThat(c.code).isEqualTo(2);
    assertThat(c.err).contains("--input");
  }

  @Test
  void refusesToWriteIntoAFolderThatIsNotADebriefOutput() throws IOException {
    Path mine = Files.createDirectories(tmp.resolve("thesis"));
    Files.writeString(mine.resolve("chapter1.tex"), "precious");
    Captured c = Captured.run("ingest", "--input", tmp.toString(), "--output", mine.toString());
    assertThat(c.code).isEqualTo(2);
    assertThat(c.err).contains("not a Debrief output");
    assertThat(mine.resolve("chapter1.tex")).hasContent("precious");
  }

  @Test
  void anEmbeddedRunUsesDebriefsLogConfigurationForTheFormatAsked() {
    assertThat(Main.logConfiguration(SparkLaunch.EMBEDDED, null, null))
        .contains("log4j2.properties");
    assertThat(Main.logConfiguration(SparkLaunch.EMBEDDED, "json", null))
        .contains("log4j2-json.properties");
  }

  @Test
  void aSubmittedRunOrAGivenConfigurationKeepsItsOwnLogging() {
    assertThat(Main.logConfiguration(SparkLaunch.SUBMITTED, "json", null)).isEmpty();
    assertThat(Main.logConfiguration(SparkLaunch.SUBMITTED, "text", null)).isEmpty();
    assertThat(Main.logConfiguration(SparkLaunch.EMBEDDED, "json", "/etc/debrief/log4j2.xml"))
        .isEmpty();
  }

  @Test
  void oneInputTakesSeveralPathsAsAShellGlobGivesThem() {
    IngestCommand ingest = new IngestCommand();
    new CommandLine(ingest).parseArgs("--input", "a.csv", "b.json", "dir/", "--output", "out");
    assertThat(ingest.input.inputs)
        .containsExactly(
            org.debrief.common.fs.Location.of("a.csv"),
            org.debrief.common.fs.Location.of("b.json"),
            org.debrief.common.fs.Location.of("dir/"));
  }

  @Test
  void inputCanStillBeRepeatedAndMixedWithSeveralPaths() {
    RunCommand run = new RunCommand();
    new CommandLine(run)
        .parseArgs("-i", "a.csv", "--input", "b.json", "c.jsonl", "--output", "out", "-i", "d/");
    assertThat(run.input.inputs)
        .containsExactly(
            org.debrief.common.fs.Location.of("a.csv"),
            org.debrief.common.fs.Location.of("b.json"),
            org.debrief.common.fs.Location.of("c.jsonl"),
            org.debrief.common.fs.Location.of("d/"));
  }

  @Test
  void anInputWithoutAPathIsStillAUsageError() {
    Captured c = Captured.run("ingest", "--input", "--output", tmp.resolve("o").toString());
    assertThat(c.code).isEqualTo(2);
    assertThat(c.err).contains("--input");
  }

  @Test
  void theCommandLinePageShowsTheRealHelp() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "cli.md"));
    for (String command : new String[] {"", "run", "ingest"}) {
      String[] args =
          command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
      String help = Captured.run(args).out.strip();
      assertThat(page)
          .as("docs/cli.md shows `debrief %s --help`", command)
          .contains("```\n" + help + "\n```");
    }
  }

  /** Runs the CLI with stdout and stderr captured. */
  record Captured(int code, String out, String err) {
    static Captured run(String... args) {
      PrintStream oldOut = System.out;
      PrintStream oldErr = System.err;
      var out = new java.io.ByteArrayOutputStream();
      var err = new java.io.ByteArrayOutputStream();
      try {
        System.setOut(new PrintStream(out, true));
        System.setErr(new PrintStream(err, true));
        int code = Main.execute(args);
        return new Captured(code, out.toString(), err.toString());
      } finally {
        System.setOut(oldOut);
        System.setErr(oldErr);
      }
    }
  }
}
