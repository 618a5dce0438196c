"""The second urgent-sign detector: a small classifier of whole wordings, not a word list.

The sign lists (urgent.py) catch what their phrases foresee. This catches urgent messages
worded in ways no phrase foresaw, from examples: a logistic regression over hashed words, word
pairs and letter groups (3 to 5 letters) of the message as urgent.py cleans it (lower case, no
accents, number words as digits, "can't" as "not"), plus whether each sentence reads as a
general question. One model serves every language. Either detector firing shows the urgent box.

It is trained by `python bench/train_urgent.py` on labelled examples kept in the repository
(bench/data: the tuning half of the blind urgent set in every language and the project's older
urgent set), never on the blind set's test half; the weights and the threshold chosen on the
tuning examples are written to urgent_signs/wording.npz. Running it needs numpy only.

A message is scored whole and, when longer, per pair of neighbouring sentences; the highest
score counts, so an urgent sentence buried in a long story still counts.
"""

from __future__ import annotations

import functools
import zlib
from pathlib import Path

import numpy as np

from .urgent import LANGUAGES, _clean, _Language, _Sentence, _sentences

__all__ = [
    "WORDING_FILE",
    "UrgentWording",
    "default_wording",
    "feature_index",
    "features",
    "message_features",
]

WORDING_FILE = Path(__file__).with_name("urgent_signs") / "wording.npz"
HASH_BITS = 17
_MASK = (1 << HASH_BITS) - 1


def features(text: str, language: str) -> list[dict[int, float]]:
    """Return the hashed features of each part of a message that is scored, as {index: value}."""
    lang = LANGUAGES.get(language, LANGUAGES["en"])
    counted = [_counts(sentence, lang) for sentence in _sentences(_clean(text, lang), lang)]
    if len(counted) <= 2:
        return [_normalised(_merged(counted))] if counted else []
    return [_normalised(_merged(counted[i : i + 2])) for i in range(len(counted) - 1)]


def feature_index(feature: str) -> int:
    """Return the weight a feature ("w word", "b two words", "c let") is counted in."""
    return zlib.crc32(feature.encode()) & _MASK


def message_features(text: str, language: str) -> dict[int, float]:
    """Return the hashed features of a whole message, as training sees it."""
    lang = LANGUAGES.get(language, LANGUAGES["en"])
    sentences = _sentences(_clean(text, lang), lang)
    return _normalised(_merged([_counts(sentence, lang) for sentence in sentences]))


def _counts(sentence: _Sentence, lang: _Language) -> dict[int, float]:
    counts: dict[int, float] = {}

    def add(feature: str) -> None:
        index = feature_index(feature)
        counts[index] = counts.get(index, 0.0) + 1.0

    tokens = sentence.tokens
    add("question" if sentence.general_question else "statement")
    for i, token in enumerate(tokens):
        add("w " + token)
        if i + 1 < len(tokens):
            add("b " + token + " " + tokens[i + 1])
        padded = f" {token} "
        for size in (3, 4, 5):
            for start in range(len(padded) - size + 1):
                add("c " + padded[start : start + size])
    if any(token in lang.negations for token in tokens):
        add("negated")
    return counts


def _merged(parts: list[dict[int, float]]) -> dict[int, float]:
    if len(parts) == 1:
        return parts[0]
    total: dict[int, float] = {}
    for part in parts:
        for index, value in part.items():
            total[index] = total.get(index, 0.0) + value
    return total


def _normalised(counts: dict[int, float]) -> dict[int, float]:
    norm = float(np.sqrt(sum(value * value for value in counts.values()))) or 1.0
    return {index: value / norm for index, value in counts.items()}


class UrgentWording:
    """A trained wording classifier: scores how much a message reads as an emergency now."""

    def __init__(self, weights: np.ndarray, bias: float, threshold: float) -> None:
        self.weights = weights.astype(np.float32)
        self.bias = float(bias)
        self.threshold = float(threshold)

    @classmethod
    def load(cls, path: Path = WORDING_FILE) -> UrgentWording:
        """Return the classifier saved in a file written by bench/train_urgent.py."""
        with np.load(path) as saved:
            return cls(saved["weights"], float(saved["bias"]), float(saved["threshold"]))

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float16),
            bias=np.float32(self.bias),
            threshold=np.float32(self.threshold),
        )

    def score(self, text: str, language: str = "en") -> float:
        """Return the highest score of the message's parts, from 0 (ordinary) to 1 (urgent)."""
        try:
            parts = features(text[:200_000], language) if isinstance(text, str) else []
        except Exception:  # noqa: BLE001 - a patient's question must never fail on this step
            return 0.0
        best = -np.inf
        for part in parts:
            if part:
                indexes = np.fromiter(part.keys(), dtype=np.int64, count=len(part))
                values = np.fromiter(part.values(), dtype=np.float32, count=len(part))
                best = max(best, float(self.weights[indexes] @ values) + self.bias)
        return 0.0 if best == -np.inf else float(1.0 / (1.0 + np.exp(-best)))

    def is_urgent(self, text: str, language: str = "en") -> bool:
        """Return True when the message scores at or above the threshold chosen in training."""
        return self.score(text, language) >= self.threshold


@functools.lru_cache(maxsize=1)
def default_wording() -> UrgentWording:
    """Return the shared classifier shipped with the package."""
    return UrgentWording.load()
