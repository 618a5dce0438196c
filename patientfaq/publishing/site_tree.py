"""The site's page tree read once for an export: routing and what each page shows.

An export visits thousands of addresses; asking the database for each one's route and contents
cost some twenty queries an address. Here the tree is read in a handful of queries, and both
questions are answered from memory.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from patientfaq.editorial.models import EntryChange, ReviewerProfile, ReviewRecord
from patientfaq.faq.models import (
    EntryPage,
    FallbackRoutingMixin,
    HomePage,
    RelatedEntry,
    most_read_entries,
)

from .public import public_pages, site_homes


@dataclass(frozen=True)
class PageState:
    """What the tree knows of one page, in any state (live or not, public or not)."""

    pk: int
    path: str
    slug: str
    title: str
    url_path: str
    language: str
    translation_key: UUID
    live: bool
    public: bool
    live_revision_id: int | None
    last_published_at: datetime | None
    model: type[Page]

    @property
    def parent_path(self) -> str:
        return self.path[: -Page.steplen]

    @property
    def falls_back(self) -> bool:
        """Whether it serves main-language pages where its own translation is missing."""
        return issubclass(self.model, FallbackRoutingMixin)

    def state(self) -> tuple[Any, ...]:
        return (
            self.pk,
            self.live,
            self.public,
            self.live_revision_id,
            str(self.last_published_at),
            self.url_path,
        )


class SiteTree:
    """Every page under the site's homes, with its public address and what it shows."""

    def __init__(self, site: Site | None = None) -> None:
        site = site or Site.objects.select_related("root_page").get(is_default_site=True)
        public = set(public_pages(site).values_list("pk", flat=True))
        models = {ct.pk: ct.model_class() for ct in ContentType.objects.all()}
        rows = Page.objects.filter(depth__gte=site.root_page.depth).values_list(
            "pk",
            "path",
            "slug",
            "title",
            "url_path",
            "locale__language_code",
            "translation_key",
            "live",
            "live_revision_id",
            "last_published_at",
            "content_type_id",
        )
        self.pages: dict[int, PageState] = {}
        self._by_path: dict[str, PageState] = {}
        self._children: dict[str, list[PageState]] = defaultdict(list)
        self._translations: dict[UUID, list[PageState]] = defaultdict(list)
        for pk, path, slug, title, url_path, language, key, live, revision, published, kind in rows:
            page = PageState(
                pk, path, slug, title, url_path, language, key, live, pk in public, revision,
                published, models.get(kind) or Page,
            )  # fmt: skip
            self.pages[pk] = page
            self._by_path[path] = page
            self._translations[key].append(page)
        for page in sorted(self.pages.values(), key=lambda page: page.path):
            if page.parent_path in self._by_path:
                self._children[page.parent_path].append(page)
        self.root = self.pages[site.root_page.pk]
        self.homes = {home.locale.language_code: self.pages[home.pk] for home in site_homes(site)}
        self._related: dict[int, list[int]] = defaultdict(list)
        for page_id, entry_id in RelatedEntry.objects.order_by("sort_order").values_list(
            "page_id", "entry_id"
        ):
            self._related[page_id].append(entry_id)
        today = date.today()
        self._records: dict[int, list[Any]] = defaultdict(list)
        for record in ReviewRecord.objects.order_by("pk").values():
            # The page says "overdue" from the day the next review falls due.
            record["overdue"] = record["next_review_due"] < today
            self._records[record["entry_id"]].append(record)
        for change in EntryChange.objects.order_by("pk").values():
            self._records[change["entry_id"]].append(change)
        self._most_read = {
            home.pk: [entry.pk for entry in most_read_entries(Page.objects.get(pk=home.pk))]
            for home in self.homes.values()
        }

    def url(self, page: PageState) -> str:
        """The page's address on the site, as Wagtail makes it (its language's prefix)."""
        home = next((h for h in self.homes.values() if page.path.startswith(h.path)), None)
        if home is None:
            return ""
        return f"/{page.language}/" + page.url_path[len(home.url_path) :]

    def parent(self, page: PageState) -> PageState | None:
        return self._by_path.get(page.parent_path)

    def public_urls(self) -> list[str]:
        urls = (self.url(page) for page in self.pages.values() if page.public)
        return [url for url in urls if url]

    def translation(self, page: PageState, language: str) -> PageState | None:
        """`page` in `language`, in any state, or None."""
        found = [p for p in self._translations[page.translation_key] if p.language == language]
        return found[0] if found else None

    def route(self, path: str) -> PageState | None:
        """The live page the site serves at `path` (under a language prefix), as Wagtail would.

        The same walk as Page.route with FallbackRoutingMixin: a child slug among all children,
        falling back to the main-language page where the translation has no such page.
        """
        language, _slash, rest = path.strip("/").partition("/")
        root = self.translation(self.root, language)
        if root is None or not root.live:
            root = self.root
        return self._route(root, [part for part in rest.split("/") if part])

    def _route(self, page: PageState, components: list[str]) -> PageState | None:
        found = self._route_plain(page, components)
        if found is None and components and page.falls_back:
            source = self.translation(page, settings.LANGUAGE_CODE)
            if source is not None and source.pk != page.pk:
                return self._route(source, components)
        return found

    def _route_plain(self, page: PageState, components: list[str]) -> PageState | None:
        if not components:
            return page if page.live else None
        child = next((c for c in self._children[page.path] if c.slug == components[0]), None)
        return self._route(child, components[1:]) if child is not None else None

    def fingerprint(self, page: PageState) -> tuple[Any, ...]:
        """Everything `page` shows: itself, its ancestors, translations, children and related
        entries (each page's state), its review records and change log."""
        shown = [page]
        ancestors = (page.path[:end] for end in range(Page.steplen, len(page.path), Page.steplen))
        shown += [self._by_path[path] for path in ancestors if path in self._by_path]
        translations = [p for p in self._translations[page.translation_key] if p.pk != page.pk]
        shown += translations
        for version in [page, *translations]:
            shown += self._children[version.path]
        if issubclass(page.model, EntryPage):
            shown += self._related_shown(page)
        if issubclass(page.model, HomePage):
            shown += [self.pages[pk] for pk in self._most_read.get(page.pk, []) if pk in self.pages]
        states = sorted({p.state() for p in shown}, key=str)
        return (states, self._records.get(page.pk, []))

    def fingerprint_of_all(self) -> tuple[Any, ...]:
        """Everything the tree knows: for pages that show figures from the whole site."""
        states = sorted(page.state() for page in self.pages.values())
        reviewers = list(ReviewerProfile.objects.order_by("pk").values())
        return (states, sorted(self._records.items()), reviewers)

    def _related_shown(self, entry: PageState) -> list[PageState]:
        """The pages EntryPage.related_entries may show: the chosen entries in every language,
        or else the first live public siblings."""
        chosen = [self.pages[pk] for pk in self._related[entry.pk] if pk in self.pages]
        if any(p.live and p.public for p in chosen):
            return [v for p in chosen for v in self._translations[p.translation_key]]
        siblings = [
            p for p in self._children[entry.parent_path] if p.pk != entry.pk and p.live and p.public
        ]
        return siblings[:3]
