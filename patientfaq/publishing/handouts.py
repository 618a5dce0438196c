"""Handouts to take to the doctor: one entry, one topic, or the patient's own list, as PDF.

Large type, the review record, the disclaimer, the sources, the organisation's details and a
QR code back to each live page. Only public pages ever go in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import segno
from django.conf import settings
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Page

from patientfaq.faq.models import CategoryPage, EntryPage
from patientfaq.organisation.models import LocalisedOrganisation, Organisation

from .public import absolute_url, page_url, public_entries, public_pages

# A list longer than this is not a handout any more; the page says so.
MY_LIST_LIMIT = 30


@dataclass
class HandoutEntry:
    entry: EntryPage
    url: str
    qr_code: str


def qr_code(url: str) -> str:
    """A QR code of `url`, as an SVG data URI an <img> can show."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=2)


def _handout_entry(entry: EntryPage, request: HttpRequest | None) -> HandoutEntry:
    url = page_url(entry, request)
    return HandoutEntry(entry=entry, url=url, qr_code=qr_code(url))


def public_handout_page(page_id: int) -> Page | None:
    """The public entry or category with this id, or None."""
    page = public_pages().filter(pk=page_id).first()
    if page is None:
        return None
    page = page.specific
    return page if isinstance(page, EntryPage | CategoryPage) else None


def chosen_entries(raw_ids: list[str]) -> list[EntryPage]:
    """The public entries among the ids a patient chose, in their order, without repeats."""
    ids: list[int] = []
    for raw in raw_ids:
        for part in raw.split(","):
            part = part.strip()
            if part.isdecimal() and len(part) <= 12 and int(part) not in ids:
                ids.append(int(part))
    ids = ids[:MY_LIST_LIMIT]
    found = {entry.pk: entry for entry in public_entries().filter(pk__in=ids)}
    return [found[pk] for pk in ids if pk in found]


def handout_html(
    page: Page | None,
    entries: list[EntryPage],
    request: HttpRequest | None,
    *,
    notes: bool = False,
) -> str:
    """The handout as HTML for the PDF: a topic (page), one entry, or a patient's list (notes)."""
    language = get_language() or settings.LANGUAGE_CODE
    organisation = Organisation.for_request(request) if request else Organisation.objects.first()
    context: dict[str, Any] = {
        "page": page,
        "topic_url": page_url(page, request) if isinstance(page, CategoryPage) else "",
        "topic_qr_code": qr_code(page_url(page, request)) if isinstance(page, CategoryPage) else "",
        "items": [_handout_entry(entry, request) for entry in entries],
        "notes": notes,
        "organisation": LocalisedOrganisation(organisation, language),
        "site_url": absolute_url(f"/{language}/", request),
    }
    return render_to_string("publishing/handout.html", context, request=None)


def handout_pdf(html: str, request: HttpRequest | None) -> bytes:
    """The handout as PDF bytes."""
    from weasyprint import HTML  # imported here: it loads Pango, which only handouts need

    return HTML(string=html, base_url=absolute_url("/", request)).write_pdf()


def handout_entries(page: Page) -> list[EntryPage]:
    """What a handout of `page` holds: the entry itself, or the topic's entries."""
    if isinstance(page, CategoryPage):
        return page.entries()
    return [page]


def entries_to_choose(language: str) -> list[tuple[Page, list[EntryPage]]]:
    """Every public topic in `language` with its entries, for choosing a list without JavaScript."""
    return [
        (category, category.entries())
        for category in CategoryPage.objects.live()
        .public()
        .filter(locale__language_code=language)
        .order_by("path")
    ]
