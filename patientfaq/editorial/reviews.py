"""Which entries are due for clinical review, and reminding the reviewers who should look."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import ReviewRecord
from .roles import REVIEWERS


@dataclass(frozen=True)
class ReviewDue:
    """One live entry whose review is overdue, due soon, or that was never reviewed."""

    entry: Any
    due: date | None
    last_reviewer: Any
    today: date

    @property
    def overdue(self) -> bool:
        return self.due is None or self.due < self.today

    @property
    def days_left(self) -> int | None:
        return None if self.due is None else (self.due - self.today).days

    def edit_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[self.entry.pk])


def current_reviews(entry_ids: list[int]) -> dict[int, ReviewRecord]:
    """Each entry's latest review record, as `EntryPage.current_review()`, in one query."""
    latest: dict[int, ReviewRecord] = {}
    records = ReviewRecord.objects.filter(entry_id__in=entry_ids).order_by("-reviewed_on", "-pk")
    for record in records:
        latest.setdefault(record.entry_id, record)
    return latest


def live_entries_with_reviews() -> Any:
    """Live entries, each with its latest review: `reviewed_on`, `due` and `last_reviewer_id`
    (None when never reviewed)."""
    from patientfaq.faq.models import EntryPage

    latest = ReviewRecord.objects.filter(entry=OuterRef("pk")).order_by("-reviewed_on", "-pk")
    return (
        EntryPage.objects.live()
        .select_related("locale")
        .annotate(
            reviewed_on=Subquery(latest.values("reviewed_on")[:1]),
            due=Subquery(latest.values("next_review_due")[:1]),
            last_reviewer_id=Subquery(latest.values("reviewer")[:1]),
        )
    )


def reviews_due(today: date | None = None, within_days: int | None = None) -> list[ReviewDue]:
    """Live entries never reviewed or due within `within_days`, most overdue first."""
    today = today or timezone.localdate()
    if within_days is None:
        within_days = settings.PATIENTFAQ_REVIEW_REMINDER_DAYS
    entries = live_entries_with_reviews()
    horizon = today + timedelta(days=within_days)
    users = get_user_model().objects.in_bulk(
        {e.last_reviewer_id for e in entries if e.last_reviewer_id}
    )
    due = [
        ReviewDue(entry, entry.due, users.get(entry.last_reviewer_id), today)
        for entry in entries
        if entry.due is None or entry.due <= horizon
    ]
    return sorted(due, key=lambda r: (r.due is not None, r.due or today, r.entry.title))


def _reviewers_to_remind(item: ReviewDue) -> list[Any]:
    """The clinician who approved the entry last, if still a reviewer; else every reviewer."""
    last = item.last_reviewer
    if last is not None and last.is_active and last.email:
        if last.is_superuser or last.groups.filter(name=REVIEWERS).exists():
            return [last]
    return list(
        get_user_model()
        .objects.filter(groups__name=REVIEWERS, is_active=True)
        .exclude(email="")
        .distinct()
    )


def _reminder_text(items: list[ReviewDue]) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    lines = [
        _(
            "These entries are due for clinical review. Please check each one and approve it, "
            "or ask the editors for changes."
        ),
        "",
    ]
    for item in items:
        if item.due is None:
            when = _("never reviewed")
        elif item.overdue:
            when = _("overdue since %(date)s") % {"date": item.due.isoformat()}
        else:
            when = _("due on %(date)s") % {"date": item.due.isoformat()}
        lines.append(f"- {item.entry.title} ({item.entry.locale.language_code}, {when})")
        lines.append(f"  {base}{item.edit_url()}")
    return "\n".join(lines) + "\n"


def send_review_reminders(today: date | None = None, dry_run: bool = False) -> dict[str, int]:
    """Counts: entries due, and reminder e-mails sent (or that would be, on a dry run)."""
    due = reviews_due(today)
    by_reviewer: dict[Any, list[ReviewDue]] = defaultdict(list)
    for item in due:
        for reviewer in _reviewers_to_remind(item):
            by_reviewer[reviewer].append(item)
    for reviewer, items in by_reviewer.items():
        if dry_run:
            continue
        subject = ngettext(
            "%(count)d entry is due for clinical review",
            "%(count)d entries are due for clinical review",
            len(items),
        ) % {"count": len(items)}
        send_mail(subject, _reminder_text(items), None, [reviewer.email])
    return {"entries": len(due), "emails": len(by_reviewer)}
