"""Entry reads, counted as they happen or, while pages are kept in memory, every few seconds.

A kept page is served without the database; writing each read would cost it again. So with
PAGE_CACHE_SECONDS set, each process adds up its reads and writes them at most every
WRITE_SECONDS, and when its worker stops; a process killed outright loses those few seconds.
"""

from __future__ import annotations

import threading
import time
from collections import Counter

from django.conf import settings
from django.db import DatabaseError, IntegrityError

WRITE_SECONDS = 10.0

_lock = threading.Lock()
_unwritten: Counter[int] = Counter()
_written_at = time.monotonic()


def count_read(entry_id: int) -> None:
    """One more read of this entry today."""
    with _lock:
        _unwritten[entry_id] += 1
        due = not settings.PAGE_CACHE_SECONDS or time.monotonic() - _written_at >= WRITE_SECONDS
    if due:
        write_reads()


def write_reads() -> None:
    """Write the reads counted so far; kept for the next time if the database is away."""
    global _written_at
    from .models import EntryReadCount

    with _lock:
        reads = dict(_unwritten)
        _unwritten.clear()
        _written_at = time.monotonic()
    for entry_id, count in reads.items():
        try:
            EntryReadCount.record(entry_id, count=count)
        except IntegrityError:  # the entry was deleted meanwhile
            pass
        except DatabaseError:
            with _lock:
                _unwritten[entry_id] += count


def discard_unwritten() -> None:
    """Forget reads not written yet (each test's database starts from the demo again)."""
    with _lock:
        _unwritten.clear()
