"""The bookkeeping every index shares: documents by id, what indexing worked out for each, and
snapshots that search reads, rebuilt when a document of their part changes.

An index (the English engine, the multilingual search) says what it works out for a document
(vectors, word stems...), how documents are split into parts (one snapshot per language, or one
for all) and how a part's snapshot is built. Search reads a snapshot and never changes it, so it
needs no lock once it has one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Generic, TypeVar

from .records import Document

Prepared = TypeVar("Prepared")
Snapshot = TypeVar("Snapshot")


class DocumentIndex(Generic[Prepared, Snapshot]):
    """Documents in, snapshots out; subclasses say what a document gives and how parts build."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._documents: dict[str, Document] = {}
        self._prepared: dict[str, Prepared] = {}
        self._snapshots: dict[str, Snapshot] = {}
        self._stale: set[str] = set()

    def __len__(self) -> int:
        return len(self._documents)

    def index(self, documents: Iterable[Document]) -> None:
        """Replace everything indexed with these documents."""
        unique = list({d.id: d for d in documents if _is_document(d)}.values())
        prepared = self._prepare(unique)
        with self._lock:
            self._stale = {self._part(d) for d in self._documents.values()}
            self._documents = {d.id: d for d in unique}
            self._prepared = prepared
            self._stale |= {self._part(d) for d in unique}

    def upsert(self, document: Document) -> None:
        """Add a document, or replace the one with its id; searchable from the next search."""
        if not _is_document(document):
            return
        prepared = self._prepare([document])
        with self._lock:
            previous = self._documents.get(document.id)
            if previous is not None:
                self._stale.add(self._part(previous))
            self._documents[document.id] = document
            self._prepared.update(prepared)
            self._stale.add(self._part(document))

    def remove(self, document_id: str) -> None:
        """Forget a document; unknown ids are ignored."""
        with self._lock:
            if not isinstance(document_id, str):
                return
            document = self._documents.pop(document_id, None)
            if document is None:
                return
            self._prepared.pop(document_id, None)
            self._stale.add(self._part(document))

    def _snapshot(self, part: str) -> Snapshot | None:
        """The part's snapshot, rebuilt first if a document of it changed since."""
        with self._lock:
            if part in self._stale:
                self._snapshots.pop(part, None)
                documents = [d for d in self._documents.values() if self._part(d) == part]
                if documents:
                    self._snapshots[part] = self._build(
                        documents, [self._prepared[d.id] for d in documents]
                    )
                self._stale.discard(part)
            return self._snapshots.get(part)

    # -- what each index says ----------------------------------------------------------------

    def _part(self, document: Document) -> str:
        """Which snapshot the document belongs to."""
        raise NotImplementedError

    def _prepare(self, documents: list[Document]) -> dict[str, Prepared]:
        """What indexing works out for each document, by id (done outside the lock)."""
        raise NotImplementedError

    def _build(self, documents: list[Document], prepared: list[Prepared]) -> Snapshot:
        """A part's snapshot from its documents (never empty) and what each gave."""
        raise NotImplementedError


def _is_document(document: object) -> bool:
    return isinstance(document, Document) and isinstance(document.id, str)
