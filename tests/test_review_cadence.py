"""Reviews fall due by each topic's cadence; staff see what is due and reviewers are reminded."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils.dateformat import format as date_format
from django.utils.html import strip_tags
from wagtail.models import WorkflowState

from patientfaq.editorial.models import EntryChange, ReviewRecord, add_months
from patientfaq.faq.models import EntryPage

from .conftest import approve, client_for

pytestmark = pytest.mark.django_db


def _entry(slug: str) -> EntryPage:
    return EntryPage.objects.get(slug=slug, locale__language_code="en")


def _submit(entry: EntryPage, editor) -> int:
    """Alice's draft of `entry` goes to clinical review; the task waiting for a reviewer."""
    entry.short_answer = entry.short_answer + " Checked again."
    entry.save_revision(user=editor)
    entry.get_workflow().start(entry, editor)
    state = WorkflowState.objects.get(
        object_id=str(entry.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    return state.current_task_state.pk


def _approve(entry: EntryPage, reviewer, task_state: int, comment: str = "") -> None:
    response = approve(reviewer, entry, task_state, comment)
    assert response.status_code in (200, 302)


def _due(entry: EntryPage, days: int, reviewer=None) -> None:
    today = date.today()
    entry.review_records.all().delete()
    ReviewRecord.objects.create(
        entry=entry,
        reviewer=reviewer,
        reviewer_name="Dr. Bob Reyes",
        reviewer_credential="MD",
        reviewed_on=today - timedelta(days=400),
        next_review_due=today + timedelta(days=days),
    )


def test_an_approval_in_a_24_month_topic_is_due_again_in_two_years(alice, bob):
    eeg = _entry("eeg-test")
    assert eeg.get_parent().specific.review_every_months == 24
    _approve(eeg, bob, _submit(eeg, alice))
    assert eeg.current_review().next_review_due == add_months(date.today(), 24)


def test_a_topic_without_its_own_cadence_uses_the_sites(alice, bob, settings):
    settings.PATIENTFAQ_REVIEW_INTERVAL_MONTHS = 18
    myoclonus = _entry("what-is-myoclonus")
    _approve(myoclonus, bob, _submit(myoclonus, alice))
    assert myoclonus.current_review().next_review_due == add_months(date.today(), 18)


def test_alice_sees_overdue_and_soon_due_reviews_but_not_current_ones(alice):
    _due(_entry("what-is-myoclonus"), -3)
    _due(_entry("ivig"), 10)
    _due(_entry("mri-scan"), 200)
    html = client_for(alice).get("/admin/editorial/reviews-due/").content.decode()
    assert "What is myoclonus?" in html and "Overdue" in html
    assert _entry("ivig").title in html and "in 10 days" in html
    assert _entry("mri-scan").title not in html
    home = client_for(alice).get("/admin/").content.decode()
    assert "overdue for clinical review" in home


def test_bob_is_reminded_of_the_entries_he_approved_and_nobody_else_is(bob, carol):
    _due(_entry("what-is-myoclonus"), -1, reviewer=bob)
    call_command("send_review_reminders", stdout=open("/dev/null", "w"))
    assert [message.to for message in mail.outbox] == [["bob@example.org"]]
    body = mail.outbox[0].body
    assert "What is myoclonus? (en, overdue since" in body
    assert f"/admin/pages/{_entry('what-is-myoclonus').pk}/edit/" in body


def test_a_dry_run_sends_nothing(bob):
    _due(_entry("what-is-myoclonus"), -1, reviewer=bob)
    call_command("send_review_reminders", "--dry-run", stdout=open("/dev/null", "w"))
    assert mail.outbox == []


def test_a_note_written_at_publishing_shows_in_the_public_change_log(client):
    steroids = _entry("steroids")
    steroids.change_note = "Added a section on steroids and sleep."
    steroids.save_revision().publish()
    steroids.save_revision().publish()  # the same note again adds no second line
    html = strip_tags(client.get(steroids.url).content.decode())
    assert "What changed" in html
    assert f"Added a section on steroids and sleep. ({date_format(date.today(), 'F Y')})" in html
    assert "Added how long a course of steroids usually lasts (demo change). (June 2026)" in html
    assert EntryChange.objects.filter(entry=steroids).count() == 2
