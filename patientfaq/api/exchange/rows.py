"""One entry as files carry it, and the checks every file's text goes through first."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field

from django.utils.text import slugify
from django.utils.translation import gettext as _

MAX_FILE_BYTES = 20 * 1024 * 1024
SHORT_ANSWER_CHARS = 400
FIELDS = ("source_id", "language", "category", "question", "short_answer", "answer", "also_asked")


class FileRefused(Exception):
    """The whole file cannot be read; the message says why, for the person importing it."""


@dataclass
class EntryRow:
    """An entry read from a file. `where` says where it was (line, item, QA pair) for the report."""

    question: str
    answer: str
    short_answer: str = ""
    also_asked: str = ""
    category: str = ""
    language: str = ""
    source_id: str = ""
    where: str = ""
    notes: list[str] = field(default_factory=list)

    def key(self) -> str:
        """The id this row is imported under: its own source id, else one made from the question."""
        if self.source_id.strip():
            return self.source_id.strip()[:200]
        return "q-" + slugify(self.question)[:80] + "-" + _digest(self.question)[:8]

    def fingerprint(self) -> str:
        """Equal for rows that would make the same draft."""
        content = {k: v for k, v in asdict(self).items() if k not in ("where", "notes")}
        return _digest(json.dumps(content, sort_keys=True))

    def as_record(self) -> dict[str, str]:
        """The row as exported: the fields every format carries, in a fixed order."""
        return {name: getattr(self, name) for name in FIELDS}


@dataclass
class Reading:
    """What a file held: the rows, rows that could not be read, and for a page, what it proposes."""

    rows: list[EntryRow] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    proposed_settings: dict[str, object] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def decoded(data: bytes) -> str:
    """The file's text, or FileRefused when it is empty, too big, or not text at all."""
    if not data.strip():
        raise FileRefused(_("The file is empty."))
    if len(data) > MAX_FILE_BYTES:
        raise FileRefused(
            _("The file is larger than %(mb)s MB; split it into smaller files.")
            % {"mb": MAX_FILE_BYTES // (1024 * 1024)}
        )
    if b"\x00" in data[:8192]:
        raise FileRefused(_("This is not a text file (it holds binary data)."))
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "cp1252" and sum(not ch.isprintable() for ch in text[:4096]) > 40:
            break
        return text
    raise FileRefused(_("This file is not text in UTF-8 (or Windows-1252)."))


def clean_line(text: str) -> str:
    """The text with control characters dropped and its spaces collapsed."""
    text = unicodedata.normalize("NFC", text)
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])")


def first_sentences(text: str, limit: int = SHORT_ANSWER_CHARS, most: int = 2) -> str:
    """The answer's first sentence or two, within `limit` characters: a short answer to check."""
    text = clean_line(text)
    chosen = ""
    for sentence in _SENTENCE_END.split(text)[:most]:
        candidate = f"{chosen} {sentence}".strip()
        if len(candidate) > limit:
            break
        chosen = candidate
    if not chosen:
        cut = text[: limit - 1].rsplit(" ", 1)[0]
        chosen = cut + "…"
    return chosen
