"""Per-client limits on what patients can send, kept in the cache and nowhere else.

A client is a keyed hash of its IP address and today's date: it lives only in the cache, expires
with the limit's period and cannot be linked from one day to the next.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone

from .text import keyed_hash

MINUTE = 60
HOUR = 3600


def client_key(request: HttpRequest) -> str:
    """A short-lived pseudonym for the address the request came from."""
    address = request.META.get("REMOTE_ADDR", "") or "unknown"
    return keyed_hash("questions-client", timezone.localdate().isoformat(), address)[:32]


def _counter(bucket: str, client: str) -> str:
    return f"questions:rate:{bucket}:{client}"


def count_so_far(bucket: str, client: str) -> int:
    """How many the client sent in the bucket's current period, without counting one more."""
    return int(cache.get(_counter(bucket, client)) or 0)


def forget(bucket: str, client: str) -> None:
    cache.delete(_counter(bucket, client))


def over_limit(bucket: str, client: str, limit: int, period: int = HOUR) -> bool:
    """Count one more request from the client; True once it is past `limit` in `period` seconds."""
    key = _counter(bucket, client)
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


def searches_exhausted(request: HttpRequest) -> bool:
    """Count one more search from this client; True once it is past SEARCH_RATE_LIMIT a minute."""
    limit = settings.SEARCH_RATE_LIMIT
    return bool(limit) and over_limit("search", client_key(request), limit, MINUTE)


def handouts_exhausted(request: HttpRequest) -> bool:
    """Count one more handout for this client; True once past HANDOUT_RATE_LIMIT a minute."""
    limit = settings.HANDOUT_RATE_LIMIT
    return bool(limit) and over_limit("handout", client_key(request), limit, MINUTE)
