package org.debrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.debrief.bench.Ceiling;
import org.debrief.bench.CorpusGenerator;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import org.debrief.common.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    description =
        "Measure throughput: the CoreNLP ceiling, a full run, a run with nothing new, a +1% run.",
    mixinStandardHelpOptions = true,
    footer = {"%nExample:", "  debrief bench --reviews 2000 --work /tmp/debrief-bench"})
final class BenchCommand implements Callable<Integer> {
  @Option(
      names = "--reviews",
      paramLabel = "N",
      defaultValue = "2000",
      description = "Reviews to generate (200 … 100000, default: ${DEFAULT-VALUE}).")
  int reviews;

  @Option(
      names = "--from",
      paramLabel = "PATH",
      description =
          "Reviews whose sentences are resampled (default: ../shared/data if present, else data-samples).")
  Path from;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      required = true,
      description = "A scratch folder for the generated input and the runs (emptied first).")
  Path work;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for the ceiling (default: all cores).")
  Integer threads;

  @Option(names = "--skip-ceiling", description = "Measure only Debrief's runs.")
  boolean skipCeiling;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (reviews < 200 || reviews > 100_000) {
      throw new DebriefException(ExitCode.USAGE, "--reviews must be between 200 and 100000");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path input = Files.createDirectories(reset(work).resolve("input"));
    CorpusGenerator corpus = new CorpusGenerator(BenchSource.texts(source()));
    List<String> texts = corpus.write(input.resolve("bench.csv"), "bench", reviews, 42);
    ObjectNode result = Json.MAPPER.createObjectNode();
    result.put("reviews", reviews);
    result.put("cores", Runtime.getRuntime().availableProcessors());
    result.put("source", source().toString());
    out.printf(
        "debrief bench: %d reviews resampled from %d sentences of %s%n",
        reviews, corpus.sentencePool(), source());
    out.flush();

    Ceiling.Result ceiling = null;
    if (!skipCeiling) {
      int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
      ceiling = Ceiling.measure(texts, n);
      ObjectNode c = result.putObject("ceiling");
      c.put("threads", n);
      c.put("seconds", ceiling.seconds());
      c.put("reviews_per_s", ceiling.reviewsPerSecond());
      c.put("sentences_per_s", ceiling.sentencesPerSecond());
      out.printf(
          Locale.ROOT,
          "ceiling   %8.1f s  %6.2f reviews/s  %7.1f sentences/s  (%d threads, no Spark)%n",
          ceiling.seconds(),
          ceiling.reviewsPerSecond(),
          ceiling.sentencesPerSecond(),
          n);
      out.flush();
    }

    Path output = work.resolve("out");
    double full = measuredRun("full run", input, output, result.putObject("full"), out);
    double unchanged =
        measuredRun("no change", input, output, result.putObject("nothing_new"), out);
    int added = Math.max(1, reviews / 100);
    corpus.write(input.resolve("new.csv"), "new", added, 7);
    double incremental =
        measuredRun("+1% run", input, output, result.putObject("incremental"), out);

    if (ceiling != null) {
      result.put("debrief_over_ceiling", (reviews / full) / ceiling.reviewsPerSecond());
      out.printf(
          Locale.ROOT,
          "Debrief / ceiling (reviews/s): %.2f%n",
          (reviews / full) / ceiling.reviewsPerSecond());
    }
    result.put("nothing_new_over_full", unchanged / full);
    result.put("incremental_over_full", incremental / full);
    out.printf(Locale.ROOT, "nothing new / full (time):     %.2f%n", unchanged / full);
    out.printf(Locale.ROOT, "incremental / full (time):     %.2f%n", incremental / full);
    Json.MAPPER.writeValue(work.resolve("bench.json").toFile(), result);
    out.println("figures written to " + work.resolve("bench.json"));
    return 0;
  }

  private Path source() {
    if (from != null) {
      return from;
    }
    Path shared = Path.of("..", "shared", "data");
    return Files.isDirectory(shared) ? shared : Path.of("data-samples");
  }

  /**
   * One {@code debrief run}, its figures recorded in {@code node} and printed: wall time, time per
   * stage, texts annotated and reused, peak RSS. Returns the wall time in seconds.
   */
  private static double measuredRun(
      String name, Path input, Path output, ObjectNode node, PrintWriter out)
      throws IOException, InterruptedException {
    double seconds = timedRun(input, output);
    JsonNode manifest = Json.MAPPER.readTree(output.resolve("latest/manifest.json").toFile());
    node.put("seconds", seconds);
    node.set("stages", manifest.get("stages"));
    node.set("annotate", manifest.get("annotate"));
    node.set("spark_jobs", manifest.get("spark_jobs"));
    node.set("peak_rss_mb", manifest.get("peak_rss_mb"));
    out.printf(
        Locale.ROOT,
        "%-9s %8.1f s  %6.2f reviews/s  annotated %s, reused %s  Spark jobs %s  stages %s  peak RSS"
            + " %s MB%n",
        name,
        seconds,
        manifest.at("/counts/accepted").asLong() / seconds,
        manifest.at("/annotate/texts_annotated"),
        manifest.at("/annotate/texts_reused"),
        manifest.path("spark_jobs"),
        manifest.get("stages"),
        manifest.path("peak_rss_mb"));
    out.flush();
    return seconds;
  }

  /** Runs {@code debrief run} in a fresh JVM, as a scheduler would, and returns its wall time. */
  private static double timedRun(Path input, Path output) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    cmd.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "org.debrief.cli.Main",
            "run",
            "--input",
            input.toString(),
            "--output",
            output.toString()));
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(output.resolveSibling("run.log").toFile())
            .start();
    int code = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (code != 0) {
      throw new DebriefException(
          ExitCode.FAILURE,
          "the benchmark's run failed with exit code "
              + code
              + "; see "
              + output.resolveSibling("run.log"));
    }
    return seconds;
  }

  private static Path reset(Path dir) throws IOException {
    org.debrief.common.fs.Location.local(dir).deleteTree();
    return Files.createDirectories(dir);
  }
}
