"""Keeps each process's answer engine in step with the published entries.

The database is the record; the engine's index is derived from it. Within a process, publish and
unpublish signals update the index at once. Other processes (more app servers) notice within a
second through a cheap fingerprint of the published entries, checked before a search.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from django.conf import settings
from django.db.models import Count, Max
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from patientfaq.engine import Document, Engine
from patientfaq.faq.models import EntryPage

FINGERPRINT_CHECK_SECONDS = 1.0

_lock = threading.Lock()
_engine: Engine | None = None
_fingerprint: tuple[Any, ...] | None = None
_checked_at = 0.0


def entry_document(entry: EntryPage) -> Document:
    """The engine's view of an entry: its words, language and category, nothing else."""
    return Document(
        id=str(entry.pk),
        question=entry.title,
        answer=entry.answer_text(),
        also_asked=tuple(entry.phrasings()),
        short_answer=entry.short_answer,
        language=entry.locale.language_code,
        category=entry.get_parent().title if entry.depth > 1 else "",
    )


def searchable_entries() -> Any:
    return EntryPage.objects.live().public().select_related("locale")


def _current_fingerprint() -> tuple[Any, ...]:
    summary = searchable_entries().aggregate(
        count=Count("pk"), latest=Max("last_published_at"), last_id=Max("pk")
    )
    return (summary["count"], summary["latest"], summary["last_id"])


def get_engine() -> Engine:
    """This process's engine, built from the database on first use and kept current."""
    global _engine, _fingerprint, _checked_at
    with _lock:
        now = time.monotonic()
        if _engine is not None and now - _checked_at < FINGERPRINT_CHECK_SECONDS:
            return _engine
        _checked_at = now
        fingerprint = _current_fingerprint()
        if _engine is None or fingerprint != _fingerprint:
            engine = _engine or Engine(cache_dir=settings.ENGINE_CACHE_DIR)
            engine.index(entry_document(entry) for entry in searchable_entries())
            _engine, _fingerprint = engine, fingerprint
        return _engine


def _refresh_fingerprint() -> None:
    global _fingerprint
    _fingerprint = _current_fingerprint()


def reset_engine() -> None:
    """Forget the engine; the next search rebuilds it (tests use this between databases)."""
    global _engine, _fingerprint
    with _lock:
        _engine, _fingerprint = None, None


@receiver(page_published)
def _entry_published(sender: type, instance: Any, **kwargs: Any) -> None:
    if _engine is None or not isinstance(instance.specific, EntryPage):
        return
    with _lock:
        entry = searchable_entries().filter(pk=instance.pk).first()
        if entry is None:  # published behind a login or password: not for the public search
            _engine.remove(str(instance.pk))
        else:
            _engine.upsert(entry_document(entry))
        _refresh_fingerprint()


@receiver(page_unpublished)
@receiver(post_delete, sender=EntryPage)
def _entry_withdrawn(sender: type, instance: Any, **kwargs: Any) -> None:
    """Unpublished, expired or deleted: gone from the search at once."""
    if _engine is None:
        return
    with _lock:
        _engine.remove(str(instance.pk))
        _refresh_fingerprint()
