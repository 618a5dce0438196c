"""Entries as rows for export, and the formats by name, for the import and export commands."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import Any

from wagtail.rich_text import expand_db_html

from patientfaq.faq.models import CategoryPage, EntryPage
from patientfaq.organisation.models import Organisation

from . import formats, page
from .rows import EntryRow, Reading

READERS: dict[str, Callable[[bytes], Reading]] = {
    "csv": formats.read_csv,
    "json": formats.read_json,
    "medquad": formats.read_medquad,
    "page": page.read_page,
}
SUFFIXES = {".csv": "csv", ".json": "json", ".xml": "medquad", ".html": "page", ".htm": "page",
            ".txt": "page"}  # fmt: skip
EXPORT_SOURCE = "patientfaq"


def format_for(filename: str) -> str | None:
    """The format a file's name suggests, or None."""
    lower = filename.lower()
    return next((name for suffix, name in SUFFIXES.items() if lower.endswith(suffix)), None)


def entry_rows(entries: Iterable[EntryPage], plain: bool = False) -> list[EntryRow]:
    """Published entries as rows; answers as public HTML, or plain paragraphs when `plain`."""
    rows = []
    for entry in entries:
        answer = (
            "\n\n".join(
                line for line in html.unescape(entry.answer_text()).split("\n") if line.strip()
            )
            if plain
            else expand_db_html(entry.answer)
        )
        rows.append(
            EntryRow(
                source_id=f"{EXPORT_SOURCE}-{entry.translation_key}",
                language=entry.locale.language_code,
                category=entry.get_parent().title,
                question=entry.title,
                short_answer=entry.short_answer,
                answer=answer,
                also_asked=entry.also_asked,
            )
        )
    return rows


def published_entries(language: str, category: str = "") -> Any:
    """The live entries of one language, in the site's order, optionally of one category."""
    entries = EntryPage.objects.live().public().filter(locale__language_code=language)
    if category:
        entries = entries.filter(path__startswith=_category_path(language, category))
    return entries.order_by("path").select_related("locale")


def _category_path(language: str, category: str) -> str:
    found = CategoryPage.objects.filter(locale__language_code=language, slug=category).first()
    return found.path if found else "-"


def export(fmt: str, entries: Iterable[EntryPage], organisation: Organisation) -> bytes:
    """The entries in one of the formats: csv, json, medquad or page."""
    if fmt == "csv":
        return formats.write_csv(entry_rows(entries))
    if fmt == "json":
        return formats.write_json(entry_rows(entries))
    if fmt == "medquad":
        return formats.write_medquad(entry_rows(entries, plain=True))
    if fmt == "page":
        details = {
            name: str(getattr(organisation, name) or "")
            for name in ("legal_name", "charity_status", "tax_id", "founders", "contact_email")
        }
        details["disclaimer"] = organisation.disclaimer_text
        title = organisation.legal_name or "Frequently asked questions"
        return page.write_page(entry_rows(entries), details, title)
    raise ValueError(fmt)
