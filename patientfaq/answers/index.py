"""Keeps each process's search indexes in step with the published entries.

The database is the record; an index is derived from it. Every change to what the search should
find (an entry published, edited, unpublished, deleted, moved, put behind a login, or its
category renamed) bumps one version row and notes the entries involved, in the same transaction
as the change. Each process compares the version with its own at most every half second before
a search and re-reads only the entries noted since, so every app server answers with a publish
within a second of it; the process that made the change follows it at once.

Two indexes: the English engine, and a multilingual one for questions in other languages, which
finds an entry in the reader's language or, failing that, in the language it was written in.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any, Generic, TypeVar

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from patientfaq.engine import Document, Engine
from patientfaq.engine.crosslingual import CrossLanguageSearch
from patientfaq.faq.models import CategoryPage, EntryPage

from .models import SearchIndexChange, SearchIndexVersion

CHECK_SECONDS = 0.5
# Past this many changed entries, indexing everything again is as quick as following each.
MOST_CHANGES_FOLLOWED = 500
# Changes older than this are forgotten; a process further behind indexes everything again.
CHANGES_KEPT = timedelta(days=7)


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


def current_version() -> int:
    """The version of the searchable entries in the database (0 before any change)."""
    return SearchIndexVersion.objects.filter(pk=1).values_list("version", flat=True).first() or 0


def record_change(entry_ids: Iterable[int]) -> None:
    """Note that these entries' searchable form changed: one new version for all of them."""
    ids = sorted(set(entry_ids))
    if not ids:
        return
    with transaction.atomic():
        # The row lock taken by this update is held until the change commits, so versions
        # become visible to other processes in the order they are numbered.
        if not SearchIndexVersion.objects.filter(pk=1).update(version=F("version") + 1):
            SearchIndexVersion.objects.bulk_create(
                [SearchIndexVersion(pk=1, version=0)], ignore_conflicts=True
            )
            SearchIndexVersion.objects.filter(pk=1).update(version=F("version") + 1)
        version = current_version()
        SearchIndexChange.objects.bulk_create(
            SearchIndexChange(version=version, entry_id=entry_id) for entry_id in ids
        )
        SearchIndexChange.objects.filter(recorded_at__lt=timezone.now() - CHANGES_KEPT).delete()
    for live_index in INDEXES:
        live_index.follow(ids)


def changes_between(old: int, new: int) -> set[int] | None:
    """Entries changed after version `old` up to `new`, or None when that cannot be told (the
    changes were forgotten, or the database went back) and everything must be indexed again."""
    if new < old:
        return None
    rows = SearchIndexChange.objects.filter(version__gt=old, version__lte=new)
    versions, ids = set(), set()
    for version, entry_id in rows.values_list("version", "entry_id"):
        versions.add(version)
        ids.add(entry_id)
    if versions != set(range(old + 1, new + 1)) or len(ids) > MOST_CHANGES_FOLLOWED:
        return None
    return ids


Searcher = TypeVar("Searcher", Engine, CrossLanguageSearch)


class LiveIndex(Generic[Searcher]):
    """One index of the published entries, built on first use and kept current."""

    def __init__(self, make: Callable[[], Searcher]) -> None:
        self._make = make
        self._lock = threading.RLock()
        self._searcher: Searcher | None = None
        self._version = 0
        self._checked_at = 0.0
        # Entries this process followed from inside a transaction: read again once outside
        # it, in case the transaction was rolled back.
        self._unconfirmed: set[int] = set()

    def get(self) -> Searcher:
        with self._lock:
            now = time.monotonic()
            if self._searcher is not None and now - self._checked_at < CHECK_SECONDS:
                return self._searcher
            self._checked_at = now
            version = current_version()
            if self._searcher is not None and version == self._version and not self._unconfirmed:
                return self._searcher
            changed = None if self._searcher is None else changes_between(self._version, version)
            if changed is None:
                searcher = self._searcher or self._make()
                searcher.index(entry_document(entry) for entry in searchable_entries())
                self._searcher, self._unconfirmed = searcher, set()
            else:
                if not connection.in_atomic_block:
                    changed |= self._unconfirmed
                    self._unconfirmed = set()
                self._apply(changed)
            self._version = version
            return self._searcher

    def follow(self, entry_ids: Iterable[int]) -> None:
        """Follow entries this process just changed, without waiting for the next check."""
        with self._lock:
            if self._searcher is None:
                return
            ids = set(entry_ids)
            self._apply(ids)
            self._unconfirmed |= ids

    def _apply(self, entry_ids: set[int]) -> None:
        assert self._searcher is not None
        if not entry_ids:
            return
        found = {entry.pk: entry for entry in searchable_entries().filter(pk__in=entry_ids)}
        for entry_id in entry_ids:
            entry = found.get(entry_id)
            if entry is None:
                self._searcher.remove(str(entry_id))
            else:
                self._searcher.upsert(entry_document(entry))

    @property
    def is_built(self) -> bool:
        return self._searcher is not None

    def reset(self) -> None:
        with self._lock:
            self._searcher, self._version, self._unconfirmed = None, 0, set()
            self._checked_at = 0.0


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
@receiver(page_unpublished)
def _page_published_or_withdrawn(sender: type, instance: Any, **kwargs: Any) -> None:
    """Published, edited, unpublished or expired; a category's title is part of its entries."""
    page = instance.specific
    if isinstance(page, EntryPage):
        record_change([page.pk])
    elif isinstance(page, CategoryPage):
        record_change(EntryPage.objects.child_of(page).values_list("pk", flat=True))


@receiver(post_delete, sender=EntryPage)
def _entry_deleted(sender: type, instance: EntryPage, **kwargs: Any) -> None:
    record_change([instance.pk])


@receiver(post_page_move)
def _page_moved(sender: type, instance: Any, **kwargs: Any) -> None:
    record_change(_entries_within(instance))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def _restriction_changed(sender: type, instance: PageViewRestriction, **kwargs: Any) -> None:
    """Behind a login or password, an entry is not for the public search."""
    if kwargs.get("raw"):
        return  # loaded from a backup: every process indexes everything again
    record_change(_entries_within(instance.page))


def _entries_within(page: Any) -> Any:
    return EntryPage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)
