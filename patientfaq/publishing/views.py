from django.http import HttpRequest, HttpResponse

from . import listings
from .feeds import EntriesFeed


def robots_txt(request: HttpRequest) -> HttpResponse:
    return HttpResponse(listings.robots_txt(request), content_type="text/plain; charset=utf-8")


def llms_txt(request: HttpRequest) -> HttpResponse:
    return HttpResponse(listings.llms_txt(request), content_type="text/plain; charset=utf-8")


def entries_feed(request: HttpRequest) -> HttpResponse:
    """One feed object a request: it remembers the request's language while it renders."""
    return EntriesFeed()(request)
