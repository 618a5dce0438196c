"""Personal data taken out of a patient's words before staff see them.

Masking errs towards hiding too much: an editor can still tell what was asked from "my name is
[name] and my son has seizures", while a leaked name cannot be taken back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

EMAIL = "[email]"
PHONE = "[phone]"
NAME = "[name]"

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# A run of digits with the separators people type in phone numbers; counted below.
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d ().\-/]{5,}\d(?!\w)")
_DATE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$")
_MIN_PHONE_DIGITS = 7

# Phrases after which the next word is a name whatever its case: "my name is john".
_SURE = [
    r"my name is",
    r"my name's",
    r"i'?m called",
    r"i am called",
    r"me llamo",
    r"mi nombre es",
    r"je m'appelle",
    r"mon nom est",
    r"ich heiße",
    r"ich heisse",
    r"mein name ist",
    r"meu nome é",
    r"me chamo",
    r"chamo-me",
    r"اسمي",
]
# Phrases that are often followed by other things ("soy diabético"): a name only if capitalised.
_UNSURE = [r"call me", r"soy", r"sou", r"je suis", r"ich bin", r"i am", r"i'm"]

_WORD = r"[^\W\d_][\w'’-]*"
_NAME_WORDS = rf"({_WORD}(?:\s+{_WORD}){{0,2}})"


def _trigger(phrases: list[str]) -> str:
    return "|".join(p.replace("'", "['’]").replace(" ", r"\s+") for p in phrases)


_SURE_NAME = re.compile(rf"(?i:\b(?:{_trigger(_SURE)}))\s*[:,]?\s+{_NAME_WORDS}")
_UNSURE_NAME = re.compile(rf"(?i:\b(?:{_trigger(_UNSURE)}))\s+{_NAME_WORDS}")


def _phone(match: re.Match[str]) -> str:
    found = match.group(0)
    digits = sum(ch.isdigit() for ch in found)
    if digits < _MIN_PHONE_DIGITS or _DATE.match(found.strip()):
        return found
    return PHONE


def _name_replacer(first_word_always: bool) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        words = re.split(r"(\s+)", match.group(1))
        # words alternates word, space, word...; keep the leading run that reads as a name.
        taken = 0
        for index in range(0, len(words), 2):
            word = words[index]
            is_name = word[0].isupper() and not (word.isupper() and len(word) <= 3)
            if is_name or (index == 0 and first_word_always):
                taken = index + 1
            else:
                break
        if not taken:
            return match.group(0)
        rest = "".join(words[taken:])
        head = match.group(0)[: match.start(1) - match.start(0)]
        return head + NAME + rest

    return replace


def mask_personal_data(text: str) -> str:
    """The text with e-mail addresses, phone numbers and self-given names replaced."""
    text = _EMAIL.sub(EMAIL, text)
    text = _PHONE.sub(_phone, text)
    text = _SURE_NAME.sub(_name_replacer(first_word_always=True), text)
    text = _UNSURE_NAME.sub(_name_replacer(first_word_always=False), text)
    return text
