"""Benchmark the API as it runs in production, and write a table of results.

    python -m bench.run [--artworks 1000] [--duration 10] [--repeat 1]

Steps: start PostgreSQL (DATABASE_URL, or the tests' private throwaway
server), migrate, build a dataset through the ORM, measure each endpoint
in-process one request at a time (SQL queries, bytes, time spent in the
database and in the whole request), start gunicorn with two sync workers
and production settings, then drive each endpoint with locust and record
requests per second and latency. Reference endpoints (a constant answer, the
same behind JWT authentication, and the artworks list built by hand from
`.values()` and orjson) run in the same session, so that every figure is
also given as a ratio of what the stack allows on this machine.
"""

import argparse
import csv
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from tests.postgres_server import PrivatePostgres

BASE_DIR = Path(__file__).resolve().parent.parent
RESULTS_DIR = BASE_DIR / "bench" / "results"
VENV_BIN = Path(sys.executable).parent

# Which reference endpoint each figure is compared with.
CEILINGS = {
    "artworks list": "ref: values+orjson",
    "artwork detail": "ref: constant+JWT",
    "members/user": "ref: constant+JWT",
    "unviewed-orders": "ref: constant+JWT",
}


LEGEND = (
    "req/s, p50 and p99: under load from locust, through gunicorn. "
    "Of ceiling: req/s as a share of the reference endpoint it is compared "
    "with. SQL queries, DB ms and alone ms: one request at a time, "
    "in-process: the queries it runs, the median time spent waiting for "
    "the database, and the median time of the whole request."
)


def production_environment(database_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "ENVIRONMENT": "PROD",
        "DEBUG": "false",
        "SECRET_KEY": "benchmark-secret-key-that-is-long-enough-for-the-deploy-check",
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "false",
        "CONN_MAX_AGE": "600",
        "AUTH_THROTTLE_RATE": "1000000/second",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(BASE_DIR),
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_step(env: dict[str, str], *command: str) -> str:
    result = subprocess.run(
        [sys.executable, *command],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def start_gunicorn(env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"), "project.wsgi", "--workers", str(workers),
            "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
        ],
        cwd=BASE_DIR,
        env=env,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{port}/api/health/"
            ) as answer:
                if answer.status == 200:
                    return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not answer /api/health/ within 30 s")


def drive(target: dict, port: int, duration: int, users: int) -> dict:
    """Run locust against one target and return its aggregated figures."""
    with tempfile.TemporaryDirectory() as folder:
        prefix = Path(folder) / "run"
        subprocess.run(
            [
                str(VENV_BIN / "locust"), "-f", str(BASE_DIR / "bench" / "locustfile.py"),
                "--headless", "--only-summary", "--users", str(users),
                "--spawn-rate", str(users), "--run-time", f"{duration}s",
                "--host", f"http://127.0.0.1:{port}", "--csv", str(prefix),
                "--loglevel", "ERROR", "--exit-code-on-error", "0",
            ],
            cwd=BASE_DIR,
            env={**os.environ, "BENCH_TARGET": json.dumps(target)},
            capture_output=True,
            check=True,
        )  # fmt: skip
        with open(f"{prefix}_stats.csv", newline="") as stats_file:
            rows = {row["Name"]: row for row in csv.DictReader(stats_file)}
    total = rows["Aggregated"]
    first = rows.get("create order", total)
    return {
        "rps": float(first["Requests/s"]),
        "p50_ms": float(total["50%"]),
        "p99_ms": float(total["99%"]),
        "bytes": float(total["Average Content Size"]),
        "requests": int(total["Request Count"]),
        "failures": int(total["Failure Count"]),
    }


def median_of(runs: list[dict]) -> dict:
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def format_table(results: dict[str, dict], prepared: dict) -> str:
    lines = [
        "| endpoint | req/s | of ceiling | p50 ms | p99 ms | bytes | SQL queries "
        "| DB ms | alone ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, figures in results.items():
        ceiling = results.get(CEILINGS.get(name, ""))
        ratio = f"{figures['rps'] / ceiling['rps']:.0%}" if ceiling else ""
        measured = prepared["targets"][name]
        failures = f" ({figures['failures']} failed)" if figures["failures"] else ""
        alone = (
            f"{measured['database_ms']:.2f} | {measured['request_ms']:.2f}"
            if "request_ms" in measured
            else " | "
        )
        lines.append(
            f"| {name}{failures} | {figures['rps']:.1f} | {ratio} | "
            f"{figures['p50_ms']:.0f} | {figures['p99_ms']:.0f} | "
            f"{figures['bytes']:.0f} | {measured.get('queries', '')} | {alone} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--artworks", type=int, default=1000)
    parser.add_argument("--duration", type=int, default=10, help="seconds per target")
    parser.add_argument("--users", type=int, default=8, help="concurrent clients")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--repeat", type=int, default=1, help="runs; medians kept")
    parser.add_argument("--only", nargs="*", help="names of the targets to run")
    options = parser.parse_args()

    private = None if os.environ.get("DATABASE_URL") else PrivatePostgres()
    database_url = private.start() if private else os.environ["DATABASE_URL"]
    env = production_environment(database_url)
    server = None
    try:
        run_step(env, "manage.py", "migrate", "--noinput", "-v", "0")
        run_step(env, "manage.py", "collectstatic", "--noinput", "-v", "0")
        prepared = json.loads(
            run_step(env, "-m", "bench.prepare", "--artworks", str(options.artworks))
        )
        port = free_port()
        server = start_gunicorn(env, port, options.workers)
        targets = {
            name: target
            for name, target in prepared["targets"].items()
            if not options.only or name in options.only
        }
        runs: dict[str, list[dict]] = {name: [] for name in targets}
        for _ in range(options.repeat):
            for name, target in targets.items():
                runs[name].append(drive(target, port, options.duration, options.users))
                print(f"{name}: {runs[name][-1]['rps']:.1f} req/s", file=sys.stderr)
    finally:
        if server is not None:
            server.terminate()
            server.wait()
        if private is not None:
            private.stop()

    results = {name: median_of(figures) for name, figures in runs.items()}
    table = format_table(results, prepared)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    header = (
        f"{options.artworks} artworks, {options.workers} gunicorn workers, "
        f"{options.users} clients, {options.duration} s per target, "
        f"median of {options.repeat} run(s), {os.cpu_count()} cores"
    )
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / f"{stamp}-{options.artworks}.md").write_text(
        f"# Benchmark {stamp}\n\n{header}\n\n{table}\n\n{LEGEND}\n"
    )
    (RESULTS_DIR / f"{stamp}-{options.artworks}.json").write_text(
        json.dumps({"settings": vars(options), "results": results}, indent=2)
    )
    print(f"\n{header}\n\n{table}\n\n{LEGEND}")


if __name__ == "__main__":
    main()
