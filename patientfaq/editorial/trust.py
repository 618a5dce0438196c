"""What the trust page says about reviews and reviewers, computed from the review records."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.conf import settings
from django.utils import timezone

from .models import ReviewerProfile, ReviewRecord
from .reviews import live_entries_with_reviews


@dataclass
class TopicReviews:
    """How one topic's live entries (in every language) stand for clinical review."""

    title: str
    language: str = ""
    months: set[int] = field(default_factory=set)
    entries: int = 0
    reviewed: int = 0
    overdue: int = 0
    last_reviewed: date | None = None

    def add(self, entry: Any, months: int, today: date) -> None:
        self.months.add(months)
        self.entries += 1
        if entry.reviewed_on is not None:
            self.reviewed += 1
            self.last_reviewed = max(self.last_reviewed or entry.reviewed_on, entry.reviewed_on)
        if entry.due is not None and entry.due < today:
            self.overdue += 1

    @property
    def cadence(self) -> list[int]:
        return sorted(self.months)


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def review_figures(language: str, today: date | None = None) -> dict[str, Any]:
    """Per topic and in all: entries, how many were reviewed, how many are overdue, and when."""
    from patientfaq.faq.models import CategoryPage

    today = today or timezone.localdate()
    categories = {c.path: c for c in CategoryPage.objects.live().select_related("locale")}
    titles: dict[Any, tuple[str, str]] = {}
    for category in sorted(categories.values(), key=lambda c: c.locale.language_code != language):
        titles.setdefault(category.translation_key, (category.title, category.locale.language_code))
    topics: dict[Any, TopicReviews] = {}
    total = TopicReviews(title="")
    entries = list(live_entries_with_reviews().public().order_by("path"))
    for entry in entries:
        category = categories.get(entry.path[: -entry.steplen])
        if category is None:
            continue
        months = category.review_every_months or settings.PATIENTFAQ_REVIEW_INTERVAL_MONTHS
        key = category.translation_key
        title, title_language = titles[key]
        topic = topics.setdefault(key, TopicReviews(title=title, language=title_language))
        topic.add(entry, months, today)
        total.add(entry, months, today)
    oldest = min((e.reviewed_on for e in entries if e.reviewed_on), default=None)
    return {
        "topics": list(topics.values()),
        "total": total,
        "never_reviewed": total.entries - total.reviewed,
        "share_overdue": _percent(total.overdue + total.entries - total.reviewed, total.entries),
        "oldest_review": oldest,
        "default_months": settings.PATIENTFAQ_REVIEW_INTERVAL_MONTHS,
    }


@dataclass(frozen=True)
class BoardMember:
    name: str
    credential: str
    declared_interests: str
    entries_reviewed: int
    last_review: date | None


def advisory_board(language: str) -> list[BoardMember]:
    """The clinical reviewers, with the credential as their reviews in `language` spell it."""
    records = ReviewRecord.objects.filter(entry__live=True).values(
        "reviewer_name",
        "reviewer_credential",
        "reviewed_on",
        "entry_id",
        "entry__locale__language_code",
    )
    entries: dict[str, set[int]] = defaultdict(set)
    last: dict[str, date] = {}
    credentials: dict[str, str] = {}
    for record in records.order_by("reviewed_on"):
        name = record["reviewer_name"]
        entries[name].add(record["entry_id"])
        last[name] = record["reviewed_on"]
        if record["entry__locale__language_code"] == language:
            credentials[name] = record["reviewer_credential"]
    return [
        BoardMember(
            name=profile.display_name,
            credential=credentials.get(profile.display_name, profile.credential),
            declared_interests=profile.declared_interests,
            entries_reviewed=len(entries[profile.display_name]),
            last_review=last.get(profile.display_name),
        )
        for profile in ReviewerProfile.objects.order_by("display_name")
    ]
