"""Creating, changing and submitting draft entries: the one path the API and the importer share.

Nothing here publishes. A draft goes live only when a clinical reviewer approves it in the
Clinical review workflow (see patientfaq/editorial/), whoever holds the token or runs the import.
"""

from __future__ import annotations

import html
import re
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, WorkflowState

from patientfaq.faq.models import CategoryPage, EntryPage

MAX_QUESTION_CHARS = 255
MAX_SHORT_ANSWER_CHARS = 400
MAX_ANSWER_CHARS = 100_000
RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "h2", "h3", "h4"]
_HAS_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
_NEVER_TEXT = re.compile(r"<(script|style|template|iframe|object)\b.*?</\1\s*>", re.I | re.S)


class DraftRefused(Exception):
    """A draft could not be saved: `message` says why, `field` names the field when there is one."""

    def __init__(self, message: str, field: str = "", status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.status = status


def answer_as_rich_text(text: str) -> str:
    """The answer as Wagtail rich text: HTML cleaned to the editor's features, or plain text
    turned into paragraphs."""
    if _HAS_TAG.search(text):
        text = _NEVER_TEXT.sub("", text)
        cleaned = EditorHTMLConverter(features=RICH_TEXT_FEATURES).to_database_format(text)
        return str(cleaned).strip()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(f"<p>{html.escape(' '.join(p.split()))}</p>" for p in paragraphs)


def _readable(value: object, field: str, limit: int, required: bool = True) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise DraftRefused(_("This field must be text."), field)
    if "\x00" in value or any(ord(ch) < 32 and ch not in "\n\r\t" for ch in value):
        raise DraftRefused(_("This field holds characters that are not text."), field)
    value = value.strip()
    if required and not value:
        raise DraftRefused(_("This field must not be empty."), field)
    if len(value) > limit:
        raise DraftRefused(
            _("This field is too long: at most %(limit)s characters.") % {"limit": limit}, field
        )
    return value


def checked_text(values: dict[str, Any], partial: bool = False) -> dict[str, str]:
    """The entry's fields from `values`, checked; only those given when `partial`."""
    limits = {
        "question": (MAX_QUESTION_CHARS, True),
        "short_answer": (MAX_SHORT_ANSWER_CHARS, True),
        "answer": (MAX_ANSWER_CHARS, True),
        "also_asked": (5_000, False),
    }
    checked = {}
    for field, (limit, required) in limits.items():
        if partial and field not in values:
            continue
        checked[field] = _readable(values.get(field), field, limit, required)
        if field != "answer" and _HAS_TAG.search(checked[field]):
            raise DraftRefused(_("This field is plain text: leave out HTML tags."), field)
    if "answer" in checked:
        checked["answer"] = answer_as_rich_text(checked["answer"])
        if not re.sub(r"<[^>]+>", "", checked["answer"]).strip():
            raise DraftRefused(_("The answer has no words once its markup is removed."), "answer")
    return checked


def _apply(entry: EntryPage, text: dict[str, str]) -> None:
    if "question" in text:
        entry.title = text["question"]
    for field in ("short_answer", "answer", "also_asked"):
        if field in text:
            setattr(entry, field, text[field])


def _validation_refusal(error: ValidationError) -> DraftRefused:
    fields = getattr(error, "message_dict", {})
    field, messages = next(iter(fields.items()), ("", error.messages))
    field = {"title": "question"}.get(field, field)
    return DraftRefused(" ".join(str(m) for m in messages), "" if field == "__all__" else field)


def _require(allowed: bool, message: str) -> None:
    if not allowed:
        raise DraftRefused(message, status=403)


@transaction.atomic
def create_draft(user: Any, category: Page, text: dict[str, str]) -> EntryPage:
    """A new draft entry under `category`, saved as the user's revision; never live."""
    if not isinstance(category.specific, CategoryPage):
        raise DraftRefused(_("Entries can only be added to a category."), "category")
    _require(
        category.permissions_for_user(user).can_add_subpage(),
        _("You may not add entries to this category."),
    )
    entry = EntryPage(live=False, owner=user)
    _apply(entry, text)
    entry.slug = find_available_slug(category, slugify(entry.title)[:80] or "entry")
    try:
        category.add_child(instance=entry)
    except ValidationError as error:
        raise _validation_refusal(error) from error
    entry.save_revision(user=user, log_action=True)
    return entry


@transaction.atomic
def update_draft(user: Any, entry: EntryPage, text: dict[str, str]) -> EntryPage:
    """The entry with a new draft revision holding `text`; what readers see does not change."""
    permissions = entry.permissions_for_user(user)
    _require(permissions.can_edit(), _("You may not change this entry."))
    if permissions.page_locked():
        raise DraftRefused(_("This entry is locked by someone else."), status=409)
    draft = entry.get_latest_revision_as_object()
    _apply(draft, text)
    try:
        draft.full_clean()
    except ValidationError as error:
        raise _validation_refusal(error) from error
    draft.save_revision(user=user, log_action=True)
    entry.refresh_from_db()
    return entry


@transaction.atomic
def submit_for_review(user: Any, entry: EntryPage) -> WorkflowState:
    """Start the Clinical review workflow on the entry's latest draft; the reviewer publishes."""
    permissions = entry.permissions_for_user(user)
    _require(permissions.can_edit(), _("You may not submit this entry."))
    workflow = entry.get_workflow()
    if workflow is None:
        raise DraftRefused(_("This entry has no review workflow."), status=409)
    if entry.workflow_in_progress:
        raise DraftRefused(_("This entry is already waiting for review."), status=409)
    if not permissions.can_submit_for_moderation():
        raise DraftRefused(_("This entry cannot be submitted just now."), status=409)
    if entry.latest_revision is None:
        entry.save_revision(user=user)
    return workflow.start(entry, user)


def latest_text(entry: EntryPage) -> dict[str, str]:
    """The entry's fields as its latest revision has them (the draft an editor sees)."""
    draft = entry.get_latest_revision_as_object()
    return {
        "question": draft.title,
        "short_answer": draft.short_answer,
        "answer": draft.answer,
        "also_asked": draft.also_asked,
    }
