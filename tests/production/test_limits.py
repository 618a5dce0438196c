"""Rate limits on asking, and staff sign-in locking after repeated failures."""

import pytest
from django.test import Client, override_settings

from patientfaq.publishing import handouts

pytestmark = pytest.mark.django_db


@override_settings(SEARCH_RATE_LIMIT=2)
def test_a_flood_of_searches_gets_a_clear_429_with_retry_after(client):
    for _ in range(2):
        assert client.get("/en/search/", {"q": "what is myoclonus"}).status_code == 200
    response = client.get("/en/search/", {"q": "what is myoclonus"})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert b"wait a minute" in response.content
    response = client.get("/api/answers/", {"q": "what is myoclonus"})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "wait a minute" in response.json()["error"]


@override_settings(API_RATE_LIMIT_PER_ADDRESS=1)
def test_the_rest_api_ask_says_when_to_come_back(client):
    assert client.post("/api/v1/answers/", {"q": "jerks"}, "application/json").status_code == 200
    response = client.post("/api/v1/answers/", {"q": "jerks"}, "application/json")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0


def _sign_in(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password})


@override_settings(LOGIN_FAILURES_PER_USER=3)
def test_an_account_locks_after_repeated_failures_even_for_the_right_password(alice):
    alice.set_password("right passphrase")
    alice.save()
    for _ in range(3):
        assert _sign_in(Client(), "alice", "wrong").status_code == 200  # the form again
    response = _sign_in(Client(), "alice", "right passphrase")
    assert response.status_code == 429
    assert int(response["Retry-After"]) == 15 * 60
    assert b"Too many failed sign-ins" in response.content


@override_settings(LOGIN_FAILURES_PER_ADDRESS=4)
def test_an_address_trying_many_user_names_is_locked_out(alice):
    for name in ["ann", "ben", "cas", "dot"]:
        _sign_in(Client(), name, "guess")
    assert _sign_in(Client(), "alice", "pw").status_code == 429
    assert _sign_in(Client(REMOTE_ADDR="192.0.2.7"), "alice", "pw").status_code == 302


@override_settings(QUESTION_RATE_LIMIT=1)
def test_the_financial_statements_request_form_is_limited_too(client):
    client.post("/en/financial-statements/", {"email": "a@example.org"})
    response = client.post("/en/financial-statements/", {"email": "a@example.org"})
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"


@override_settings(PASSWORD_RESET_RATE_LIMIT=2)
def test_password_reset_emails_are_limited_per_address_and_per_email(alice, mailoutbox):
    for _ in range(2):
        response = Client().post("/admin/password_reset/", {"email": "alice@example.org"})
        assert response.status_code == 302
    response = Client().post("/admin/password_reset/", {"email": "alice@example.org"})
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert b"Too many password reset e-mails" in response.content
    # Another connection asking for the same person is refused too; nothing more is sent.
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert other.post("/admin/password_reset/", {"email": "alice@example.org"}).status_code == 429
    assert len(mailoutbox) == 2


@override_settings(HANDOUT_RATE_LIMIT=2)
def test_a_flood_of_handouts_gets_a_clear_429(client, myoclonus, monkeypatch):
    monkeypatch.setattr(handouts, "handout_pdf", lambda html, request: b"%PDF-1.7 fake")
    address = f"/en/handouts/{myoclonus.pk}.pdf"
    for _ in range(2):
        assert client.get(address).status_code == 200
    response = client.get(address)
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert b"wait a minute" in response.content
    chosen = client.get("/en/my-list/handout.pdf", {"entries": myoclonus.pk})
    assert chosen.status_code == 429
