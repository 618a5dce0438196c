"""Several app processes answer with the same published entries.

Each process keeps its own index; a publish in one is noted in the database, and the others
follow it before their next search. The last tests run two real gunicorn servers on the test
database (PostgreSQL in CI; SQLite only when TEST_DATABASE_NAME names a file).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.db.models import F

from patientfaq.answers import index
from patientfaq.answers.models import SearchIndexChange, SearchIndexVersion
from patientfaq.answers.service import answer_question
from patientfaq.demo.loader import load_demo
from patientfaq.faq.models import EntryPage

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")
# How soon every process must answer with a publish (the promise; each checks twice a
# second).
IN_STEP_WITHIN = 2.0
DATABASE_CACHE = "django.core.cache.backends.db.DatabaseCache"


def _another_process_published(entry: EntryPage) -> None:
    """What another app server leaves in the database when it publishes: the page and a
    change note, with none of this process's signals."""
    EntryPage.objects.filter(pk=entry.pk).update(live=True)
    SearchIndexVersion.objects.get_or_create(pk=1)
    SearchIndexVersion.objects.filter(pk=1).update(version=F("version") + 1)
    SearchIndexChange.objects.create(version=index.current_version(), entry_id=entry.pk)


def _found(query: str, entry: EntryPage) -> bool:
    return any(r.entry.pk == entry.pk for r in answer_question(query, "en").results)


def _coffee_entry(myoclonus: EntryPage) -> EntryPage:
    entry = EntryPage(
        title="Can I drink coffee with IVIG?",
        slug="coffee-ivig",
        short_answer="Usually yes.",
        answer="<p>Coffee and IVIG infusions are usually fine together.</p>",
        also_asked="espresso during my infusion",
    )
    myoclonus.get_parent().add_child(instance=entry)
    return entry


@pytest.mark.django_db
@pytest.mark.model
def test_a_publish_in_another_process_is_found_at_the_next_check(myoclonus, monkeypatch):
    answer_question("warm-up", "en")
    entry = _coffee_entry(myoclonus)
    entry.save_revision()
    EntryPage.objects.filter(pk=entry.pk).update(live=False)
    index.reset_engine()
    monkeypatch.setattr(index, "CHECK_SECONDS", 3600.0)
    answer_question("warm-up", "en")
    _another_process_published(entry)
    assert not _found("coffee espresso infusion", entry)  # not checked again yet

    monkeypatch.setattr(index, "CHECK_SECONDS", 0.0)
    assert _found("coffee espresso infusion", entry)


@pytest.mark.django_db
def test_forgotten_changes_mean_indexing_everything_again():
    SearchIndexVersion.objects.update_or_create(pk=1, defaults={"version": 10})
    SearchIndexChange.objects.all().delete()
    SearchIndexChange.objects.create(version=10, entry_id=1)
    assert index.changes_between(9, 10) == {1}
    assert index.changes_between(8, 10) is None  # version 9's note is gone
    assert index.changes_between(11, 10) is None  # the database went back (a restore)


@pytest.mark.django_db
def test_publishing_unpublishing_and_moving_note_the_entry(myoclonus):
    before = index.current_version()
    myoclonus.save_revision().publish()
    myoclonus.unpublish()
    assert index.current_version() == before + 2
    noted = SearchIndexChange.objects.filter(version__gt=before)
    assert set(noted.values_list("entry_id", flat=True)) == {myoclonus.pk}


# Two real servers.


def _database_url() -> str:
    """The test database, as another process reaches it."""
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        user = urllib.parse.quote(db["USER"] or "")
        password = f":{urllib.parse.quote(db['PASSWORD'])}" if db.get("PASSWORD") else ""
        return f"postgres://{user}{password}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"
    if connection.vendor == "sqlite" and not connection.is_in_memory_db():
        return f"sqlite:///{db['NAME']}"
    pytest.skip(
        "Two servers need a database both can open: run on PostgreSQL (DATABASE_URL), "
        "or on SQLite with TEST_DATABASE_NAME set to a file."
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ask(base: str, query: str) -> list[int]:
    address = f"{base}/api/answers/?" + urllib.parse.urlencode({"q": query, "language": "en"})
    with urllib.request.urlopen(address, timeout=30) as response:
        return [result["id"] for result in json.load(response)["results"]]


@pytest.fixture
def two_servers(tmp_path) -> Iterator[list[str]]:
    database_url = _database_url()
    load_demo()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "false",
        "SECRET_KEY": "two-servers-test",
        "ALLOWED_HOSTS": "127.0.0.1",
        "ENGINE_CACHE_DIR": str(settings.ENGINE_CACHE_DIR),
        "MEDIA_ROOT": str(tmp_path / "media"),
        # Production settings serve hashed static names, so collect them first, as bin/serve does.
        "STATIC_ROOT": str(tmp_path / "static"),
        # Public pages kept in each server's memory, their version in the database, as bin/serve.
        "PAGE_CACHE_SECONDS": "300",
        "CACHE_URL": "db://",
    }
    subprocess.run([sys.executable, "manage.py", "createcachetable"], cwd=ROOT, env=env, check=True)
    collect = [sys.executable, "manage.py", "collectstatic", "--no-input", "--verbosity", "0"]
    subprocess.run(collect, cwd=ROOT, env=env, check=True)
    servers, bases = [], []
    for _ in range(2):
        port = _free_port()
        command = [str(GUNICORN), "patientfaq.wsgi:application", "--bind", f"127.0.0.1:{port}"]
        command += ["--workers", "1", "--threads", "2", "--timeout", "120"]
        command += ["--control-socket", str(tmp_path / f"gunicorn-{port}.ctl")]
        servers.append(subprocess.Popen(command, cwd=ROOT, env=env))
        bases.append(f"http://127.0.0.1:{port}")
    try:
        for base in bases:
            _wait_until_up(base)
        yield bases
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)


def _wait_until_up(base: str) -> None:
    deadline = time.monotonic() + 120
    while True:
        try:
            _ask(base, "warm-up")  # also builds the server's index
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _seconds_until(bases: list[str], query: str, entry_id: int, present: bool) -> float:
    """Seconds until every server answers `query` with (or without) the entry."""
    start = time.monotonic()
    waiting = set(bases)
    while waiting:
        waiting = {b for b in waiting if (entry_id in _ask(b, query)) != present}
        elapsed = time.monotonic() - start
        assert elapsed <= IN_STEP_WITHIN or not waiting, (
            f"{sorted(waiting)} still {'lacked' if present else 'had'} entry {entry_id} "
            f"after {elapsed:.1f} s"
        )
        time.sleep(0.05)
    return time.monotonic() - start


def _page(base: str, path: str) -> str:
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return response.read().decode()


def _page_seconds_until(bases: list[str], path: str, text: str) -> float:
    """Seconds until every server's page at `path` shows `text`."""
    start = time.monotonic()
    waiting = set(bases)
    while waiting:
        waiting = {b for b in waiting if text not in _page(b, path)}
        elapsed = time.monotonic() - start
        assert elapsed <= IN_STEP_WITHIN or not waiting, f"{sorted(waiting)} after {elapsed:.1f} s"
        time.sleep(0.05)
    return time.monotonic() - start


# One test: starting two servers costs most of a minute.
@pytest.mark.django_db(transaction=True)
@pytest.mark.model
def test_every_server_answers_and_shows_a_publish_an_edit_and_an_unpublish(two_servers, settings):
    # This process marks published pages out of date where the servers look: in the database.
    settings.CACHES = {"default": {"BACKEND": DATABASE_CACHE, "LOCATION": "patientfaq_cache"}}
    myoclonus = EntryPage.objects.get(slug="what-is-myoclonus", locale__language_code="en")
    for base in two_servers:
        for _ in range(3):  # kept by each worker that answers
            assert "A newly approved short answer." not in _page(base, myoclonus.url)
    myoclonus.short_answer = "A newly approved short answer."
    myoclonus.save_revision().publish()
    shown = _page_seconds_until(two_servers, myoclonus.url, myoclonus.short_answer)

    entry = _coffee_entry(myoclonus)
    entry.save_revision()
    query = "coffee espresso infusion"
    assert all(entry.pk not in _ask(base, query) for base in two_servers)  # a draft

    entry.save_revision().publish()
    published = _seconds_until(two_servers, query, entry.pk, present=True)

    entry.also_asked = "latte on the day of my drip"
    entry.save_revision().publish()
    edited = _seconds_until(two_servers, "latte on the day of my drip", entry.pk, present=True)

    entry.unpublish()
    withdrawn = _seconds_until(two_servers, query, entry.pk, present=False)
    print(
        f"both servers showed the published page after {shown:.2f} s, and answered in step "
        f"after {published:.2f} s, {edited:.2f} s, {withdrawn:.2f} s"
    )
