"""Public pages kept in each process's memory for anonymous readers, all forgotten on a publish.

Only what every anonymous reader would get is kept: GET, no query string, no session or
messages cookie, a 200 that sets no cookie. Pages are filed under a site-wide version kept in
the shared cache (CACHE_URL); publishing, unpublishing, deleting or any change saved in the admin
moves it on. Each process reads that version at most twice a second, so a kept page costs no
database query, and every worker and server shows a publish within about a second. Drafts are
never on public addresses, so they are never kept.
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

T = TypeVar("T")
VERSION_KEY = "pages:version"
CHECK_SECONDS = 0.5
# Each process keeps at most this much page content; the least recently read goes first.
MEMORY_BYTES = 64 * 1024 * 1024
# Addresses that answer each person differently, or that staff and machines use.
NEVER = re.compile(
    r"^/(admin|api|health|documents|media|static|i18n)/|^/[a-z]{2}/(search|ask|feedback)/"
)
PERSONAL_COOKIES = ("sessionid", "messages")


@dataclass(frozen=True)
class KeptPage:
    content: bytes
    headers: dict[str, str]
    expires: float
    # Called on every reader served this copy (an entry counts its reads).
    on_read: Callable[[], None] | None


class KeptPages:
    """This process's kept pages, valid while the shared version stays the same."""

    def __init__(self, max_bytes: int = MEMORY_BYTES) -> None:
        self._max_bytes = max_bytes
        self._lock = threading.Lock()
        self._pages: OrderedDict[str, KeptPage] = OrderedDict()
        # Parts many pages show (the menu, the organisation), by key: (expires, value).
        self._parts: dict[object, tuple[float, Any]] = {}
        self._bytes = 0
        self._version: object = None
        self._checked_at = -CHECK_SECONDS
        # Moves on whenever the pages are forgotten: a page rendered before then is not kept.
        self.generation = 0

    def get(self, key: str) -> KeptPage | None:
        self._follow_version()
        with self._lock:
            page = self._pages.get(key)
            if page is None:
                return None
            if page.expires <= time.monotonic():
                self._drop(key)
                return None
            self._pages.move_to_end(key)
            return page

    def keep(self, key: str, page: KeptPage, generation: int) -> None:
        """Keep a page rendered while `generation` was current, unless it has moved on since."""
        if len(page.content) > self._max_bytes // 8:
            return
        with self._lock:
            if generation != self.generation:
                return
            if key in self._pages:
                self._drop(key)
            self._pages[key] = page
            self._bytes += len(page.content)
            while self._bytes > self._max_bytes:
                self._drop(next(iter(self._pages)))

    def clear(self) -> None:
        with self._lock:
            self._forget()
            self._version, self._checked_at = None, -CHECK_SECONDS

    def part(self, key: object, make: Callable[[], T], seconds: float) -> T:
        """`make()`, kept as long as the pages are (a change or `seconds`, whichever first)."""
        self._follow_version()
        now = time.monotonic()
        kept = self._parts.get(key)
        if kept is not None and kept[0] > now:
            return cast(T, kept[1])
        generation = self.generation
        value = make()
        with self._lock:
            if generation == self.generation:
                self._parts[key] = (now + seconds, value)
        return value

    def _forget(self) -> None:
        self._parts.clear()
        self._pages.clear()
        self._bytes = 0
        self.generation += 1

    def _drop(self, key: str) -> None:
        self._bytes -= len(self._pages.pop(key).content)

    def _follow_version(self) -> None:
        now = time.monotonic()
        if now - self._checked_at < CHECK_SECONDS:
            return
        try:
            version = current_version()
        except DatabaseError:
            # The database is away, so nothing can be published: the kept pages still hold.
            return
        with self._lock:
            self._checked_at = now
            if version != self._version:
                self._forget()
                self._version = version


kept_pages = KeptPages()
# The parts made during a run over content that cannot change meanwhile, or None.
_parts_of_the_run: dict[object, Any] | None = None


def kept_part(key: object, make: Callable[[], T]) -> T:
    """`make()`, or while public pages are kept (PAGE_CACHE_SECONDS), this process's copy of
    it from since the last publish or change saved in the admin: for parts of every page."""
    if _parts_of_the_run is not None:
        if key not in _parts_of_the_run:
            _parts_of_the_run[key] = make()
        return cast(T, _parts_of_the_run[key])
    seconds = settings.PAGE_CACHE_SECONDS
    return kept_pages.part(key, make, seconds) if seconds else make()


@contextmanager
def parts_made_once() -> Iterator[None]:
    """Within it, kept_part makes each part once: for a run in which the content does not
    change, such as the static export, whatever PAGE_CACHE_SECONDS says."""
    global _parts_of_the_run
    _parts_of_the_run = {}
    try:
        yield
    finally:
        _parts_of_the_run = None


def current_version() -> object:
    """The shared version of the public pages; a lost one is replaced by one never used."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY)
    return version


def forget_public_pages() -> None:
    """Every kept page, in every process, is stale from now on (in this one at once)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.add(VERSION_KEY, time.time_ns(), None)
    kept_pages.clear()


def _forget_now_and_on_commit() -> None:
    # Once now, and again once the change is committed: a process that read the new version
    # before the commit may have kept a page rendered from the old content.
    forget_public_pages()
    transaction.on_commit(forget_public_pages)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_delete, sender=Page)
def _content_changed(**kwargs: Any) -> None:
    _forget_now_and_on_commit()


def _cacheable(request: HttpRequest) -> bool:
    return (
        request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and not NEVER.match(request.path)
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
    )


class PublicPageCache:
    """Serves kept public pages; PAGE_CACHE_SECONDS=0 turns it off."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _cacheable(request):
            response = self.get_response(request)
            if request.method == "POST" and request.path.startswith("/admin/"):
                if response.status_code < 400:
                    _forget_now_and_on_commit()
            return response
        # The host as sent: a page is only kept after the host was accepted while rendering it.
        key = f"{request.META.get('HTTP_HOST', '')}{request.path}"
        kept = kept_pages.get(key)
        generation = kept_pages.generation
        if kept is not None:
            if kept.on_read is not None:
                kept.on_read()
            return HttpResponse(kept.content, headers=kept.headers)
        response = self.get_response(request)
        if (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
        ):
            # Every header the layers inside this one set (X-Frame-Options, Vary...); the ones
            # outside set theirs again on each copy.
            headers = dict(response.items())
            on_read = getattr(response, "on_read", None)
            expires = time.monotonic() + seconds
            kept_pages.keep(key, KeptPage(response.content, headers, expires, on_read), generation)
        return response
