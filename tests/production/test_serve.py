"""Sam runs the site for real with bin/serve: gunicorn, hashed static files, JSON logs."""

import json
import os
import re
import subprocess
import urllib.parse
import urllib.request

import psycopg
import pytest
from django.db import connection

from .conftest import ROOT, production_environment

QUESTION_WORDS = "zebrafinch marmalade jerking"


def test_bin_serve_says_which_settings_are_missing():
    environment = production_environment()
    del environment["SECRET_KEY"]
    environment.pop("DATABASE_URL", None)
    run = subprocess.run(
        [str(ROOT / "bin" / "serve")], env=environment, capture_output=True, text=True
    )
    assert run.returncode == 2
    assert "SECRET_KEY" in run.stderr and "DATABASE_URL" in run.stderr
    assert "bin/start" in run.stderr


def test_pages_come_with_static_files_under_hashed_names(served):
    status, headers, body = served.get("/en/")
    assert status == 200
    assert headers["Server"].startswith("gunicorn")
    stylesheet = re.search(rb'href="(/static/faq/site\.[0-9a-f]{12}\.css)"', body)
    assert stylesheet, "the stylesheet is not served under a hashed name"
    status, headers, _ = served.get(stylesheet.group(1).decode(), **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert "immutable" in headers["Cache-Control"]
    assert headers["Content-Encoding"] == "gzip"


def test_health_reports_the_database_and_the_engine(served):
    status, headers, body = served.get("/health/")
    assert status == 200
    assert json.loads(body)["database"] == "ok"
    assert json.loads(body)["answer_engine"] in {"loaded", "loading"}
    assert "no-cache" in headers["Cache-Control"]


def test_asking_leaves_no_trace_of_the_question_in_the_logs(served):
    words = urllib.parse.quote(QUESTION_WORDS)
    assert served.get(f"/en/search/?q={words}")[0] == 200
    assert served.get(f"/api/answers/?q={words}&language=en")[0] == 200
    assert served.get(f"/api/v1/answers/?q={words}")[0] == 200
    ask = urllib.request.Request(
        served.url + "/api/v1/answers/",
        data=json.dumps({"q": QUESTION_WORDS}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(ask, timeout=30) as response:
        assert response.status == 200
    assert served.get(f"/en/no-such-page/?q={words}")[0] == 404

    lines = served.log.read_text().splitlines()
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    paths = {record.get("path") for record in records if record["logger"] == "gunicorn.access"}
    assert {"/en/search/", "/api/answers/", "/api/v1/answers/"} <= paths
    for word in QUESTION_WORDS.split():
        assert word not in served.log.read_text()


def test_bin_serve_sets_up_an_empty_postgresql_database(django_db_setup):
    """The README's first production run: a database just made with createdb, the cache in it."""
    database = connection.settings_dict
    if database["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("bin/serve is tested on PostgreSQL: set DATABASE_URL")
    name = f"test_patientfaq_empty_{os.getpid()}"
    server = {"host": database["HOST"], "port": database["PORT"], "user": database["USER"]}
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        url = f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{name}"
        # bin/serve's own steps up to gunicorn: its environment, then bin/setup.
        environment = production_environment(DATABASE_URL=url, CACHE_URL="db://", DEBUG="false")
        run = subprocess.run(
            [str(ROOT / "bin" / "setup")], env=environment, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr[-3000:]
        with psycopg.connect(dbname=name, **server) as fresh:
            tables = {row[0] for row in fresh.execute("SELECT tablename FROM pg_tables")}
        assert {"patientfaq_cache", "wagtailcore_page"} <= tables
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
