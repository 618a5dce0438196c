"""Patients' words are deleted after the retention period; only daily counts remain."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from patientfaq.questions.models import DailyCount, EntryFeedback, PatientQuestion, SearchRecord
from patientfaq.questions.retention import purge_expired

pytestmark = pytest.mark.django_db


@pytest.fixture
def old_and_new(myoclonus):
    today = timezone.localdate()
    old, recent = today - datetime.timedelta(days=91), today - datetime.timedelta(days=89)
    for day in (old, old, recent):
        SearchRecord.objects.create(text="tremor", language="en", answered=False, day=day)
    SearchRecord.objects.create(text="lupus", language="es", answered=True, day=old)
    PatientQuestion.objects.create(
        text="old", language="en", received_on=old, fingerprint="a", times_asked=3
    )
    PatientQuestion.objects.create(
        text="recent", language="en", received_on=recent, fingerprint="b"
    )
    EntryFeedback.objects.create(entry=myoclonus, helpful=False, reason="hard", day=old)
    EntryFeedback.objects.create(entry=myoclonus, helpful=True, day=recent)
    return old


def counts(old):
    return {(c.kind, c.language): c.count for c in DailyCount.objects.filter(day=old)}


def test_the_purge_deletes_what_is_older_than_the_retention_period(old_and_new):
    result = purge_expired()
    assert (result.searches, result.questions, result.feedback) == (3, 1, 1)
    assert list(SearchRecord.objects.values_list("text", flat=True)) == ["tremor"]
    assert list(PatientQuestion.objects.values_list("text", flat=True)) == ["recent"]
    assert EntryFeedback.objects.get().helpful is True


def test_the_purge_keeps_daily_counts(old_and_new):
    purge_expired()
    assert counts(old_and_new) == {
        ("searches", "en"): 2,
        ("unanswered", "en"): 2,
        ("searches", "es"): 1,
        ("questions", "en"): 3,
        ("not_helpful", ""): 1,
    }
    # Running it again changes nothing.
    purge_expired()
    assert counts(old_and_new)[("searches", "en")] == 2


def test_the_purge_command_prints_what_it_deleted_and_has_a_dry_run(old_and_new):
    out = StringIO()
    call_command("purge_questions", "--dry-run", stdout=out)
    assert "Would delete 3 searches, 1 questions and 1 feedback votes" in out.getvalue()
    assert SearchRecord.objects.count() == 4 and not DailyCount.objects.exists()

    out = StringIO()
    call_command("purge_questions", stdout=out)
    assert "Deleted 3 searches, 1 questions and 1 feedback votes" in out.getvalue()
    assert SearchRecord.objects.count() == 1


def test_the_retention_period_is_a_setting(old_and_new, settings):
    settings.QUESTION_RETENTION_DAYS = 30
    result = purge_expired()
    assert result.searches == 4 and result.questions == 2
