"""An Atom feed of new and updated entries, one per language."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from patientfaq.faq.models import EntryPage
from patientfaq.organisation.models import Organisation

from .public import absolute_url, page_url, public_entries

FEED_LENGTH = 50


class EntriesFeed(Feed):
    """The latest published entries in the reader's language, newest change first."""

    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpRequest:
        self.request = request
        self.language = get_language() or "en"
        return request

    def title(self, request: HttpRequest) -> str:
        name = Organisation.for_request(request).legal_name or "patientfaq"
        return _("New and updated answers from %(name)s") % {"name": name}

    def link(self, request: HttpRequest) -> str:
        return absolute_url(f"/{self.language}/", request)

    def feed_url(self, request: HttpRequest) -> str:
        return absolute_url(reverse("entries_feed"), request)

    def subtitle(self, request: HttpRequest) -> str:
        return _("Every answer here was checked by a clinical reviewer before it was published.")

    def items(self, request: HttpRequest) -> list[EntryPage]:
        entries = public_entries(self.language).order_by("-last_published_at")
        return list(entries[:FEED_LENGTH])

    def item_title(self, item: EntryPage) -> str:
        return item.title

    def item_description(self, item: EntryPage) -> str:
        return item.short_answer

    def item_link(self, item: EntryPage) -> str:
        return page_url(item, self.request)

    def item_guid(self, item: EntryPage) -> str:
        return page_url(item, self.request)

    def item_pubdate(self, item: EntryPage) -> datetime | None:
        return item.first_published_at

    def item_updateddate(self, item: EntryPage) -> datetime | None:
        return item.last_published_at

    def item_categories(self, item: EntryPage) -> list[str]:
        parent = item.get_parent()
        return [parent.title] if parent else []
