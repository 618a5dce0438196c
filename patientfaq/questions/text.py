"""Checks and clean-ups shared by everything that stores a patient's words."""

from __future__ import annotations

import hashlib
import hmac
import unicodedata

from django.conf import settings


def unreadable_characters(text: str) -> bool:
    """True when the text holds control characters or bytes that were not valid text."""
    for ch in text:
        if ch in "\n\r\t":
            continue
        if ch == "\ufffd" or unicodedata.category(ch) in {"Cc", "Cs", "Co", "Cn"}:
            return True
    return False


def plain_text(text: str) -> str:
    """The text on one line, with control characters dropped and spaces collapsed."""
    kept = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(kept.split())


def normalised(text: str) -> str:
    """The words of a text in lower case without punctuation: equal for trivially equal texts."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


def keyed_hash(*parts: str) -> str:
    """A hash of the parts that nobody without the site's SECRET_KEY can recompute."""
    message = "\x1f".join(parts).encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()
