"""Loads an Airflow DAG file of Debrief's with stand-ins for Airflow's modules (Airflow is not
installed where the tests run) and prints, as JSON, the DAG's retries, the task's timeout, the
command it runs and what the task does for each way Debrief can end."""

import importlib.util
import json
import subprocess
import sys
import types

declared = {}


class AirflowFailException(Exception):
    pass


class AirflowTaskTimeout(BaseException):
    pass


def dag(**kwargs):
    declared["dag"] = kwargs
    return lambda f: f


def task(**kwargs):
    declared["task"] = kwargs
    return lambda f: (lambda *a, **k: None)  # declaring the task must not run it


sdk = types.ModuleType("airflow.sdk")
sdk.dag, sdk.task = dag, task
exceptions = types.ModuleType("airflow.sdk.exceptions")
exceptions.AirflowFailException = AirflowFailException
exceptions.AirflowTaskTimeout = AirflowTaskTimeout
airflow = types.ModuleType("airflow")
airflow.sdk = sdk
sys.modules.update({"airflow": airflow, "airflow.sdk": sdk, "airflow.sdk.exceptions": exceptions})

spec = importlib.util.spec_from_file_location("dag_under_test", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)


def outcome(command):
    try:
        module.run_debrief(command)
        return "ok"
    except AirflowFailException:
        return "fail"
    except Exception:
        return "retry"


ends = {str(c): outcome(["/bin/sh", "-c", f"exit {c}"]) for c in (0, 1, 2, 3, 4, 137)}
ends["signal"] = outcome(["/bin/sh", "-c", "kill -KILL $$"])
real_run = subprocess.run


def timed_out(*args, **kwargs):
    raise AirflowTaskTimeout()


subprocess.run = timed_out
ends["timeout"] = outcome(["true"])
subprocess.run = real_run

timeout = declared["task"].get("execution_timeout")
print(json.dumps({
    "dag_id": declared["dag"].get("dag_id"),
    "retries": declared["dag"].get("default_args", {}).get("retries", 0),
    "execution_timeout_s": timeout.total_seconds() if timeout else None,
    "command": module.run_debrief.__defaults__[0],
    "ends": ends,
}))
