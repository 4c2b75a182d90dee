"""Debrief nightly from Airflow 3, running the installed distribution (docs/distribution.md).

The task runs bin/debrief on the worker and retries only what a retry can fix. Exit codes:
  0 ok;
  1 failure (an environment problem such as a full disk or a lost mount): retried;
  2 usage or configuration, 3 data-quality threshold breached (nothing was published: look at
  OUTPUT/failed/), 4 another run holds the output folder's lock: failed at once, never retried;
  any other end (killed by a signal, the execution timeout): failed at once.
Readers (notebooks, reports) follow OUTPUT/latest, which only ever points at a complete run.
On a Spark cluster, spark-submit the distribution's spark/debrief-app.jar instead (docs).
"""

from __future__ import annotations

import os
import subprocess
from datetime import datetime, timedelta

from airflow.sdk import dag, task

try:  # Airflow 3.2+; 3.0 and 3.1 keep them in airflow.exceptions
    from airflow.sdk.exceptions import AirflowFailException, AirflowTaskTimeout
except ImportError:
    from airflow.exceptions import AirflowFailException, AirflowTaskTimeout

DEBRIEF = "/opt/debrief/current/bin/debrief"
NIGHTLY = [
    DEBRIEF, "run",
    "--input", "/data/exports",
    "--output", "/data/debrief",
    "--keep", "7",
    "--max-quarantine-rate", "0.05",
    "--log-format", "json",
]
ENV = {"DEBRIEF_HEAP": "8g"}  # and JAVA_HOME, if the worker's PATH has no Java 17+
RETRIED = {1: "failure"}
NOT_RETRIED = {
    2: "usage or configuration: fix the command or its config file",
    3: "data-quality threshold breached, nothing published: see /data/debrief/failed/",
    4: "another run holds the output folder's lock",
}


def run_debrief(command: list[str] = NIGHTLY) -> None:
    """Runs Debrief (its output goes to the task log) and maps its exit code to a retry or not."""
    try:
        code = subprocess.run(command, check=False, env={**os.environ, **ENV}).returncode
    except AirflowTaskTimeout as timeout:
        # subprocess.run has killed Debrief; a run killed anywhere leaves the last good run intact.
        raise AirflowFailException("debrief ran past execution_timeout; not retried") from timeout
    if code == 0:
        return
    if code in RETRIED:
        raise RuntimeError(f"debrief exited with {code} ({RETRIED[code]}); Airflow retries it")
    reason = NOT_RETRIED.get(code, "ended abnormally (a signal or a JVM crash)")
    raise AirflowFailException(f"debrief exited with {code}: {reason}; not retried")


@dag(
    dag_id="debrief_nightly",
    schedule="30 2 * * *",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,  # Debrief also refuses a concurrent run itself (exit code 4)
    default_args={"retries": 2, "retry_delay": timedelta(minutes=30)},
)
def debrief_nightly():
    @task(execution_timeout=timedelta(hours=6))
    def debrief_run() -> None:
        run_debrief()

    debrief_run()


nightly = debrief_nightly()
