"""The demo site served for real, for the load and fault benches: a PostgreSQL database with the
demo organisation, and bin/serve (gunicorn) in front of it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def site_env(database_url: str, **more: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "false",
        "SECRET_KEY": "bench-only-secret-key-not-for-production-use-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # A connection kept per worker, as a production server should.
        "DATABASE_CONN_MAX_AGE": "60",
        "API_RATE_LIMIT_PER_ADDRESS": "100000000",
        "QUESTION_RATE_LIMIT": "100000000",
        "SEARCH_RATE_LIMIT": "0",
        "HANDOUT_RATE_LIMIT": "0",
        **more,
    }


def prepare_database(database_url: str) -> None:
    """Create the database if it is missing, migrate it and load the demo organisation."""
    parts = urllib.parse.urlsplit(database_url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    exists = subprocess.run(
        ["psql", admin, "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not exists:
        subprocess.run(["psql", admin, "-qc", f'CREATE DATABASE "{name}"'], check=True)
    env = site_env(database_url)
    for command in (["migrate", "--no-input", "-v", "0"], ["load_demo"]):
        subprocess.run(
            [PYTHON, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def serve(
    database_url: str, port: int, workers: int, log: Path, threads: int | None = None
) -> subprocess.Popen[bytes]:
    """bin/serve on 127.0.0.1:port with this many workers (and threads in each, else bin/serve's
    default); returns once it answers."""
    env = site_env(
        database_url,
        ADDRESS=f"127.0.0.1:{port}",
        WEB_CONCURRENCY=str(workers),
        GUNICORN_CMD_ARGS="--access-logfile /dev/null",
        **({"WEB_THREADS": str(threads)} if threads else {}),
    )
    with log.open("ab") as out:
        server = subprocess.Popen(
            [str(ROOT / "bin" / "serve")], cwd=ROOT, env=env, stdout=out, stderr=out
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            # A question builds the index in each worker it reaches.
            for _ in range(workers * 3):
                get(f"{base}/api/answers/?q=what+is+myoclonus&language=en")
            return server
        except OSError:
            if server.poll() is not None:
                raise SystemExit(f"bin/serve stopped; see {log}") from None
            time.sleep(0.5)
    server.terminate()
    raise SystemExit(f"bin/serve did not answer within 300 s; see {log}")


def get(url: str, timeout: float = 30) -> tuple[int, bytes]:
    """(status, body) of a GET, errors included."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
