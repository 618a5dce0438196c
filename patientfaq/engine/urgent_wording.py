"""The second urgent-sign detector: a small classifier of whole wordings, not a word list.

The sign lists (urgent.py) catch what their phrases foresee. This catches urgent messages
worded in ways no phrase foresaw, from examples: a logistic regression over hashed words, word
pairs and letter groups (3 to 5 letters) of the message as urgent.py cleans it (lower case, no
accents, number words as digits, "can't" as "not"), plus whether each sentence reads as a
general question, and over the message's meaning: its vector from the multilingual model the
cross-language search already runs (multilingual.py), so the same words a search encodes are
not encoded twice. One model serves every language. Either detector firing shows the urgent box.

Where that model is not installed, or fails on a message, a second model trained on the words
alone scores instead, with a threshold of its own. Both are trained by
`python bench/train_urgent.py` on the labelled examples kept in the repository (bench/data), and
their thresholds chosen on out-of-fold scores; they are written to urgent_signs/wording.npz.
Scores are shifted so that each model's threshold is 0.5.

A message's words are scored whole and, when longer, per pair of neighbouring sentences; the
highest score counts, so an urgent sentence buried in a long story still counts. Its meaning is
one vector of the whole message.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .embedding import ModelNotInstalled
from .multilingual import shared_embedder
from .text import clean_query
from .urgent import LANGUAGES, _clean, _Language, _Sentence, _sentences

__all__ = [
    "WORDING_FILE",
    "UrgentWording",
    "WordingModel",
    "default_wording",
    "feature_index",
    "features",
    "message_features",
    "question_vector",
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


# Turns a cleaned question into the unit vector the cross-language search would give it.
Embed = Callable[[str], np.ndarray]


@dataclass(frozen=True)
class WordingModel:
    """One logistic regression over a message's word features and, if it has meaning weights,
    its vector; the bias is shifted so that the threshold sits at a score of 0.5."""

    weights: np.ndarray
    bias: float
    meaning: np.ndarray | None = None

    def logit(self, parts: list[dict[int, float]], vector: np.ndarray | None) -> float:
        """Return the highest logit over the message's parts; -inf when there is nothing."""
        best = -np.inf
        for part in parts:
            if part:
                indexes = np.fromiter(part.keys(), dtype=np.int64, count=len(part))
                values = np.fromiter(part.values(), dtype=np.float32, count=len(part))
                best = max(best, float(self.weights[indexes] @ values))
        if best == -np.inf:
            return best
        if self.meaning is not None and vector is not None:
            best += float(self.meaning @ vector)
        return best + self.bias


class UrgentWording:
    """A trained wording classifier: scores how much a message reads as an emergency now."""

    threshold = 0.5

    def __init__(
        self,
        words: WordingModel,
        with_meaning: WordingModel | None = None,
        embed: Embed | None = None,
    ) -> None:
        self.words = words
        self.with_meaning = with_meaning
        self.embed = embed

    @property
    def reads_meaning(self) -> bool:
        """True when messages are scored with their vector as well as their words."""
        return self.with_meaning is not None and self.embed is not None

    @classmethod
    def load(cls, path: Path = WORDING_FILE, embed: Embed | None = None) -> UrgentWording:
        """Return the classifier saved in a file written by bench/train_urgent.py."""
        with np.load(path) as saved:
            words = WordingModel(saved["weights"].astype(np.float32), float(saved["bias"]))
            with_meaning = None
            if "meaning_vector" in saved:
                with_meaning = WordingModel(
                    saved["meaning_words"].astype(np.float32),
                    float(saved["meaning_bias"]),
                    saved["meaning_vector"].astype(np.float32),
                )
        return cls(words, with_meaning, embed)

    def save(self, path: Path) -> None:
        words = self.words.weights.astype(np.float16)
        bias = np.array(self.words.bias, dtype=np.float32)
        meaning = self.with_meaning
        if meaning is None or meaning.meaning is None:
            np.savez_compressed(path, weights=words, bias=bias)
            return
        np.savez_compressed(
            path,
            weights=words,
            bias=bias,
            meaning_words=meaning.weights.astype(np.float16),
            meaning_bias=np.array(meaning.bias, dtype=np.float32),
            meaning_vector=meaning.meaning.astype(np.float32),
        )

    def score(self, text: str, language: str = "en") -> float:
        """Return the highest score of the message's parts, from 0 (ordinary) to 1 (urgent)."""
        try:
            parts = features(text[:200_000], language) if isinstance(text, str) else []
        except Exception:  # noqa: BLE001 - a patient's question must never fail on this step
            return 0.0
        if not parts:
            return 0.0
        model, vector = self.words, None
        if self.with_meaning is not None and self.embed is not None:
            try:
                vector = np.asarray(self.embed(clean_query(text)), dtype=np.float32)
                model = self.with_meaning
            except Exception:  # noqa: BLE001 - without the model, the words alone still count
                vector = None
        best = model.logit(parts, vector)
        return 0.0 if best == -np.inf else float(1.0 / (1.0 + np.exp(-best)))

    def is_urgent(self, text: str, language: str = "en") -> bool:
        """Return True when the message scores at or above the threshold chosen in training."""
        return self.score(text, language) >= self.threshold


def question_vector(text: str) -> np.ndarray:
    """Return a cleaned question's vector from the process's shared multilingual model."""
    vector: np.ndarray = shared_embedder().encode_queries([text])[0]
    return vector


@functools.lru_cache(maxsize=1)
def default_wording() -> UrgentWording:
    """Return the shared classifier shipped with the package, reading meaning where the
    multilingual model is installed."""
    try:
        shared_embedder()
    except ModelNotInstalled:
        return UrgentWording.load()
    return UrgentWording.load(embed=question_vector)
