"""Readers' votes under entries, and the searches remembered for the gaps report."""

import logging

import pytest
from django.test import Client

from patientfaq.questions.models import EntryFeedback, SearchRecord
from patientfaq.questions.records import record_search

pytestmark = pytest.mark.django_db


def test_the_feedback_form_is_on_every_entry_and_works_without_javascript(myoclonus):
    page = Client().get(myoclonus.url)
    content = page.content.decode()
    assert "Did this answer your question?" in content
    assert 'action="/en/feedback/"' in content and 'name="helpful" value="no"' in content


def test_a_no_vote_is_stored_with_its_reason_and_the_reader_is_thanked(myoclonus):
    client = Client()
    response = client.post(
        "/en/feedback/", {"entry": myoclonus.pk, "helpful": "no", "reason": "hard"}
    )
    assert response.status_code == 302
    assert response["Location"] == myoclonus.url + "#feedback"
    vote = EntryFeedback.objects.values().get()
    assert vote["helpful"] is False and vote["reason"] == "hard"
    assert set(vote) == {"id", "entry_id", "helpful", "reason", "day"}
    assert b"Thank you for telling us" in client.get(response["Location"]).content


def test_a_yes_vote_keeps_no_reason(myoclonus):
    Client().post("/en/feedback/", {"entry": myoclonus.pk, "helpful": "yes", "reason": "hard"})
    assert EntryFeedback.objects.get().reason == ""


def test_voting_twice_on_the_same_entry_counts_once(myoclonus):
    client = Client()
    for _ in range(3):
        client.post("/en/feedback/", {"entry": myoclonus.pk, "helpful": "no"})
    assert EntryFeedback.objects.count() == 1


def test_bad_feedback_gets_a_kind_error_not_a_crash(myoclonus):
    client = Client()
    assert client.post("/en/feedback/", {"entry": "x", "helpful": "maybe"}).status_code == 400
    assert client.post("/en/feedback/", {"entry": 999999, "helpful": "yes"}).status_code == 404
    assert client.get("/en/feedback/").status_code == 405
    assert not EntryFeedback.objects.exists()


def test_a_search_is_recorded_masked_with_the_date_only():
    record_search("my name is Ana, email ana@example.org: tremor?", "en", False, 0.12)
    record = SearchRecord.objects.values().get()
    assert record["text"] == "my name is [name], email [email]: tremor?"
    assert set(record) == {"id", "text", "language", "answered", "top_score", "day"}
    assert record["answered"] is False and record["top_score"] == pytest.approx(0.12)


@pytest.mark.parametrize(
    ("query", "language", "answered", "score"),
    [
        (None, "en", False, None),
        (b"bytes", "en", False, None),
        ("", "en", True, 0.5),
        ("x" * 100_000, None, "yes", float("nan")),
        ("tremor", "en", True, "not a number"),
    ],
)
def test_recording_a_search_never_raises(query, language, answered, score):
    record_search(query, language, answered, score)


def test_recording_a_search_never_logs_the_words(caplog, monkeypatch):
    def broken(**kwargs):
        raise ValueError(f"cannot store {kwargs['text']}")

    monkeypatch.setattr(SearchRecord.objects, "create", broken)
    with caplog.at_level(logging.DEBUG):
        record_search("my secret tremor question", "en", False, None)
    assert "secret" not in caplog.text
    assert "not recorded" in caplog.text
