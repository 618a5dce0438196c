"""Deleting what patients sent once the retention period is over, keeping only daily counts."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Count, F, Q, Sum
from django.utils import timezone

from .models import DailyCount, EntryFeedback, PatientQuestion, SearchRecord


@dataclass
class PurgeResult:
    cutoff: datetime.date
    searches: int
    questions: int
    feedback: int


def _add_count(day: datetime.date, kind: str, language: str, count: int) -> None:
    if not count:
        return
    counter, created = DailyCount.objects.get_or_create(
        day=day, kind=kind, language=language, defaults={"count": count}
    )
    if not created:
        DailyCount.objects.filter(pk=counter.pk).update(count=F("count") + count)


def purge_expired(
    today: datetime.date | None = None, days: int | None = None, dry_run: bool = False
) -> PurgeResult:
    """Delete searches, questions and feedback dated before today minus `days`; count them first.

    Returns what was (or, with `dry_run`, would be) deleted.
    """
    today = today or timezone.localdate()
    days = settings.QUESTION_RETENTION_DAYS if days is None else days
    cutoff = today - datetime.timedelta(days=days)
    searches = SearchRecord.objects.filter(day__lt=cutoff)
    questions = PatientQuestion.objects.filter(received_on__lt=cutoff)
    feedback = EntryFeedback.objects.filter(day__lt=cutoff)
    result = PurgeResult(
        cutoff=cutoff,
        searches=searches.count(),
        questions=questions.count(),
        feedback=feedback.count(),
    )
    if dry_run:
        return result
    with transaction.atomic():
        for row in searches.values("day", "language").annotate(
            total=Count("pk"), unanswered=Count("pk", filter=Q(answered=False))
        ):
            _add_count(row["day"], DailyCount.Kind.SEARCHES, row["language"], row["total"])
            _add_count(
                row["day"], DailyCount.Kind.UNANSWERED_SEARCHES, row["language"], row["unanswered"]
            )
        for row in questions.values("received_on", "language").annotate(total=Sum("times_asked")):
            _add_count(row["received_on"], DailyCount.Kind.QUESTIONS, row["language"], row["total"])
        for row in feedback.values("day").annotate(
            yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False))
        ):
            _add_count(row["day"], DailyCount.Kind.HELPFUL, "", row["yes"])
            _add_count(row["day"], DailyCount.Kind.NOT_HELPFUL, "", row["no"])
        searches.delete()
        questions.delete()
        feedback.delete()
    return result
