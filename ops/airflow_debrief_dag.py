"""Debrief nightly on a Spark cluster, from Airflow.

Exit codes of the Debrief driver (the task fails on any non-zero code):
  0 ok; 1 failure; 2 usage or configuration; 3 data-quality threshold breached (nothing was
  published: look at OUTPUT/failed/); 4 another run holds the output folder's lock.
Readers (notebooks, reports) follow OUTPUT/latest, which only ever points at a complete run.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

CORENLP = "/opt/debrief/lib"  # the CoreNLP model jars, shipped to executors with --jars

with DAG(
    dag_id="debrief_nightly",
    schedule="30 2 * * *",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,  # Debrief also refuses a concurrent run itself (exit code 4)
    default_args={"retries": 1, "retry_delay": timedelta(minutes=30)},
) as dag:
    SparkSubmitOperator(
        task_id="debrief_run",
        conn_id="spark_default",
        application="/opt/debrief/debrief-app.jar",
        java_class="org.debrief.cli.Main",
        jars=f"{CORENLP}/stanford-corenlp-4.5.10-models.jar,{CORENLP}/stanford-corenlp-4.5.10-models-english.jar",
        executor_memory="4g",
        driver_memory="4g",
        conf={"spark.task.maxFailures": "4"},
        application_args=[
            "run",
            "--input", "/shared/exports",
            "--output", "/shared/debrief",
            "--keep", "7",
            "--max-quarantine-rate", "0.05",
            "--log-format", "json",
        ],
    )
