"""Sources' links are checked on demand, broken ones are reported, and approval records them."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.models import WorkflowState

from patientfaq.editorial.citations import check_addresses, identifier_problem, try_address
from patientfaq.editorial.models import LinkCheck
from patientfaq.faq.models import EntryPage

from .conftest import approve, client_for

pytestmark = pytest.mark.django_db
PORT = 8161  # this project's test port for a stand-in web server (there is no internet here)


class _Site(BaseHTTPRequestHandler):
    def _answer(self) -> None:
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/no-head" and self.command == "HEAD":
            self.send_response(405)
        elif self.path in ("/ok", "/slow", "/no-head"):
            self.send_response(200)
        else:
            self.send_response(404)
        self.end_headers()

    do_HEAD = do_GET = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def web():
    server = ThreadingHTTPServer(("127.0.0.1", PORT), _Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{PORT}"
    server.shutdown()
    server.server_close()


def test_a_working_a_missing_and_a_slow_address(web):
    assert try_address(f"{web}/ok", 1) == (True, 200, "")
    assert try_address(f"{web}/no-head", 1) == (True, 200, "")
    works, status, problem = try_address(f"{web}/gone", 1)
    assert (works, status, problem) == (False, 404, "The address answered 404.")
    assert try_address(f"{web}/slow", 0.3) == (False, None, "No answer within 0.3 seconds.")
    works, _status, problem = try_address("http://127.0.0.1:8169/", 1)  # nothing listens
    assert not works and problem.startswith("Could not reach the address")


def test_identifiers_are_checked_by_their_shape():
    assert identifier_problem("doi", {"doi": "10.1056/NEJMra1708712"}) == ""
    assert identifier_problem("doi", {"doi": "https://doi.org/10.1056/x"})
    assert identifier_problem("pubmed", {"pmid": "PMID123"})


def _with_source(entry: EntryPage, url: str) -> None:
    source = {"title": "A gone page", "authors": "", "publisher": "P", "year": 2024, "url": url}
    entry.sources = [("web", source)]
    entry.save_revision().publish()


def test_alice_finds_a_broken_source_in_the_report_after_checking(alice, web):
    myoclonus = EntryPage.objects.get(slug="what-is-myoclonus", locale__language_code="en")
    _with_source(myoclonus, f"{web}/gone")
    editor = client_for(alice)
    response = editor.post(
        "/admin/editorial/links/check/", {"entry": myoclonus.pk, "next": "/admin/"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    html = editor.get("/admin/editorial/links/").content.decode()
    assert "A gone page" in html and "The address answered 404." in html
    assert LinkCheck.objects.get(address=f"{web}/gone").works is False


def test_an_approval_records_each_source_with_its_link_state(alice, bob, web):
    myoclonus = EntryPage.objects.get(slug="what-is-myoclonus", locale__language_code="en")
    _with_source(myoclonus, f"{web}/ok")
    check_addresses([f"{web}/ok"], timeout=1)
    myoclonus.save_revision(user=alice)
    myoclonus.get_workflow().start(myoclonus, alice)
    task = WorkflowState.objects.get(
        object_id=str(myoclonus.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).current_task_state
    approve(bob, myoclonus, task.pk)
    confirmed = myoclonus.current_review().sources_confirmed
    assert [(s["title"], s["link"], s["identifier_ok"]) for s in confirmed] == [
        ("A gone page", "works", True)
    ]
