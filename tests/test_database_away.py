"""When the database is away, patients get a kind 503 page and API clients a 503 problem."""

import pytest
from django.db import OperationalError
from django.test import Client

from patientfaq.faq.models import HomePage


@pytest.fixture
def database_away(monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError('connection to server at "127.0.0.1", port 5432 failed')

    # Any page's first query fails as it does when PostgreSQL is stopped.
    monkeypatch.setattr(HomePage, "serve", refuse)
    monkeypatch.setattr("patientfaq.answers.service.answer_question", refuse)
    return Client(raise_request_exception=False)


@pytest.mark.django_db
def test_a_patient_sees_a_kind_page_when_the_database_is_away(database_away):
    response = database_away.get("/en/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    text = response.content.decode()
    assert "briefly unavailable" in text
    assert "emergency number" in text
    assert "Traceback" not in text and "OperationalError" not in text


@pytest.mark.django_db
def test_the_question_api_says_503_when_the_database_is_away(database_away):
    response = database_away.get("/api/answers/?q=what+is+myoclonus&language=en")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/problem+json"
    assert "try again" in response.json()["detail"]


@pytest.mark.django_db
def test_other_failures_stay_plain_500s(monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(HomePage, "serve", broken)
    response = Client(raise_request_exception=False).get("/en/")
    assert response.status_code == 500
