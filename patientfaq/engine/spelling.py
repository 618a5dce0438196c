"""Patients' misspellings of the words entries' questions use: "what cuses angina" -> causes.

A word of the question that no entry uses (its stem is in no entry) and that lies one letter
away from a word of the entries' questions, or of the lay wordings of kinds of answer ("run in
families"), is read as that word: the commonest one when several are that close. Short words
are left alone: too many real words lie one letter apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

MIN_LENGTH = 5
_WORD = re.compile(r"[a-z]+")
_LETTERS = re.compile(r"[A-Za-z]+")


def one_edit_apart(a: str, b: str) -> bool:
    """True when a and b differ by one inserted, deleted, changed or swapped letter."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def deletions(word: str) -> set[str]:
    """The word with each one of its letters left out."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@dataclass(frozen=True)
class Speller:
    """The entries' question words by each of their one-letter deletions, with their counts."""

    by_key: dict[str, tuple[str, ...]]
    counts: dict[str, int]

    @classmethod
    def build(cls, texts: Iterable[str]) -> Speller:
        """Index the words of these texts (entries' questions and other wordings to keep)."""
        counts = Counter(w for text in texts for w in _WORD.findall(text.lower()))
        keys: dict[str, set[str]] = {}
        for word in counts:
            if len(word) >= MIN_LENGTH:
                for key in deletions(word) | {word}:
                    keys.setdefault(key, set()).add(word)
        return cls(by_key={k: tuple(sorted(v)) for k, v in keys.items()}, counts=dict(counts))

    def correct(self, word: str) -> str | None:
        """The question word this one misspells, or None when none lies one letter away."""
        if len(word) < MIN_LENGTH or word in self.counts:
            return None
        near = {
            known
            for key in deletions(word) | {word}
            for known in self.by_key.get(key, ())
            if one_edit_apart(word, known)
        }
        return max(near, key=lambda w: (self.counts[w], w)) if near else None

    def corrected(self, text: str, is_known: Callable[[str], bool]) -> str:
        """The text with each misspelt word replaced; is_known says which words some entry
        uses already (those are never replaced)."""

        def replace(match: re.Match[str]) -> str:
            word = match.group(0)
            if len(word) < MIN_LENGTH or is_known(word.lower()):
                return word
            return self.correct(word.lower()) or word

        return _LETTERS.sub(replace, text)
