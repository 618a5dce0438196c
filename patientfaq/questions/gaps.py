"""The gaps report: what patients asked that the FAQ did not answer well, grouped by meaning."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone

from patientfaq.faq.models import EntryPage

from .grouping import SAME_QUESTION, group_texts
from .models import EntryFeedback, PatientQuestion, SearchRecord
from .text import normalised

# An answer the engine gave, but with a best score below this, counts as a gap too. The engine
# decides "answered" at 0.5; this catches the answers it was barely sure of.
LOW_CONFIDENCE = 0.6
# The report looks at the most recent wordings only, so it stays quick on a busy site.
MAX_WORDINGS = 1000
EXAMPLES_SHOWN = 5
WORDINGS_FOR_DRAFT = 20


@dataclass
class Gap:
    wordings: list[str]  # distinct wordings, most often asked first
    searches: int = 0
    questions: int = 0
    languages: list[str] = field(default_factory=list)
    question_ids: list[int] = field(default_factory=list)
    category_pk: int | None = None  # where a draft from this gap goes by default

    @property
    def people(self) -> int:
        return self.searches + self.questions

    @property
    def examples(self) -> list[str]:
        return self.wordings[:EXAMPLES_SHOWN]

    @property
    def draft_wordings(self) -> list[str]:
        return self.wordings[:WORDINGS_FOR_DRAFT]


@dataclass
class UnhelpfulEntry:
    entry: EntryPage
    not_helpful: int
    helpful: int
    reasons: list[tuple[str, int]]  # (label, count), most given first


@dataclass
class GapsReport:
    since: datetime.date
    gaps: list[Gap]
    by_meaning: bool
    unhelpful: list[UnhelpfulEntry]


def _gaps() -> tuple[list[Gap], bool]:
    searches = list(
        SearchRecord.objects.filter(Q(answered=False) | Q(top_score__lt=LOW_CONFIDENCE)).order_by(
            "-day", "-pk"
        )[:MAX_WORDINGS]
    )
    questions = list(
        PatientQuestion.objects.filter(status=PatientQuestion.Status.NEW).order_by(
            "-received_on", "-pk"
        )[:MAX_WORDINGS]
    )
    items: list[SearchRecord | PatientQuestion] = [*searches, *questions]
    weights = [item.times_asked if isinstance(item, PatientQuestion) else 1 for item in items]
    grouping = group_texts([item.text for item in items], weights)
    gaps = []
    for group in grouping.groups:
        wordings: Counter[str] = Counter()
        shown: dict[str, str] = {}
        languages: Counter[str] = Counter()
        gap = Gap(wordings=[])
        for index in group:
            item, weight = items[index], weights[index]
            key = normalised(item.text) or item.text
            shown.setdefault(key, item.text)
            wordings[key] += weight
            languages[item.language] += weight
            if isinstance(item, PatientQuestion):
                gap.questions += weight
                gap.question_ids.append(item.pk)
            else:
                gap.searches += weight
        gap.wordings = [shown[key] for key, _count in wordings.most_common()]
        gap.languages = [code for code, _count in languages.most_common()]
        gaps.append(gap)
    gaps.sort(key=lambda gap: -gap.people)
    return gaps, grouping.by_meaning


def _unhelpful(limit: int = 10) -> list[UnhelpfulEntry]:
    counts = list(
        EntryFeedback.objects.values("entry")
        .annotate(no=Count("pk", filter=Q(helpful=False)), yes=Count("pk", filter=Q(helpful=True)))
        .filter(no__gt=0)
        .order_by("-no", "yes")[:limit]
    )
    entries = EntryPage.objects.in_bulk([row["entry"] for row in counts])
    labels = dict(EntryFeedback.Reason.choices)
    report = []
    for row in counts:
        if row["entry"] not in entries:
            continue
        reasons = Counter(
            EntryFeedback.objects.filter(entry=row["entry"], helpful=False)
            .exclude(reason="")
            .values_list("reason", flat=True)
        )
        report.append(
            UnhelpfulEntry(
                entry=entries[row["entry"]],
                not_helpful=row["no"],
                helpful=row["yes"],
                reasons=[(str(labels.get(code, code)), n) for code, n in reasons.most_common()],
            )
        )
    return report


def gaps_report(today: datetime.date | None = None) -> GapsReport:
    """Unanswered and barely answered searches plus new questions, grouped and ranked."""
    today = today or timezone.localdate()
    gaps, by_meaning = _gaps()
    return GapsReport(
        since=today - datetime.timedelta(days=settings.QUESTION_RETENTION_DAYS),
        gaps=gaps,
        by_meaning=by_meaning,
        unhelpful=_unhelpful(),
    )


def inbox_groups() -> dict[int, list[int]]:
    """For each new question, the new questions (itself included) that ask the same thing."""
    questions = list(
        PatientQuestion.objects.filter(status=PatientQuestion.Status.NEW)
        .order_by("-received_on", "-pk")
        .values_list("pk", "text", "times_asked")[:MAX_WORDINGS]
    )
    grouping = group_texts(
        [text for _pk, text, _n in questions],
        [n for _pk, _t, n in questions],
        threshold=SAME_QUESTION,
    )
    groups: dict[int, list[int]] = {}
    for group in grouping.groups:
        pks = [questions[i][0] for i in group]
        for pk in pks:
            groups[pk] = pks
    return groups
