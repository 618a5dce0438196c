"""What the public may see, in one place: every published output asks here.

Only live pages without a view restriction are public. A page's own row holds its live
version (drafts and revisions awaiting review live in revisions only), so nothing read from
these querysets can show words a reviewer has not approved.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest
from wagtail.models import Page, PageQuerySet, Site

from patientfaq.faq.models import CategoryPage, EntryPage


def site_homes(site: Site | None = None) -> list[Page]:
    """The site's home page in every language it has one, main language first."""
    site = site or Site.objects.select_related("root_page").get(is_default_site=True)
    homes = list(site.root_page.get_translations(inclusive=True).live().public())
    return sorted(homes, key=lambda home: home.locale.language_code != settings.LANGUAGE_CODE)


def public_pages(site: Site | None = None) -> PageQuerySet:
    """Every live, unrestricted page of the site, in every language, in tree order."""
    homes = site_homes(site)
    if not homes:
        return Page.objects.none()
    under_a_home = Q()
    for home in homes:
        under_a_home |= Q(path__startswith=home.path)
    return Page.objects.live().public().filter(under_a_home).order_by("path")


def public_entries(language: str | None = None) -> PageQuerySet:
    """Live, unrestricted FAQ entries, in one language or all."""
    entries = EntryPage.objects.live().public().select_related("locale")
    if language:
        entries = entries.filter(locale__language_code=language)
    return entries.order_by("path")


def public_categories(language: str | None = None) -> PageQuerySet:
    categories = CategoryPage.objects.live().public().select_related("locale")
    if language:
        categories = categories.filter(locale__language_code=language)
    return categories.order_by("path")


def approved_review(entry: EntryPage) -> object | None:
    """The review record approving the version readers see, or None.

    A record made in the workflow names the revision it approved; a record typed in by hand
    names none and is trusted as it stands.
    """
    for record in entry.review_records.all():
        if record.revision_id in (None, entry.live_revision_id):
            return record
    return None


def absolute_url(path: str, request: HttpRequest | None = None) -> str:
    """`path` as a full address: under PUBLIC_BASE_URL when set (the static export sets it)."""
    if path.startswith(("http://", "https://")):
        return path
    base = getattr(settings, "PUBLIC_BASE_URL", "")
    if base:
        return base.rstrip("/") + path
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.SITE_URL.rstrip("/") + path


def page_url(page: Page, request: HttpRequest | None = None) -> str:
    """The page's full public address."""
    return absolute_url(page.get_url(request) or "/", request)


def language_names() -> dict[str, str]:
    return dict(settings.LANGUAGES)
