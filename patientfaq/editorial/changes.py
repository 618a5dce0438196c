"""What changed in an entry since a clinician last approved it, word by word, for the reviewer."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from .citations import source_address

_BLOCK_END = re.compile(r"</(p|h[1-6]|ul|ol)>", re.IGNORECASE)
_ITEM_START = re.compile(r"<li[^>]*>", re.IGNORECASE)
_ITEM_END = re.compile(r"</li>", re.IGNORECASE)


def block_text(rich_text: str) -> str:
    """Rich text as plain lines: one paragraph or heading a block, one list item a line."""
    text = _BLOCK_END.sub("\n\n", rich_text or "")
    text = _ITEM_END.sub("\n", _ITEM_START.sub("• ", text))
    lines = (line.strip() for line in html.unescape(strip_tags(text)).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def source_lines(entry: Any) -> str:
    """One line a source: title, authors, publisher, year and where a reader finds it."""
    lines = []
    for block in entry.sources:
        value = block.value
        parts = [value.get("title"), value.get("authors"), value.get("publisher")]
        parts.append(str(value.get("year") or ""))
        parts.append(source_address(block.block_type, value))
        lines.append(" — ".join(str(part) for part in parts if part))
    return "\n".join(lines)


_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def word_changes(old: str, new: str) -> list[tuple[str, str]]:
    """(kind, text) runs turning `old` into `new`: kind is "same", "removed" or "added"."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("removed", "".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("added", "".join(b[j1:j2])))
    return _absorb_lone_spaces(runs)


def _absorb_lone_spaces(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A single space kept between two changes reads better as part of both of them."""
    tidy: list[tuple[str, str]] = []
    for index, (kind, text) in enumerate(runs):
        before = runs[index - 1][0] if index else "same"
        after = runs[index + 1][0] if index + 1 < len(runs) else "same"
        if kind == "same" and text == " " and before != "same" and after != "same":
            kind = "both"
        tidy.append((kind, text))
    merged: list[tuple[str, str]] = []
    for kind, text in tidy:
        if kind == "both":
            merged = _extend(merged, "removed", text)
            merged.append(("added", text))
        else:
            merged = _extend(merged, kind, text)
    return _reorder(merged)


def _extend(runs: list[tuple[str, str]], kind: str, text: str) -> list[tuple[str, str]]:
    if runs and runs[-1][0] == kind:
        return [*runs[:-1], (kind, runs[-1][1] + text)]
    return [*runs, (kind, text)]


def _reorder(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Between two unchanged runs, all removed words first, then all added ones."""
    ordered: list[tuple[str, str]] = []
    removed: list[str] = []
    added: list[str] = []
    for kind, text in [*runs, ("same", "")]:
        if kind == "removed":
            removed.append(text)
        elif kind == "added":
            added.append(text)
        else:
            ordered += [("removed", "".join(removed))] if removed else []
            ordered += [("added", "".join(added))] if added else []
            removed, added = [], []
            if text:
                ordered.append((kind, text))
    return ordered


def word_diff(old: str, new: str) -> SafeString:
    """`new` with the words taken out of `old` in <del> and the words put in, in <ins>."""
    tags = {"added": "ins", "removed": "del"}
    pieces = [
        format_html("<{0}>{1}</{0}>", tags[kind], text) if kind in tags else escape(text)
        for kind, text in word_changes(old, new)
    ]
    return mark_safe("".join(pieces))  # noqa: S308 - every piece was escaped above


@dataclass(frozen=True)
class PartChange:
    """One part of an entry (question, short answer, answer, sources) and how it changed."""

    label: str
    old: str
    new: str

    @property
    def changed(self) -> bool:
        return self.old != self.new

    @property
    def diff(self) -> SafeString:
        return word_diff(self.old, self.new)


PARTS = (
    (_("Question"), lambda entry: entry.title),
    (_("Short answer"), lambda entry: entry.short_answer),
    (_("Full answer"), lambda entry: block_text(entry.answer)),
    (_("Sources"), source_lines),
)


def compare_entries(approved: Any, proposed: Any) -> list[PartChange]:
    """Each part of `proposed` against `approved` (None: never approved, so all of it is new)."""
    return [
        PartChange(str(label), text(approved) if approved is not None else "", text(proposed))
        for label, text in PARTS
    ]


@dataclass(frozen=True)
class ChangesSinceApproval:
    """The revision a reviewer is asked to approve, against the one a clinician last approved."""

    entry: Any
    proposed: Any
    approval: Any  # the ReviewRecord of the last approval, or None
    parts: list[PartChange]

    @property
    def changed_parts(self) -> list[PartChange]:
        return [part for part in self.parts if part.changed]


def last_approval(entry: Any) -> Any:
    """The newest review record that kept the revision it approved, or None."""
    return (
        entry.review_records.filter(revision__isnull=False)
        .select_related("revision")
        .order_by("-reviewed_on", "-pk")
        .first()
    )


def changes_since_approval(entry: Any, revision: Any = None) -> ChangesSinceApproval:
    """`revision` of `entry` (its latest when None) against the last approved revision."""
    entry = entry.specific
    revision = revision or entry.specific.get_latest_revision()
    proposed = revision.as_object() if revision is not None else entry
    approval = last_approval(entry)
    approved = approval.revision.as_object() if approval is not None else None
    return ChangesSinceApproval(entry, proposed, approval, compare_entries(approved, proposed))
