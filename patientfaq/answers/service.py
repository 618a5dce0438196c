"""From a patient's question to vetted entries: the one path the page and the API share.

Order matters: urgent signs are checked first, on every question, and whatever the engine finds
is shown as written by editors and approved by reviewers; nothing here composes medical text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from patientfaq.editorial.models import ReviewRecord
from patientfaq.editorial.reviews import current_reviews
from patientfaq.engine import Answer, Match
from patientfaq.engine.embedding import ModelNotInstalled
from patientfaq.engine.text import MAX_QUERY_CHARS
from patientfaq.engine.urgent import UrgentHit
from patientfaq.faq.models import EntryPage

from .guardrails import asks_for_personal_advice
from .index import get_crosslingual, get_engine, searchable_entries
from .safety import urgent_signs

RESULTS_SHOWN = 5


@dataclass
class Result:
    entry: EntryPage
    score: float
    passage: str
    # The entry's current review record (its `current_review()`), fetched with the others.
    review: ReviewRecord | None = None


@dataclass
class AnswerResult:
    query: str
    language: str
    results: list[Result] = field(default_factory=list)
    answered: bool = False
    # Not answered, but the best entries are close enough to offer as "these may help".
    suggested: bool = False
    urgent_signs: list[UrgentHit] = field(default_factory=list)
    personal_advice: bool = False

    @property
    def urgent(self) -> bool:
        return bool(self.urgent_signs)

    @property
    def top_score(self) -> float | None:
        return self.results[0].score if self.results else None


def clean_query(raw: object) -> tuple[str, str]:
    """The question as the engine will see it, and a message for the patient if it was changed."""
    if not isinstance(raw, str):
        return "", ""
    # Control characters arrive from pasted binary junk; they are never part of a question.
    text = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in raw)
    text = " ".join(text.split())
    if not any(ch.isalnum() for ch in text):
        return "", _("Please type your question in words.") if text else ""
    if len(text) > MAX_QUERY_CHARS:
        return text[:MAX_QUERY_CHARS], _(
            "Your question was very long, so we searched with its first 2,000 characters."
        )
    return text, ""


def pinned_entry_ids(query: str) -> list[str]:
    """Entries an editor promoted for exactly this question (Wagtail's promoted results)."""
    normalised = normalise_query_string(query)
    promotions = SearchPromotion.objects.filter(
        query__query_string=normalised, page__isnull=False
    ).order_by("sort_order")
    return [str(page_id) for page_id in promotions.values_list("page_id", flat=True)]


def answer_question(query: str, language: str, limit: int = RESULTS_SHOWN) -> AnswerResult:
    """Urgent signs, then the best approved entries in the reader's language, and a decision."""
    result = AnswerResult(query=query, language=language)
    if not query:
        return result
    result.urgent_signs = urgent_signs(query, language)
    result.personal_advice = asks_for_personal_advice(query)
    answer = _search(query, language, limit, pinned_entry_ids(query))
    entries = searchable_entries().in_bulk([int(m.id) for m in answer.matches])
    seen: set[object] = set()
    for match in answer.matches:
        entry = entries.get(int(match.id))
        # One entry in two languages is one answer: the better-ranked version stands for both.
        if entry is None or entry.translation_key in seen:
            continue
        seen.add(entry.translation_key)
        result.results.append(Result(entry=entry, score=match.score, passage=match.passage))
    reviews = current_reviews([item.entry.pk for item in result.results])
    for item in result.results:
        item.review = reviews.get(item.entry.pk)
    result.answered = answer.answered and bool(result.results)
    result.suggested = answer.suggested and bool(result.results) and not result.answered
    return result


def _search(query: str, language: str, limit: int, pinned: list[str]) -> Answer:
    """English questions go to the English engine; others to the multilingual index."""
    if language != "en":
        try:
            found = get_crosslingual().search(query, language=language, limit=limit)
        except ModelNotInstalled:
            # No multilingual model on this machine: search the reader's language only.
            pass
        else:
            pins = [Match(id=i, score=1.0, passage="") for i in pinned]
            rest = [m for m in found.matches if m.id not in pinned]
            answered = bool(pins) or found.answered
            # The multilingual index has no trained decision: below its threshold its best
            # entries are offered as "may help".
            return Answer(matches=(pins + rest)[:limit], answered=answered, suggested=not answered)
    return get_engine().search(query, language=language, limit=limit, pinned=pinned)


def embed_texts(texts: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings of the texts from the site's model, one row each."""
    return get_engine().embedder.encode_queries(list(texts))
