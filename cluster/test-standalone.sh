#!/usr/bin/env bash
# Runs Debrief under spark-submit on a real Spark standalone cluster on 127.0.0.1 and checks that
# its output equals a local run's, also when an executor is killed in the middle of annotation.
#
#   cluster/test-standalone.sh            # about 5 minutes on 2 cores; what .ci/run runs
#
# 1. builds debrief-app.jar and a SPARK_HOME whose jars/ links Spark's jars from ~/.m2;
# 2. starts a master and two workers (1 core, 3 GB each) from those jars;
# 3. runs `./debrief run` locally on data-samples (in parallel with 4.);
# 4. starts a real HDFS (Hadoop's in-process cluster, MiniHdfsServer from the test classes) holding
#    a copy of data-samples, submits debrief-app.jar to the cluster through SparkSubmit, with the
#    CoreNLP model jars beside it (--jars), input and output on that HDFS, and compares its
#    reviews/ and sentences/ with the local ones;
# 5. submits again (local folders this time) and SIGKILLs worker 1's executor once it is
#    annotating; the run must succeed and its output must again equal the local one.
# Every process it starts is stopped by its PID on exit, also on failure or Ctrl-C.
# Logs and outputs stay in target/cluster-test/ for a look afterwards.
# It reads only data-samples/, never ../shared, so it runs in a clone on its own as well.
# Environment: MVN_ARGS (extra Maven flags, e.g. -o), JAVA_HOME.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
t="$root/target/cluster-test"
spark_home="$t/spark-home"
java_bin="java"
[ -n "${JAVA_HOME:-}" ] && java_bin="$JAVA_HOME/bin/java"
opens="$(sed -n 's:.*<spark.add.opens>\(.*\)</spark.add.opens>.*:\1:p' "$root/pom.xml")"
models="$HOME/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10"
model_jars="$models/stanford-corenlp-4.5.10-models.jar,$models/stanford-corenlp-4.5.10-models-english.jar"
executor_memory=3g
started=$SECONDS
pids=()

say() { echo "cluster-test [$((SECONDS - started))s]: $*" >&2; }
fail() {
  say "FAILED: $*"
  exit 1
}

# Stops what this script started, by PID: SIGTERM to each (a worker stops its executors on
# SIGTERM), up to 15 s to exit, then SIGKILL to whatever is left, stray executors included.
cleanup() {
  local code=$? p
  trap - EXIT INT TERM
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for _ in $(seq 30); do
    alive=()
    for p in "${pids[@]}" $(executors_of "$t/work"); do kill -0 "$p" 2>/dev/null && alive+=("$p"); done
    [ ${#alive[@]} -eq 0 ] && break
    sleep 0.5
  done
  for p in "${pids[@]}" $(executors_of "$t/work"); do kill -KILL "$p" 2>/dev/null || true; done
  # The executors' copies of the jars (1 GB each) and their scratch space serve nobody now.
  rm -rf "$t/local"
  [ -d "$t/work" ] && find "$t/work" -name '*.jar' -delete
  [ $code -eq 0 ] || say "logs in $t/logs and the workers' executor logs in $t/work"
  exit $code
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The executor JVMs whose working folder is under $1 (a worker's work dir): the ones the
# workers here launched, not any other Spark on the machine.
executors_of() {
  local p cwd
  for p in $(pgrep -f CoarseGrainedExecutorBackend || true); do
    cwd="$(readlink "/proc/$p/cwd" 2>/dev/null || true)"
    [[ "$cwd" == "$1"/* ]] && echo "$p"
  done
}

# start NAME COMMAND...: runs COMMAND in the background, output in logs/NAME.log, PID kept.
start() {
  local name=$1
  shift
  "$@" >"$t/logs/$name.log" 2>&1 &
  pids+=($!)
  last_pid=$!
}

# await FILE REGEX SECONDS PID: waits until FILE has a line matching REGEX, prints the match.
await() {
  local file=$1 regex=$2 limit=$3 pid=$4 deadline=$((SECONDS + $3))
  while [ $SECONDS -lt $deadline ]; do
    if [ -f "$file" ] && grep -q -E -- "$regex" "$file"; then
      grep -o -E -- "$regex" "$file" | head -n 1
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || fail "process $pid ended before '$regex' appeared in $file"
    sleep 0.5
  done
  fail "no '$regex' in $file after ${limit}s"
}

# What a Spark JVM needs in its environment: the workers' executors fail with "Cannot find any
# build directories" without SPARK_HOME (for its jars/) and SPARK_SCALA_VERSION.
spark_java=(env SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 "$java_bin")
spark_cp="$spark_home/conf:$spark_home/jars/*"

build() {
  local app="$root/jobs/target/debrief-app.jar" args="$root/target/cluster-test.mvn-args"
  # Rebuilt when sources changed or when MVN_ARGS changed (e.g. -Pspark-3.5 builds another jar).
  mkdir -p "$root/target"
  if [ ! -f "$app" ] || [ "$(cat "$args" 2>/dev/null)" != "${MVN_ARGS:-}" ] ||
    [ -n "$(find "$root/pom.xml" "$root/jobs/pom.xml" "$root/jobs/src/main" \
      -newer "$app" -print -quit)" ]; then
    say "building debrief-app.jar"
    # shellcheck disable=SC2086
    mvn -q -B ${MVN_ARGS:-} -DskipTests -Dspotless.check.skip=true package
    touch "$root/jobs/target/.debrief-built"
  fi
  local spark_jars="$root/target/spark-classpath.txt"
  if [ ! -f "$spark_jars" ] || [ "$(cat "$args" 2>/dev/null)" != "${MVN_ARGS:-}" ] ||
    [ -n "$(find "$root/pom.xml" "$root/cluster/spark-dist.pom.xml" \
      -newer "$spark_jars" -print -quit)" ]; then
    # shellcheck disable=SC2086
    mvn -q -B ${MVN_ARGS:-} -f "$root/cluster/spark-dist.pom.xml" dependency:build-classpath \
      -Dmdep.outputFile="$spark_jars"
  fi
  echo "${MVN_ARGS:-}" >"$args"
  say "linking Spark's jars into $spark_home"
  rm -rf "$t" && mkdir -p "$t/logs" "$t/work" "$spark_home/jars" "$spark_home/conf"
  # A worker launches executors with SPARK_HOME/jars/* as their class path; links will do.
  tr ':' '\n' <"$spark_jars" | while read -r jar || [ -n "$jar" ]; do
    ln -s "$jar" "$spark_home/jars/$(basename "$jar")"
  done
  cp "$root/cluster/log4j2.properties" "$spark_home/conf/"
  # The REST submission server would take the fixed port 6066.
  echo "spark.master.rest.enabled false" >"$spark_home/conf/master.conf"
  cp "$root/jobs/target/debrief-app.jar" "$t/debrief-app.jar"
  [ "$(ls "$spark_home/jars" | wc -l)" -eq "$(tr ':' '\n' <"$spark_jars" | grep -c .)" ] ||
    fail "$spark_home/jars does not hold every jar of $spark_jars"
}

start_cluster() {
  local i
  # shellcheck disable=SC2086
  start master "${spark_java[@]}" -Xmx512m $opens -cp "$spark_cp" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port 0 --webui-port 0 --properties-file "$spark_home/conf/master.conf"
  local master_pid=$last_pid
  master_url="$(await "$t/logs/master.log" 'spark://127\.0\.0\.1:[0-9]+' 60 "$master_pid")" || exit 1
  master_ui="$(await "$t/logs/master.log" 'MasterWebUI.*started at http://[^ ]+' 30 "$master_pid")" || exit 1
  master_ui="http://127.0.0.1:${master_ui##*:}"
  say "master at $master_url, UI $master_ui"
  for i in 1 2; do
    mkdir -p "$t/work/worker$i" "$t/local/worker$i"
    # shellcheck disable=SC2086
    start "worker$i" env SPARK_LOCAL_DIRS="$t/local/worker$i" \
      "${spark_java[@]}" -Xmx512m $opens -cp "$spark_cp" org.apache.spark.deploy.worker.Worker \
      --host 127.0.0.1 --port 0 --webui-port 0 --cores 1 --memory "$executor_memory" \
      --work-dir "$t/work/worker$i" "$master_url"
  done
  local deadline=$((SECONDS + 60))
  until curl -sf "$master_ui/json/" | grep -q '"aliveworkers" *: *2'; do
    [ $SECONDS -lt $deadline ] || fail "the workers did not register with the master in 60s"
    sleep 1
  done
  say "two workers registered"
}

# A real HDFS beside the cluster, with data-samples copied to /data-samples; its URI in $hdfs.
start_hdfs() {
  # shellcheck disable=SC2086
  mvn -q -B ${MVN_ARGS:-} -pl jobs test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$t/test-classpath.txt" -Dspotless.check.skip=true
  start hdfs "$java_bin" -Xmx256m -cp "$root/jobs/target/test-classes:$(cat "$t/test-classpath.txt")" \
    org.debrief.common.MiniHdfsServer "$t/hdfs" "$t/hdfs.uri" "$root/data-samples" data-samples
  local deadline=$((SECONDS + 120))
  until [ -s "$t/hdfs.uri" ]; do
    [ $SECONDS -lt $deadline ] || fail "HDFS did not start in 120s; see $t/logs/hdfs.log"
    kill -0 "$last_pid" 2>/dev/null || fail "HDFS ended at start; see $t/logs/hdfs.log"
    sleep 0.5
  done
  hdfs="$(cat "$t/hdfs.uri")"
  say "HDFS at $hdfs, data-samples copied to $hdfs/data-samples"
}

start_local_run() {
  say "local run (in the background): ./debrief run --input data-samples --output $t/out-local"
  start local env DEBRIEF_HEAP=3g ./debrief run --input data-samples --output "$t/out-local"
  local_pid=$last_pid
}

finish_local_run() {
  wait "$local_pid" || fail "the local run failed; see $t/logs/local.log"
  say "local run done"
}

# submit NAME INPUT OUTPUT: starts the documented spark-submit of `debrief run`, in client mode
# (the driver is this JVM, so its heap and --add-opens go on the java command).
submit() {
  local name=$1 input=$2 output=$3
  # shellcheck disable=SC2086
  start "$name" "${spark_java[@]}" -Xmx1g $opens -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit \
    --master "$master_url" --deploy-mode client \
    --name "debrief-$name" \
    --executor-memory "$executor_memory" \
    --conf "spark.executor.extraJavaOptions=$opens" \
    --conf spark.task.maxFailures=4 \
    --conf spark.ui.enabled=true --conf spark.ui.port=0 \
    --jars "$model_jars" \
    --class org.debrief.cli.Main "$t/debrief-app.jar" \
    run --input "$input" --output "$output"
  submit_pid=$last_pid
}

finish() {
  local name=$1
  wait "$submit_pid" || fail "spark-submit ($name) failed; see $t/logs/$name.log"
  grep -q -E 'Spark web UI at http' "$t/logs/$name.log" ||
    fail "spark.ui.enabled=true from --conf did not win over Debrief's default"
}

compare() {
  say "comparing reviews/ and sentences/ with the local run's"
  # shellcheck disable=SC2086
  "$java_bin" -Xmx1g $opens -cp "$spark_cp" "$root/cluster/CompareRuns.java" \
    "$t/out-local" "$hdfs/out-cluster" "$t/out-fault" \
    >"$t/logs/compare.txt" 2>"$t/logs/compare.log" ||
    fail "the cluster output differs from the local one: $(cat "$t/logs/compare.txt")"
  sed "s:^$t/:  :; s:^hdfs:  hdfs:" "$t/logs/compare.txt" >&2
}

# Kills worker 1's executor in the middle of annotation: once it has loaded CoreNLP, finished an
# annotation task and started the next one.
kill_executor_mid_annotation() {
  local dir stderr pid app victim=""
  local deadline=$((SECONDS + 240))
  app="$(await "$t/logs/fault.log" 'app-[0-9]+-[0-9]+' 120 "$submit_pid")" || exit 1
  while [ -z "$victim" ]; do
    [ $SECONDS -lt $deadline ] || fail "worker 1's executor never started annotating"
    kill -0 "$submit_pid" 2>/dev/null || fail "spark-submit (fault) ended before annotation"
    for stderr in "$t/work/worker1/$app"/*/stderr; do
      [ -f "$stderr" ] || continue
      if awk '/Adding annotator sentiment/ {a = 1} a && /Finished task/ {f = 1}
              f && /Running task/ {r = 1} END {exit !r}' "$stderr"; then
        dir="$(dirname "$stderr")"
        for pid in $(executors_of "$t/work/worker1"); do
          [ "$(readlink "/proc/$pid/cwd")" = "$dir" ] && victim=$pid
        done
      fi
    done
    sleep 0.1
  done
  kill -KILL "$victim"
  victim_dir="${dir#"$t"/}"
  say "fault: SIGKILL to executor $(basename "$dir") (PID $victim, $victim_dir) while it ran: $(
    grep -o 'Running task [0-9.]* in stage [0-9.]*' "$dir/stderr" | tail -n 1)"
}

# What the driver saw of the killed executor: its loss, the tasks lost with it, their retries,
# and the executor the worker started in its place.
report_fault() {
  local log="$t/logs/fault.log"
  grep -q 'Lost task .*ExecutorLostFailure' "$log" ||
    fail "the kill hit no running task (no 'Lost task' in $log); the fault was not tested"
  local seen='Lost executor|Lost task|Shuffle files lost|Resubmitt|Executor added|EXITED'
  seen="$seen|Starting task [0-9]+\.[1-9]|Finished task [0-9]+\.[1-9]"
  grep -E "$seen" "$log" | sed -n '/EXITED\|Lost executor/,$p' | cut -c1-200 | sed 's/^/  /' >&2
}

cd "$root"
build
start_local_run
start_hdfs
start_cluster
say "cluster run: spark-submit of debrief-app.jar to $master_url, input and output on HDFS"
submit cluster "$hdfs/data-samples" "$hdfs/out-cluster"
finish cluster
finish_local_run
say "cluster run with worker 1's executor killed in the middle of annotation"
# A task can finish in the instant between the check and the kill; then nothing was lost and the
# fault was not tested, so submit again (report_fault still fails if no attempt lost a task).
for attempt in 1 2 3; do
  rm -rf "$t/out-fault"
  submit fault data-samples "$t/out-fault"
  kill_executor_mid_annotation
  finish fault
  grep -q 'Lost task .*ExecutorLostFailure' "$t/logs/fault.log" && break
  say "the kill hit no running task (attempt $attempt of 3)"
done
report_fault
compare
say "passed"
