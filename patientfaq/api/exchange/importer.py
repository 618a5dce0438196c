"""Turning rows read from a file into draft entries, one transaction per row.

A row either becomes (or updates) a draft completely, or leaves nothing behind and is listed in
the report with the reason. Rows are matched to earlier imports by source and source id, so
importing the same file again changes nothing, and a changed row updates its draft.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale

from patientfaq.faq.models import CategoryPage, EntryPage, HomePage

from .. import drafts
from ..models import ImportedEntry, SettingsProposal
from .rows import EntryRow, Reading, first_sentences

DEFAULT_CATEGORY = "Imported entries"


@dataclass
class ImportReport:
    """What an import did, row by row, in words an editor can act on."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    new_categories: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    proposal: SettingsProposal | None = None
    drafts: list[tuple[int, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report as lines of text, failures first with where they were."""
        out = [_("Row %(where)s was not imported: %(why)s") % {"where": w, "why": why}
               for w, why in self.failed]  # fmt: skip
        out.append(
            _(
                "%(created)s drafts created, %(updated)s updated, %(unchanged)s unchanged, "
                "%(failed)s rows not imported."
            )
            % {
                "created": len(self.created),
                "updated": len(self.updated),
                "unchanged": len(self.unchanged),
                "failed": len(self.failed),
            }
        )
        if self.new_categories:
            out.append(
                _("New draft categories: %(names)s.") % {"names": ", ".join(self.new_categories)}
            )
        out += self.notes
        return out


class Categories:
    """Finds the category a row names in its language, proposing a draft category when none."""

    def __init__(self, user: Any, default: str, report: ImportReport) -> None:
        self.user = user
        self.default = default or DEFAULT_CATEGORY
        self.report = report
        self.found: dict[tuple[str, str], CategoryPage] = {}

    def __call__(self, name: str, language: str) -> CategoryPage:
        name = (name or self.default).strip()[:255]
        key = (language, name.casefold())
        if key in self.found:
            return self.found[key]
        pages = CategoryPage.objects.filter(locale__language_code=language)
        category = pages.filter(title__iexact=name).first() or pages.filter(slug=name).first()
        if category is None:
            category = self._propose(name, language)
        self.found[key] = category
        return category

    def _propose(self, name: str, language: str) -> CategoryPage:
        home = HomePage.objects.filter(locale__language_code=language).first()
        if home is None:
            raise drafts.DraftRefused(
                _("This site has no home page in language %(code)s.") % {"code": language}
            )
        if not home.permissions_for_user(self.user).can_add_subpage():
            raise drafts.DraftRefused(_("You may not add categories."), status=403)
        category = CategoryPage(title=name, live=False, owner=self.user)
        category.slug = find_available_slug(home, slugify(name)[:80] or "imported")
        home.add_child(instance=category)
        category.save_revision(user=self.user, log_action=True)
        self.report.new_categories.append(name)
        return category


def _import_one(row: EntryRow, source: str, user: Any, category_for: Categories,
                language: str, report: ImportReport) -> None:  # fmt: skip
    language = row.language or language
    if not Locale.objects.filter(language_code=language).exists():
        raise drafts.DraftRefused(_("Unknown language %(code)s.") % {"code": language})
    text = drafts.checked_text(
        {
            "question": row.question,
            "short_answer": row.short_answer or _short_answer_from(row),
            "answer": row.answer,
            "also_asked": row.also_asked,
        }
    )
    key = row.key()
    fingerprint = row.fingerprint()
    record = ImportedEntry.objects.filter(source=source, source_id=key).first()
    entry = EntryPage.objects.filter(pk=record.page_id).first() if record else None
    if record and entry:
        if record.fingerprint == fingerprint:
            report.unchanged.append(key)
            report.drafts.append((entry.pk, entry.title))
            return
        drafts.update_draft(user, entry, text)
        record.fingerprint = fingerprint
        record.save(update_fields=["fingerprint"])
        report.updated.append(key)
    else:
        entry = drafts.create_draft(user, category_for(row.category, language), text)
        ImportedEntry.objects.update_or_create(
            source=source, source_id=key, defaults={"page": entry, "fingerprint": fingerprint}
        )
        report.created.append(key)
    report.drafts.append((entry.pk, text["question"]))


def _short_answer_from(row: EntryRow) -> str:
    row.notes.append(_("short answer taken from the answer's first sentences"))
    plain = drafts.answer_as_rich_text(row.answer)
    return first_sentences(EntryPage(answer=plain).answer_text())


def import_reading(
    reading: Reading,
    *,
    source: str,
    user: Any,
    category: str = "",
    language: str = "en",
    progress: Callable[[Iterable[EntryRow]], Iterable[EntryRow]] = lambda rows: rows,
) -> ImportReport:
    """Import every readable row as a draft; never publishes, never half-imports a row."""
    report = ImportReport(failed=list(reading.unreadable), notes=list(reading.notes))
    category_for = Categories(user, category, report)
    for row in progress(reading.rows):
        categories_before = len(report.new_categories)
        try:
            with transaction.atomic():
                _import_one(row, source, user, category_for, language, report)
        except drafts.DraftRefused as error:
            where = row.where or row.key()
            message = f"{error.field}: {error.message}" if error.field else error.message
            report.failed.append((where, message))
            # A category proposed for this row was rolled back with it.
            del report.new_categories[categories_before:]
            category_for.found.clear()
    if reading.proposed_settings:
        report.proposal = SettingsProposal.objects.create(
            source=source, proposed=reading.proposed_settings
        )
    return report
