"""Public pages kept in the cache for anonymous readers, all forgotten when anything is published.

Only what every anonymous reader would get is kept: GET, no query string, no session or
messages cookie, a 200 that sets no cookie. Pages are filed under a site-wide version number;
publishing, unpublishing, deleting or any change saved in the admin moves it on, so the next
reader gets a fresh page. Drafts are never on public addresses, so they are never kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

VERSION_KEY = "pages:version"
# Addresses that answer each person differently, or that staff and machines use.
NEVER = re.compile(
    r"^/(admin|api|health|documents|media|static|i18n)/|^/[a-z]{2}/(search|ask|feedback)/"
)
PERSONAL_COOKIES = ("sessionid", "messages")
KEPT_HEADERS = ("Content-Type", "Content-Language", "Link")


def forget_public_pages() -> None:
    """Every kept page is stale from now on."""
    if cache.add(VERSION_KEY, 2, None):
        return
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_delete, sender=Page)
def _content_changed(**kwargs: Any) -> None:
    forget_public_pages()


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
                    forget_public_pages()
            return response
        key = f"pages:{cache.get(VERSION_KEY, 1)}:{request.get_host()}:{request.path}"
        kept = cache.get(key)
        if kept is not None:
            content, headers = kept
            return HttpResponse(content, headers=headers)
        response = self.get_response(request)
        if (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
        ):
            headers = {name: response[name] for name in KEPT_HEADERS if name in response}
            cache.set(key, (response.content, headers), seconds)
        return response
