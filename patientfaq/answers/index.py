"""Keeps each process's search indexes in step with the published entries.

The database is the record; an index is derived from it. Within a process, publish and
unpublish signals update the indexes at once. Other processes (more app servers) notice within a
second through a cheap fingerprint of the published entries, checked before a search.

Two indexes: the English engine, and a multilingual one for questions in other languages, which
finds an entry in the reader's language or, failing that, in the language it was written in.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from django.conf import settings
from django.db.models import Count, Max
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from patientfaq.engine import Document, Engine
from patientfaq.engine.crosslingual import CrossLanguageSearch
from patientfaq.faq.models import EntryPage

FINGERPRINT_CHECK_SECONDS = 1.0


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


Searcher = TypeVar("Searcher", Engine, CrossLanguageSearch)


class LiveIndex(Generic[Searcher]):
    """One index of the published entries, built on first use and kept current."""

    def __init__(self, make: Callable[[], Searcher]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._searcher: Searcher | None = None
        self._fingerprint: tuple[Any, ...] | None = None
        self._checked_at = 0.0

    def get(self) -> Searcher:
        with self._lock:
            now = time.monotonic()
            if self._searcher is not None and now - self._checked_at < FINGERPRINT_CHECK_SECONDS:
                return self._searcher
            self._checked_at = now
            fingerprint = _current_fingerprint()
            if self._searcher is None or fingerprint != self._fingerprint:
                searcher = self._searcher or self._make()
                searcher.index(entry_document(entry) for entry in searchable_entries())
                self._searcher, self._fingerprint = searcher, fingerprint
            return self._searcher

    def changed(
        self, entry_id: int, document: Document | None, fingerprint: tuple[Any, ...]
    ) -> None:
        """Follow one entry: `document` is its searchable version, or None when it is gone."""
        with self._lock:
            if self._searcher is None:
                return
            if document is None:
                self._searcher.remove(str(entry_id))
            else:
                self._searcher.upsert(document)
            self._fingerprint = fingerprint

    @property
    def is_built(self) -> bool:
        return self._searcher is not None

    def reset(self) -> None:
        with self._lock:
            self._searcher, self._fingerprint = None, None


english = LiveIndex(lambda: Engine(cache_dir=settings.ENGINE_CACHE_DIR))
every_language = LiveIndex(lambda: CrossLanguageSearch(cache_dir=settings.ENGINE_CACHE_DIR))
INDEXES = (english, every_language)


def get_engine() -> Engine:
    """This process's English engine (it also searches each language on its own)."""
    return english.get()


def get_crosslingual() -> CrossLanguageSearch:
    """This process's multilingual index over the entries of every language."""
    return every_language.get()


def reset_engine() -> None:
    """Forget the indexes; the next search rebuilds them (tests use this between databases)."""
    for live_index in INDEXES:
        live_index.reset()


@receiver(page_published)
def _entry_published(sender: type, instance: Any, **kwargs: Any) -> None:
    if not _any_built() or not isinstance(instance.specific, EntryPage):
        return
    # Published behind a login or password: not for the public search.
    entry = searchable_entries().filter(pk=instance.pk).first()
    _follow(instance.pk, entry_document(entry) if entry is not None else None)


@receiver(page_unpublished)
@receiver(post_delete, sender=EntryPage)
def _entry_withdrawn(sender: type, instance: Any, **kwargs: Any) -> None:
    """Unpublished, expired or deleted: gone from the search at once."""
    _follow(instance.pk, None)


def _any_built() -> bool:
    # Until a search builds an index, there is nothing to keep in step.
    return any(live_index.is_built for live_index in INDEXES)


def _follow(entry_id: int, document: Document | None) -> None:
    """Tell every built index about one entry; the database is asked once for all of them."""
    if not _any_built():
        return
    fingerprint = _current_fingerprint()
    for live_index in INDEXES:
        live_index.changed(entry_id, document, fingerprint)
