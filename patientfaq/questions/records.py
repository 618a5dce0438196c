"""What patients searched for, kept without personal data, for the gaps report."""

from __future__ import annotations

import logging
import math

from django.db import transaction
from django.utils import timezone

from .masking import mask_personal_data
from .models import MAX_QUESTION_CHARS, SearchRecord
from .text import plain_text

logger = logging.getLogger(__name__)


def record_search(query: str, language: str, answered: bool, top_score: float | None) -> None:
    """Remember a search (masked words, language, outcome, date) for the gaps report.

    Never raises: a search must work even when it cannot be remembered. The words never reach
    the log, not even inside an exception message.
    """
    try:
        if not isinstance(query, str):
            return
        text = plain_text(query)[:MAX_QUESTION_CHARS]
        if not text:
            return
        score: float | None = None
        if top_score is not None:
            score = float(top_score)
            if not math.isfinite(score):
                score = None
        # A savepoint, so a failure here cannot spoil the caller's transaction.
        with transaction.atomic():
            SearchRecord.objects.create(
                text=mask_personal_data(text),
                language=str(language or "")[:12],
                answered=bool(answered),
                top_score=score,
                day=timezone.localdate(),
            )
    except Exception as error:
        logger.warning("A search was not recorded for the gaps report (%s).", type(error).__name__)
