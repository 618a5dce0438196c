"""The exported site in a real browser, served as plain files: no Django behind it."""

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from patientfaq.publishing.export import ExportOptions, SiteExporter

from .conftest import screenshot


class QuietFiles(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def static_site(site, tmp_path, settings) -> Iterator[str]:
    """The demo site exported with the live test server as its answer API, served by
    Python's file server; returns the folder's address."""
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietFiles, directory=str(tmp_path))
    )
    origin = f"http://127.0.0.1:{server.server_port}"
    settings.ANSWER_API_CORS_ORIGINS = [origin]
    options = ExportOptions(base_url=origin, answer_api=site, handouts=False)
    SiteExporter(Path(tmp_path), options).run()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield origin
    server.shutdown()
    server.server_close()


def ask(page, address: str, question: str) -> None:
    page.goto(f"{address}/")
    page.wait_for_url("**/en/")
    page.fill("#ask-home", question)
    page.click("form.ask button[type=submit]")
    page.wait_for_url("**/en/search/?q=*")
    page.wait_for_function(ANSWERED, timeout=60_000)


# The home page may still be showing when the check first runs: it has neither box.
ANSWERED = """() => document.querySelector("[data-results]")?.hidden === false
    || document.querySelector("[data-no-answer]")?.hidden === false"""


# One export serves every check: exporting the demo site takes a while on a shared machine.
def test_questions_on_the_export_go_to_the_live_api_and_else_to_its_own_index(desktop, static_site):
    ask(desktop, static_site, "sudden jerks in my arms, what is this?")
    first = desktop.locator("[data-results] a").first
    assert first.inner_text() == "What is myoclonus?"
    assert desktop.is_hidden("[data-urgent]")
    assert desktop.is_visible(".disclaimer-box")
    first.click()
    desktop.wait_for_url(f"{static_site}/en/symptoms/what-is-myoclonus/")
    assert desktop.locator("h1").inner_text() == "What is myoclonus?"

    # Urgent signs the live API finds come first, as an alert.
    ask(desktop, static_site, "my daughter has been seizing for ten minutes and won't stop")
    alert = desktop.locator("[data-urgent][role=alert]")
    assert alert.is_visible()
    assert "Some of what you wrote can be a sign of an emergency." in alert.inner_text()
    assert "911" in alert.inner_text()
    screenshot(desktop, "static-export-urgent")

    # Without the API the export searches its own entries; the browser cannot tell urgent
    # signs, so the emergency guidance stays on screen.
    desktop.route("**/api/v1/answers/", lambda route: route.abort())
    ask(desktop, static_site, "sudden jerks in my arms, what is this?")
    assert desktop.locator("[data-results] a").first.inner_text() == "What is myoclonus?"
    assert desktop.is_visible("[data-urgent]")
    assert "911" in desktop.locator("[data-urgent]").inner_text()
    assert desktop.is_visible(".disclaimer-box")
    desktop.locator("[data-results] a").first.click()
    desktop.wait_for_url(f"{static_site}/en/symptoms/what-is-myoclonus/")
    screenshot(desktop, "static-export-entry")
