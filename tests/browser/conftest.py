"""Real-browser tests: Debian's Chromium driven by Playwright against a live test server."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_django.live_server_helper import LiveServer

from patientfaq.demo.loader import load_demo

CHROMIUM = Path(os.getenv("CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"

# Playwright's sync API runs an event loop in this thread; the ORM calls the live server's
# fixtures make are still ordinary blocking calls, which is what Django's guard is about.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)
        # pytest-django has already put these last, behind every test that empties the database
        # (its ordering runs first); the mark makes it set up the test database even when only
        # they were chosen.
        if "_demo_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.django_db)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM}: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def _demo_server(django_db_setup, django_db_blocker) -> Iterator[LiveServer]:
    # pytest-django runs the tests that ask for no database after those that empty it, so the
    # demo loaded here stays as it is for every test that reads through this server.
    with django_db_blocker.unblock():
        load_demo()
        server = LiveServer("localhost")
    yield server
    server.stop()


@pytest.fixture
def site(_demo_server, settings) -> str:
    """The demo organisation served by a live test server that every test changing nothing in
    the database shares (loading the demo costs seconds); returns the server's address."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    return _demo_server.url


@pytest.fixture
def writable_site(live_server) -> str:
    """A live test server over a demo organisation of the test's own, for tests that change data:
    the database is emptied after each."""
    load_demo()
    return live_server.url


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


# axe-core comes from the npm registry (package.json); bin/setup --test runs `npm ci`.
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
SERIOUS = {"serious", "critical"}


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():
        message = f"axe-core is not installed at {AXE}: run `npm ci` (bin/setup --test does)"
        if os.getenv("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return AXE.read_text(encoding="utf-8")


def axe_violations(page, axe_source: str) -> list[dict]:
    """Every axe-core rule the page breaks, each with its impact and the elements involved."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated through the browser's tooling, which the site's Content-Security-Policy
        # (no inline scripts) does not govern, so the pages are checked as served.
        page.evaluate(axe_source)
    return page.evaluate(
        """async () => {
            const results = await axe.run(document, {resultTypes: ["violations"]});
            return results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.slice(0, 5).map(n => n.target.join(" ")),
            }));
        }"""
    )
