"""From a patient's question to vetted entries: the one path the page and the API share."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from wagtail.models import Locale

from patientfaq.faq.models import EntryPage

MAX_QUERY_CHARS = 2000


@dataclass
class Result:
    entry: EntryPage
    score: float
    passage: str


@dataclass
class AnswerResult:
    query: str
    results: list[Result] = field(default_factory=list)
    answered: bool = False
    urgent: bool = False


def clean_query(raw: str) -> tuple[str, str]:
    """The query as the engine will see it, and a message for the patient if it cannot be used."""
    text = " ".join(raw.replace("\x00", " ").split())
    if not text:
        return "", ""
    if len(text) > MAX_QUERY_CHARS:
        return text[:MAX_QUERY_CHARS], _(
            "Your question was very long, so we searched with its first 2,000 characters."
        )
    return text, ""


def answer_question(query: str, language: str) -> AnswerResult:
    entries = EntryPage.objects.live().public()
    try:
        entries = entries.filter(locale=Locale.objects.get(language_code=language))
    except Locale.DoesNotExist:
        pass
    hits = entries.search(query, operator="or")[:10]
    results = [Result(entry=hit, score=0.0, passage=hit.short_answer) for hit in hits]
    return AnswerResult(query=query, results=results, answered=bool(results))
