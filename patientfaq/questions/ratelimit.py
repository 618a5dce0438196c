"""Per-client limits on what patients can send, kept in the cache and nowhere else.

A client is a keyed hash of its IP address and today's date: it lives only in the cache, expires
with the limit's period and cannot be linked from one day to the next.
"""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone

from .text import keyed_hash

HOUR = 3600


def client_key(request: HttpRequest) -> str:
    """A short-lived pseudonym for the address the request came from."""
    address = request.META.get("REMOTE_ADDR", "") or "unknown"
    return keyed_hash("questions-client", timezone.localdate().isoformat(), address)[:32]


def over_limit(bucket: str, client: str, limit: int, period: int = HOUR) -> bool:
    """Count one more request from the client; True once it is past `limit` in `period` seconds."""
    key = f"questions:rate:{bucket}:{client}"
    if cache.add(key, 1, period):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, period)
            count = 1
    return count > limit


def seen_before(client: str, fingerprint: str, period: int = 24 * HOUR) -> bool:
    """True when this client already sent these words today; remembers them otherwise."""
    return not cache.add(f"questions:seen:{keyed_hash(client, fingerprint)[:32]}", 1, period)
