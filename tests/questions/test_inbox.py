"""Staff handle patients' questions in the admin: editors and reviewers answer, only
administrators export or delete."""

import pytest
from django.core import mail

from patientfaq.faq.models import EntryPage
from patientfaq.questions.models import PatientQuestion
from patientfaq.questions.roles import grant_question_permissions
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

INBOX = "/admin/questions/inbox/"


def denied(response) -> bool:
    """The admin answers a forbidden request by sending the user back to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def handle_url(question):
    return f"{INBOX}handle/{question.pk}/"


@pytest.fixture
def question():
    return PatientQuestion.objects.create(
        text="Why do my legs jerk when I fall asleep?",
        language="en",
        received_on="2030-01-01",
        fingerprint="q1",
        reply_email="ana@example.org",
    )


@pytest.fixture
def anonymous_question():
    return PatientQuestion.objects.create(
        text="Why do my legs twitch at night?",
        language="en",
        received_on="2030-01-01",
        fingerprint="q2",
    )


def test_alice_sees_the_inbox_with_masked_text_and_no_email(alice, question, anonymous_question):
    client = client_for(alice)
    response = client.get(INBOX)
    assert response.status_code == 200
    assert b"Why do my legs jerk when I fall asleep?" in response.content
    assert b"ana@example.org" not in response.content
    found = client.get(INBOX, {"q": "asleep"})
    assert b"legs jerk" in found.content and b"legs twitch" not in found.content


def test_alice_can_answer_a_question_with_an_existing_entry(alice, question, myoclonus):
    client = client_for(alice)
    page = client.get(handle_url(question))
    assert page.status_code == 200
    assert b"Closest to the question" in page.content
    response = client.post(handle_url(question), {"action": "answer", "entry": myoclonus.pk})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == PatientQuestion.Status.ANSWERED
    assert question.entry_id == myoclonus.pk
    assert question.handled_on is not None
    # The patient consented: they get the entry's link, and their address is then deleted.
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ana@example.org"]
    assert myoclonus.url in mail.outbox[0].body
    assert question.reply_email == ""


def test_no_email_goes_to_a_patient_who_did_not_ask_for_one(alice, anonymous_question, myoclonus):
    client_for(alice).post(
        handle_url(anonymous_question), {"action": "answer", "entry": myoclonus.pk}
    )
    anonymous_question.refresh_from_db()
    assert anonymous_question.status == PatientQuestion.Status.ANSWERED
    assert mail.outbox == []


def test_bob_the_reviewer_can_answer_too(bob, question, myoclonus):
    response = client_for(bob).post(
        handle_url(question), {"action": "answer", "entry": myoclonus.pk}
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == PatientQuestion.Status.ANSWERED


def test_alice_can_turn_a_question_into_a_draft_entry(alice, question, myoclonus):
    category = myoclonus.get_parent().specific
    response = client_for(alice).post(
        handle_url(question), {"action": "draft", "category": category.pk}
    )
    draft = EntryPage.objects.get(title="Why do my legs jerk when I fall asleep?")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{draft.pk}/edit/"
    assert not draft.live
    assert draft.get_parent().pk == category.pk
    assert draft.phrasings()[0] == question.text
    assert draft.get_latest_revision() is not None
    assert draft.owner.username == "alice"
    question.refresh_from_db()
    assert question.status == PatientQuestion.Status.DRAFTED
    assert question.entry_id == draft.pk


def test_alice_can_decline_a_question_and_its_email_is_deleted(alice, question):
    client_for(alice).post(handle_url(question), {"action": "decline"})
    question.refresh_from_db()
    assert question.status == PatientQuestion.Status.DECLINED
    assert question.reply_email == ""


def test_near_duplicates_are_grouped_and_answered_together(
    alice, question, anonymous_question, myoclonus
):
    PatientQuestion.objects.create(
        text="What is lupus?", language="en", received_on="2030-01-01", fingerprint="q3"
    )
    client = client_for(alice)
    listing = client.get(INBOX)
    assert b"1 similar" in listing.content
    grouped = client.get(INBOX, {"group": question.pk})
    assert b"legs twitch" in grouped.content and b"What is lupus?" not in grouped.content
    client.post(
        handle_url(question), {"action": "answer", "entry": myoclonus.pk, "include_similar": "on"}
    )
    statuses = dict(PatientQuestion.objects.values_list("text", "status"))
    assert statuses == {
        "Why do my legs jerk when I fall asleep?": "answered",
        "Why do my legs twitch at night?": "answered",
        "What is lupus?": "new",
    }


def test_alice_cannot_export_or_delete(alice, question):
    client = client_for(alice)
    assert b"Download CSV" not in client.get(INBOX).content
    assert denied(client.get(INBOX, {"export": "csv"}))
    assert denied(client.post(f"{INBOX}delete/{question.pk}/"))
    assert PatientQuestion.objects.filter(pk=question.pk).exists()


def test_carol_the_administrator_can_export_without_email_addresses(carol, question):
    client = client_for(carol)
    assert b"Download CSV" in client.get(INBOX).content
    response = client.get(INBOX, {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "Why do my legs jerk when I fall asleep?" in body
    assert "ana@example.org" not in body


def test_the_export_does_not_let_a_question_run_as_a_formula(carol):
    PatientQuestion.objects.create(
        text='=HYPERLINK("http://evil.example","click")',
        language="en",
        received_on="2030-01-01",
        fingerprint="f",
    )
    response = client_for(carol).get(INBOX, {"export": "csv"})
    body = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK" in body


def test_carol_the_administrator_can_delete(carol, question):
    response = client_for(carol).post(f"{INBOX}delete/{question.pk}/")
    assert response.status_code == 302
    assert not PatientQuestion.objects.filter(pk=question.pk).exists()


def test_staff_without_a_role_cannot_see_the_inbox(django_user_model, question):
    from django.contrib.auth.models import Permission

    dave = django_user_model.objects.create_user("dave", "dave@example.org", "pw")
    dave.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = client_for(dave)
    assert denied(client.get(INBOX))
    assert denied(client.get(handle_url(question)))
    assert denied(client.get("/admin/questions/gaps/"))
    assert denied(client.post(handle_url(question), {"action": "decline"}))
    question.refresh_from_db()
    assert question.status == PatientQuestion.Status.NEW


def test_granting_permissions_again_keeps_an_administrators_changes(alice):
    from django.contrib.auth.models import Group

    editors = Group.objects.get(name="Editors")
    editors.permissions.remove(*editors.permissions.filter(codename="change_patientquestion"))
    grant_question_permissions()
    assert not editors.permissions.filter(codename="change_patientquestion").exists()
    assert editors.permissions.filter(codename="view_patientquestion").exists()


def test_a_drafted_question_is_answered_once_its_entry_is_out(alice, question, myoclonus):
    client = client_for(alice)
    client.post(handle_url(question), {"action": "draft", "category": myoclonus.get_parent().pk})
    question.refresh_from_db()
    assert question.status == PatientQuestion.Status.DRAFTED and question.reply_email
    client.post(handle_url(question), {"action": "answer", "entry": myoclonus.pk})
    question.refresh_from_db()
    assert question.status == PatientQuestion.Status.ANSWERED
    assert len(mail.outbox) == 1


def test_a_handled_question_cannot_be_handled_again(alice, question, myoclonus):
    client = client_for(alice)
    client.post(handle_url(question), {"action": "answer", "entry": myoclonus.pk})
    response = client.post(handle_url(question), {"action": "decline"})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == PatientQuestion.Status.ANSWERED
