"""bin/serve for real: gunicorn with the production settings, on the test database."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from patientfaq.demo.loader import load_demo

ROOT = Path(__file__).resolve().parents[2]


def production_environment(**extra: str) -> dict[str, str]:
    """What an operator sets for bin/serve, on this machine's test database."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST")) and key != "DEBUG"
    }
    environment.update({"SECRET_KEY": "a-long-random-string-" * 3, **extra})
    return environment


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    url: str
    log: Path

    def get(self, path: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
        request = urllib.request.Request(self.url + path, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()


@pytest.fixture(scope="session")
def served(django_db_setup, django_db_blocker, tmp_path_factory) -> Iterator[Server]:
    """bin/serve with two workers, against the test database with the demo organisation."""
    database = connection.settings_dict
    if database["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("bin/serve is tested on PostgreSQL: set DATABASE_URL")
    with django_db_blocker.unblock():
        load_demo()
    port = _free_port()
    here = tmp_path_factory.mktemp("serve")
    url = f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    environment = production_environment(
        DATABASE_URL=url,
        ADDRESS=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="2",
        LOG_LEVEL="DEBUG",
        STATIC_ROOT=str(here / "static"),
        ENGINE_CACHE_DIR=str(settings.ENGINE_CACHE_DIR),
    )
    log = here / "serve.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [str(ROOT / "bin" / "serve")], env=environment, stdout=output, stderr=output
        )
    server = Server(f"http://127.0.0.1:{port}", log)
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                if server.get("/health/")[0] == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"bin/serve did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.5)
        yield server
    finally:
        process.terminate()
        process.wait(timeout=30)
