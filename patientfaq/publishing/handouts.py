"""Handouts to take to the doctor: one entry, one topic, or the patient's own list, as PDF.

Large type, the review record, the disclaimer, the organisation's details and a QR code back to
each live page. An entry's handout and the patient's list hold each answer in full, with its
sources; a topic's is an overview a clinic can hand out: each entry's question, short answer,
review line and code. Only public pages ever go in.
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import tempfile
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import segno
from django.conf import settings
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Page

from patientfaq.editorial.models import ReviewRecord
from patientfaq.editorial.reviews import current_reviews
from patientfaq.faq.models import CategoryPage, EntryPage
from patientfaq.organisation.models import LocalisedOrganisation, Organisation

from .public import absolute_url, page_url, public_entries, public_pages

# A list longer than this is not a handout any more; the page says so.
MY_LIST_LIMIT = 30

logger = logging.getLogger(__name__)


@dataclass
class HandoutEntry:
    entry: EntryPage
    url: str
    qr_code: str
    review: ReviewRecord | None


# Each entry's code is drawn into its own handout and its topic's in every language.
@lru_cache(maxsize=2048)
def qr_code(url: str) -> str:
    """A QR code of `url`, as a PNG data URI an <img> can show.

    One pixel a module, enlarged without smoothing by the style sheet (image-rendering:
    pixelated): WeasyPrint draws such a PNG in a fraction of the time it takes to draw the
    same code as SVG, a fifth of an entry's handout.
    """
    image = io.BytesIO()
    segno.make(url, error="m").save(image, kind="png", scale=1, border=2)
    return "data:image/png;base64," + base64.b64encode(image.getvalue()).decode()


def _handout_entries(entries: list[EntryPage], request: HttpRequest | None) -> list[HandoutEntry]:
    # Read at once: a query an entry cost a topic's handout 5 ms CPU an entry.
    reviews = current_reviews([entry.pk for entry in entries])
    items = []
    for entry in entries:
        url = page_url(entry, request)
        items.append(HandoutEntry(entry, url, qr_code(url), reviews.get(entry.pk)))
    return items


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
    """The handout as HTML for the PDF: a topic's overview (page), one entry in full, or a
    patient's list in full (notes)."""
    language = get_language() or settings.LANGUAGE_CODE
    organisation = Organisation.for_request(request) if request else Organisation.objects.first()
    context: dict[str, Any] = {
        "page": page,
        "topic_url": page_url(page, request) if isinstance(page, CategoryPage) else "",
        "topic_qr_code": qr_code(page_url(page, request)) if isinstance(page, CategoryPage) else "",
        "items": _handout_entries(entries, request),
        "notes": notes,
        "organisation": LocalisedOrganisation(organisation, language),
        "site_url": absolute_url(f"/{language}/", request),
    }
    return render_to_string("publishing/handout.html", context, request=None)


def handout_pdf(html: str, request: HttpRequest | None) -> bytes:
    """The handout as PDF bytes."""
    from weasyprint import HTML

    return HTML(string=html, base_url=absolute_url("/", request)).write_pdf(
        font_config=_font_config()
    )


# Pango's fonts are not to be shared between threads (the live site serves requests in threads).
_fonts = threading.local()


def _font_config() -> Any:
    """WeasyPrint's fonts, found once a thread rather than again for each handout.
    (Imported here: WeasyPrint loads Pango, which only handouts need.)"""
    config = getattr(_fonts, "config", None)
    if config is None:
        from weasyprint.text.fonts import FontConfiguration

        config = _fonts.config = FontConfiguration()
    return config


def prepare_to_make_handouts() -> None:
    """Load WeasyPrint and its fonts now, so that processes forked to make many handouts
    share them instead of each loading them again."""
    handout_pdf('<p style="font-family: DejaVu Sans">A <b>b</b></p>', None)


def page_handout_pdf(page: Page, html: str, request: HttpRequest | None) -> bytes:
    """The handout of a public entry or topic as PDF bytes, made once for each different HTML
    and then read from HANDOUT_DIR.

    The HTML is made from the live pages alone, so a draft never changes it; a publish or a
    change to the organisation does. It carries no date of its own (the review record dates the
    content), so a handout made today is still the one read tomorrow.
    """
    language = get_language() or settings.LANGUAGE_CODE
    base_url = absolute_url("/", request)
    # One file for each page, language and site address: a newer one replaces it.
    prefix = f"{page.pk}-{language}-{_digest(base_url)}-"
    stored = Path(settings.HANDOUT_DIR) / f"{prefix}{_digest(html, base_url, _weasyprint())}.pdf"
    try:
        return stored.read_bytes()
    except OSError:  # not made yet, or the folder cannot be read: make it
        pass
    pdf = handout_pdf(html, request)
    try:
        _keep(stored, prefix, pdf)
    except OSError:
        logger.warning(
            "Handouts cannot be kept: HANDOUT_DIR %s is not a writable folder.", stored.parent
        )
    return pdf


def _keep(stored: Path, prefix: str, pdf: bytes) -> None:
    stored.parent.mkdir(parents=True, exist_ok=True)
    # Written aside and moved into place, so no reader ever sees half a file.
    with tempfile.NamedTemporaryFile(dir=stored.parent, suffix=".part", delete=False) as part:
        part.write(pdf)
    Path(part.name).replace(stored)
    for older in stored.parent.glob(f"{prefix}*.pdf"):
        if older != stored:
            older.unlink(missing_ok=True)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:24]


@cache
def _weasyprint() -> str:
    """WeasyPrint's version: another one may lay the same HTML out differently."""
    return version("weasyprint")


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
