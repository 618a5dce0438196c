"""A patient sends a question to the organisation."""

import pytest
from django.test import Client
from django.test.utils import override_settings

from patientfaq.questions.models import PatientQuestion

pytestmark = pytest.mark.django_db

QUESTION = "Why do my hands shake when I hold a cup?"


def send(client, question=QUESTION, step="send", **extra):
    return client.post("/en/ask/", {"question": question, "step": step, **extra})


def test_the_ask_form_is_prefilled_with_the_search():
    response = Client().get("/en/ask/", {"q": "jerks at night"})
    assert response.status_code == 200
    assert b"jerks at night</textarea>" in response.content


def test_it_shows_the_closest_entries_before_sending():
    response = send(Client(), step="check")
    assert response.status_code == 200
    assert b"Is it one of these?" in response.content
    assert b"What is myoclonus?" in response.content
    assert b"None of these, send my question" in response.content
    assert not PatientQuestion.objects.exists()


def test_a_question_is_stored_anonymously_and_masked():
    response = send(Client(), question="My name is Ana and my phone is 555 123 4567. Why?")
    assert response.status_code == 302
    question = PatientQuestion.objects.get()
    assert question.text == "My name is [name] and my phone is [phone]. Why?"
    assert question.reply_email == ""
    assert question.language == "en"
    assert question.status == PatientQuestion.Status.NEW


def test_an_email_is_kept_only_with_consent():
    response = send(Client(), email="ana@example.org")
    assert response.status_code == 400
    assert b"Tick this box" in response.content
    assert not PatientQuestion.objects.exists()

    send(Client(), email="Ana@Example.org", consent="on")
    assert PatientQuestion.objects.get().reply_email == "ana@example.org"


def test_the_consent_states_the_retention_period():
    response = Client().get("/en/ask/")
    assert b"at the latest after 90 days" in response.content


def test_an_urgent_question_shows_urgent_care_first_and_is_still_accepted():
    checked = send(Client(), question="My husband is not breathing, what do I do?", step="check")
    assert checked.content.decode().index(
        "get help straight away"
    ) < checked.content.decode().index("Is it one of these?")
    response = send(Client(), question="My husband is not breathing, what do I do?")
    assert response.status_code == 200
    assert PatientQuestion.objects.get().urgent
    content = response.content.decode()
    assert content.index("get help straight away") < content.index(
        "<h1>Thank you for your question"
    )


def test_it_rejects_an_empty_question():
    response = send(Client(), question="   ")
    assert response.status_code == 400
    assert b"Please type your question." in response.content
    assert not PatientQuestion.objects.exists()


def test_it_rejects_a_question_that_is_too_long():
    response = send(Client(), question="why " * 600)
    assert response.status_code == 400
    assert b"under 2,000 characters" in response.content


def test_it_rejects_an_enormous_submission_kindly():
    response = send(Client(), question="a" * 1_000_000)
    assert response.status_code == 413
    assert b"too much for us to receive" in response.content
    assert not PatientQuestion.objects.exists()


def test_it_rejects_binary_junk_with_a_clear_message():
    response = send(Client(), question="why \x00\x01\x02 \ufffd\ufffd shaking")
    assert response.status_code == 400
    assert b"characters we cannot read" in response.content
    assert not PatientQuestion.objects.exists()


def test_html_is_stored_as_text_and_always_escaped(alice):
    from tests.conftest import client_for

    send(Client(), question="<script>alert(1)</script> <b>why</b> do I shake?")
    question = PatientQuestion.objects.get()
    assert question.text == "<script>alert(1)</script> <b>why</b> do I shake?"
    page = client_for(alice).get(f"/admin/questions/inbox/handle/{question.pk}/")
    assert b"<script>alert(1)" not in page.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in page.content


def test_the_honeypot_stores_nothing():
    response = send(Client(), website="http://spam.example")
    assert response.status_code == 302
    assert not PatientQuestion.objects.exists()


def test_the_same_words_from_the_same_person_are_stored_once():
    client = Client()
    send(client)
    send(client)
    question = PatientQuestion.objects.get()
    assert question.times_asked == 1


def test_the_same_words_from_someone_else_count_but_are_stored_once():
    send(Client(REMOTE_ADDR="10.0.0.1"))
    send(Client(REMOTE_ADDR="10.0.0.2"), question="  why do my HANDS shake when I hold a cup ")
    question = PatientQuestion.objects.get()
    assert question.times_asked == 2


@override_settings(QUESTION_RATE_LIMIT=2)
def test_a_flood_from_one_address_is_stopped_kindly():
    flooder = Client(REMOTE_ADDR="10.0.0.9")
    statuses = [
        send(flooder, question=f"Question number {n} about tremor").status_code for n in range(4)
    ]
    assert statuses == [302, 302, 429, 429]
    assert PatientQuestion.objects.count() == 2
    refused = send(flooder, question="One more")
    assert b"try again later" in refused.content
    # Someone else can still ask.
    assert send(Client(REMOTE_ADDR="10.0.0.10")).status_code == 302


def test_no_address_is_stored_anywhere():
    send(
        Client(REMOTE_ADDR="203.0.113.77", HTTP_USER_AGENT="Secret-Agent/1.0"),
        email="a@b.org",
        consent="on",
    )
    row = PatientQuestion.objects.values().get()
    flat = " ".join(str(value) for value in row.values())
    assert "203.0.113.77" not in flat and "Secret-Agent" not in flat


def test_the_ask_prompt_links_to_the_form_with_the_question(myoclonus):
    page = Client().get(myoclonus.url)
    assert b'href="/en/ask/"' in page.content
    from django.template.loader import render_to_string

    html = render_to_string("questions/includes/ask_prompt.html", {"query": "jerks & spasms"})
    assert "/en/ask/?q=jerks%20%26%20spasms" in html
