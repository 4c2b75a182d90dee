package org.debrief.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.debrief.common.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ops/ examples run the installed distribution's bin/debrief with the same nightly command,
 * retry only what a retry can fix, and keep text and JSON logs apart.
 */
class OpsFilesTest {
  static final Path OPS = Path.of("..", "ops").toAbsolutePath().normalize();
  static final String DEBRIEF = "/opt/debrief/current/bin/debrief";
  static final List<String> NIGHTLY =
      List.of(
          DEBRIEF,
          "run",
          "--input",
          "/data/exports",
          "--output",
          "/data/debrief",
          "--keep",
          "7",
          "--max-quarantine-rate",
          "0.05",
          "--log-format",
          "json");
  private static final Pattern CRON_JOB =
      Pattern.compile(
          "^(\\S+\\s+){5}(?<command>\\S.*?) >>(?<out>\\S+) 2>>(?<err>\\S+)(?<rest>.*)$");

  @TempDir Path tmp;

  @Test
  void theAirflowDagParses() throws Exception {
    assumeTrue(Shell.has("python3"), "no python3 on PATH");
    Shell parse =
        Shell.run(
            "python3",
            "-c",
            "import ast, sys; ast.parse(open(sys.argv[1]).read(), sys.argv[1])",
            OPS.resolve("airflow_debrief_dag.py").toString());
    assertThat(parse.code()).as(parse.err()).isZero();
  }

  @Test
  void theAirflowTaskRetriesOnlyExitCodeOneAndHasATimeout() throws Exception {
    assumeTrue(Shell.has("python3"), "no python3 on PATH");
    Shell policy =
        Shell.run(
            "python3", script("dag_policy.py"), OPS.resolve("airflow_debrief_dag.py").toString());
    assertThat(policy.code()).as(policy.err()).isZero();
    JsonNode dag = Json.MAPPER.readTree(policy.out());
    assertThat(dag.get("dag_id").asText()).isEqualTo("debrief_nightly");
    assertThat(dag.get("retries").asInt()).isPositive();
    assertThat(dag.get("execution_timeout_s").asDouble()).isPositive();
    assertThat(strings(dag.get("command"))).isEqualTo(NIGHTLY);
    Map<String, String> ends = new LinkedHashMap<>();
    dag.get("ends").fields().forEachRemaining(e -> ends.put(e.getKey(), e.getValue().asText()));
    assertThat(ends)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "0", "ok", "1", "retry", "2", "fail", "3", "fail", "4", "fail", "137", "fail",
                "signal", "fail", "timeout", "fail"));
  }

  @Test
  void theAirflowDagImportsWithAirflowWhereItIsInstalled() throws Exception {
    assumeTrue(
        Shell.has("python3") && Shell.run("python3", "-c", "import airflow.sdk").code() == 0,
        "Airflow 3 is not installed here (PyPI is unreachable); the stand-ins above check the"
            + " retry policy");
    Shell load =
        Shell.run(
            "python3",
            "-c",
            "import importlib.util, sys\n"
                + "spec = importlib.util.spec_from_file_location('dag', sys.argv[1])\n"
                + "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n"
                + "t = m.nightly.get_task('debrief_run')\n"
                + "print(t.retries, t.execution_timeout.total_seconds())",
            OPS.resolve("airflow_debrief_dag.py").toString());
    assertThat(load.code()).as(load.err()).isZero();
    String[] retriesAndTimeout = load.out().strip().split(" ");
    assertThat(Integer.parseInt(retriesAndTimeout[0])).isPositive();
    assertThat(Double.parseDouble(retriesAndTimeout[1])).isPositive();
  }

  @Test
  void theSystemdUnitRunsTheDistributionOnceAfterTheNetworkAndItsMounts() throws IOException {
    Map<String, List<String>> unit = directives(OPS.resolve("debrief-nightly.service"));
    assertThat(unit.get("Unit.After")).contains("network-online.target");
    assertThat(unit.get("Unit.Wants")).contains("network-online.target");
    assertThat(unit.get("Unit.RequiresMountsFor")).contains("/data/exports /data/debrief");
    assertThat(unit.get("Service.Type")).containsExactly("oneshot");
    assertThat(unit.get("Service.ExecStart")).containsExactly(String.join(" ", NIGHTLY));
    assertThat(unit.get("Service.TimeoutStartSec")).hasSize(1);
    // Every non-zero exit code must fail the unit, so that OnFailure= fires.
    assertThat(unit).doesNotContainKey("Service.SuccessExitStatus");
    List<String> onFailure = unit.get("Unit.OnFailure");
    assertThat(onFailure).hasSize(1);
    assertThat(OPS.resolve(onFailure.get(0))).exists();
    assertThat(unit.get("Service.StandardOutput"))
        .containsExactly("append:/var/log/debrief/nightly.log");
    assertThat(unit.get("Service.StandardError"))
        .containsExactly("append:/var/log/debrief/nightly.jsonl");
  }

  @Test
  void systemdAnalyzeVerifiesTheUnits() throws Exception {
    assumeTrue(Shell.has("systemd-analyze"), "no systemd-analyze on PATH (not a systemd host)");
    // verify wants ExecStart's program to exist: a stand-in for the installed distribution.
    Path bin = Files.createDirectories(tmp.resolve("current/bin"));
    Files.writeString(bin.resolve("debrief"), "#!/bin/sh\nexit 0\n");
    bin.resolve("debrief").toFile().setExecutable(true);
    List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify", "--man=no"));
    for (String name :
        List.of(
            "debrief-nightly.service", "debrief-nightly-failed.service", "debrief-nightly.timer")) {
      Path copy = tmp.resolve(name);
      Files.writeString(
          copy,
          Files.readString(OPS.resolve(name))
              .replace("/opt/debrief/current", tmp.resolve("current").toString()));
      command.add(copy.toString());
    }
    Shell verify = Shell.run(command.toArray(String[]::new));
    assertThat(verify.code()).as(verify.err()).isZero();
    // Unknown or misspelt directives are only warnings: fail on any line about these units.
    assertThat(verify.out() + verify.err()).doesNotContain("debrief-nightly");
  }

  @Test
  void cronRunsTheDistributionWithTextAndJsonLogsApart() throws Exception {
    List<Matcher> jobs = cronJobs();
    assertThat(jobs).hasSize(1);
    Matcher job = jobs.get(0);
    assertThat(Arrays.asList(job.group("command").split(" "))).isEqualTo(NIGHTLY);
    assertThat(job.group("out")).endsWith(".log");
    assertThat(job.group("err")).endsWith(".jsonl");
    assertThat(job.group("rest")).startsWith(" || ");
    Shell syntax = Shell.run("sh", "-n", "-c", job.group(0).replaceFirst("^(\\S+\\s+){5}", ""));
    assertThat(syntax.code()).as(syntax.err()).isZero();
  }

  /** The job lines of ops/crontab, matched against {@code CRON_JOB}. */
  static List<Matcher> cronJobs() throws IOException {
    List<Matcher> jobs = new ArrayList<>();
    for (String line : Files.readAllLines(OPS.resolve("crontab"))) {
      if (line.isBlank() || line.startsWith("#") || line.matches("^[A-Z_]+=.*")) {
        continue;
      }
      Matcher m = CRON_JOB.matcher(line);
      assertThat(m.matches()).as("a cron job with >>LOG 2>>JSONL: %s", line).isTrue();
      jobs.add(m);
    }
    return jobs;
  }

  /** A systemd unit's directives as {@code Section.Key} to values, in file order. */
  private static Map<String, List<String>> directives(Path unit) throws IOException {
    Map<String, List<String>> all = new LinkedHashMap<>();
    String section = "";
    for (String line : Files.readAllLines(unit)) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#") || s.startsWith(";")) {
        continue;
      }
      if (s.startsWith("[")) {
        section = s.substring(1, s.length() - 1);
        continue;
      }
      int eq = s.indexOf('=');
      all.computeIfAbsent(section + "." + s.substring(0, eq), k -> new ArrayList<>())
          .add(s.substring(eq + 1));
    }
    return all;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static String script(String name) throws URISyntaxException {
    return Path.of(OpsFilesTest.class.getResource(name).toURI()).toString();
  }
}
