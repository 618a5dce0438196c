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
one vector of the whole message, read three times: through weights, and as its nearness to the
urgent examples and to the ordinary ones (the mean similarity of the 10 nearest of each, whose
vectors are kept in the same file).

Most false alarms come from the sign lists: their words ("seizure", "overdose", "chest pain")
turn up in ordinary questions too. So a match of a shipped sign counts only when the classifier
scores the message at least that sign's confirming score (lower than its own threshold, chosen
in training with it); below that the match is set aside. Signs where the list is the safety net,
whose urgent messages the classifier may read as ordinary (a floppy baby, meningitis, sudden
confusion: SAFETY_NET_SIGNS), have none, nor do signs staff added in the admin: they always
count.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .embedding import ModelNotInstalled
from .multilingual import shared_embedder
from .text import clean_query
from .urgent import (
    LANGUAGES,
    UrgentHit,
    _clean,
    _Language,
    _Sentence,
    _sentences,
    wording_hit,
)

__all__ = [
    "Confirm",
    "Reading",
    "NEAREST",
    "SAFETY_NET_SIGNS",
    "WORDING_FILE",
    "UrgentWording",
    "WordingModel",
    "counted_hits",
    "default_wording",
    "feature_index",
    "features",
    "message_features",
    "nearness",
    "question_vector",
    "sets_aside",
]

WORDING_FILE = Path(__file__).with_name("urgent_signs") / "wording.npz"
HASH_BITS = 17
_MASK = (1 << HASH_BITS) - 1
# How many of the nearest urgent examples a message's nearness is the mean similarity of.
NEAREST = 10
# Signs whose matches count whatever the classifier says: their urgent messages often read as
# ordinary ones in everything but the sign ("she's floppy and won't feed").
SAFETY_NET_SIGNS = frozenset({"floppy_baby", "meningitis", "sudden_confusion"})
# Per sign, the score a match needs to count; a sign not named always counts.
Confirm = dict[str, float]
# A message's score, and the Confirm of the model that read it.
Reading = tuple[float, Confirm]


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


def nearness(examples: np.ndarray, vector: np.ndarray) -> float:
    """Return the mean similarity of a vector to its NEAREST nearest rows of examples."""
    # einsum's own loop, not BLAS: on a busy machine BLAS's threads made this product 20 times
    # slower (bench/urgent.py: the classifier 5.7 ms a question instead of 0.6).
    similarities = np.einsum("ij,j->i", examples, vector)
    count = min(NEAREST, len(similarities))
    return float(np.partition(similarities, -count)[-count:].mean())


@dataclass(frozen=True)
class WordingModel:
    """One logistic regression over a message's word features and, if it has meaning weights,
    its vector; the bias is shifted so that the threshold sits at a score of 0.5."""

    weights: np.ndarray
    bias: float
    meaning: np.ndarray | None = None
    # The urgent examples' vectors, and the weight of a message's nearness to them.
    examples: np.ndarray | None = None
    near: float = 0.0
    # The same for the ordinary examples: a message near ordinary ones reads as less urgent.
    ordinary: np.ndarray | None = None
    near_ordinary: float = 0.0

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
            if self.examples is not None and len(self.examples):
                best += self.near * nearness(self.examples, vector)
            if self.ordinary is not None and len(self.ordinary):
                best += self.near_ordinary * nearness(self.ordinary, vector)
        return best + self.bias


class UrgentWording:
    """A trained wording classifier: scores how much a message reads as an emergency now."""

    threshold = 0.5

    def __init__(
        self,
        words: WordingModel,
        with_meaning: WordingModel | None = None,
        embed: Embed | None = None,
        confirm: tuple[Confirm, Confirm] = ({}, {}),
        skip: float = 0.0,
    ) -> None:
        self.words = words
        self.with_meaning = with_meaning
        self.embed = embed
        # The score each shipped sign's match needs: (words alone, words and meaning).
        self.confirm_scores = confirm
        # Below this score of the words alone, a message no sign matched is not encoded: no
        # urgent example without a match scored that low out of fold (0: always encoded).
        self.skip = skip

    @property
    def reads_meaning(self) -> bool:
        """True when messages are scored with their vector as well as their words."""
        return self.with_meaning is not None and self.embed is not None

    @classmethod
    def load(cls, path: Path = WORDING_FILE, embed: Embed | None = None) -> UrgentWording:
        """Return the classifier saved in a file written by bench/train_urgent.py."""
        with np.load(path) as saved:
            words = WordingModel(saved["weights"].astype(np.float32), float(saved["bias"]))
            signs = [str(key) for key in saved.get("confirm_signs", [])]
            needed = saved["confirm"] if signs else np.zeros((2, 0))
            confirm = tuple(dict(zip(signs, map(float, row), strict=True)) for row in needed)
            skip = float(saved["skip"]) if "skip" in saved else 0.0
            with_meaning = None
            if "meaning_vector" in saved:
                examples = _examples(saved, "examples")
                ordinary = _examples(saved, "ordinary")
                with_meaning = WordingModel(
                    saved["meaning_words"].astype(np.float32),
                    float(saved["meaning_bias"]),
                    saved["meaning_vector"].astype(np.float32),
                    examples,
                    float(saved["near"]) if "near" in saved else 0.0,
                    ordinary,
                    float(saved["near_ordinary"]) if "near_ordinary" in saved else 0.0,
                )
        return cls(words, with_meaning, embed, (confirm[0], confirm[1]), skip)

    def save(self, path: Path) -> None:
        signs = sorted(set(self.confirm_scores[0]) | set(self.confirm_scores[1]))
        saved: dict[str, np.ndarray] = {
            "weights": self.words.weights.astype(np.float16),
            "bias": np.array(self.words.bias, dtype=np.float32),
            "confirm_signs": np.array(signs, dtype=str),
            "confirm": np.array(
                [[needed.get(key, 0.0) for key in signs] for needed in self.confirm_scores],
                dtype=np.float32,
            ).reshape(2, len(signs)),
            "skip": np.array(self.skip, dtype=np.float32),
        }
        meaning = self.with_meaning
        if meaning is not None and meaning.meaning is not None:
            saved["meaning_words"] = meaning.weights.astype(np.float16)
            saved["meaning_bias"] = np.array(meaning.bias, dtype=np.float32)
            saved["meaning_vector"] = meaning.meaning.astype(np.float32)
            if meaning.examples is not None:
                saved.update(_quantised("examples", meaning.examples))
                saved["near"] = np.array(meaning.near, dtype=np.float32)
            if meaning.ordinary is not None:
                saved.update(_quantised("ordinary", meaning.ordinary))
                saved["near_ordinary"] = np.array(meaning.near_ordinary, dtype=np.float32)
        np.savez_compressed(path, allow_pickle=False, **saved)

    def score(self, text: str, language: str = "en") -> float:
        """Return the highest score of the message's parts, from 0 (ordinary) to 1 (urgent)."""
        return self.reading(text, language)[0]

    def reading(self, text: str, language: str = "en", matched: bool = True) -> Reading:
        """Return the message's score and the score each shipped sign's match needs to count,
        both of the model that read it (words and meaning, or words alone: also when no sign
        `matched` and the words alone score it below `skip`)."""
        try:
            parts = features(text[:200_000], language) if isinstance(text, str) else []
        except Exception:  # noqa: BLE001 - a patient's question must never fail on this step
            parts = []
        model, vector, confirm = self.words, None, self.confirm_scores[0]
        if parts and not matched and self.skip > 0.0 and self.reads_meaning:
            words_alone = _probability(self.words.logit(parts, None))
            if words_alone < self.skip:
                return words_alone, confirm
        if parts and self.with_meaning is not None and self.embed is not None:
            try:
                vector = np.asarray(self.embed(clean_query(text)), dtype=np.float32)
                model, confirm = self.with_meaning, self.confirm_scores[1]
            except Exception:  # noqa: BLE001 - without the model, the words alone still count
                vector = None
        return _probability(model.logit(parts, vector) if parts else -np.inf), confirm

    def is_urgent(self, text: str, language: str = "en") -> bool:
        """Return True when the message scores at or above the threshold chosen in training."""
        return self.score(text, language) >= self.threshold


def _quantised(name: str, rows: np.ndarray) -> dict[str, np.ndarray]:
    """Example vectors as int8 with a scale a row: 11,133 of them fit in 4 MB, where float16
    took 8 (a similarity moves by about 0.001)."""
    scale = np.maximum(np.abs(rows).max(axis=1), 1e-12) / 127.0
    return {
        name: np.round(rows / scale[:, None]).astype(np.int8),
        f"{name}_scale": scale.astype(np.float32),
    }


def _examples(saved: Mapping[str, np.ndarray], name: str) -> np.ndarray | None:
    """The example vectors `_quantised` wrote (or, from an older file, float16 rows)."""
    if name not in saved:
        return None
    rows = saved[name].astype(np.float32)
    if f"{name}_scale" in saved:
        rows *= saved[f"{name}_scale"][:, None]
    return rows


def _probability(logit: float) -> float:
    """The score of a logit, from 0 to 1 (0 for a message with nothing to read)."""
    return 0.0 if logit == -np.inf else float(1.0 / (1.0 + np.exp(-logit)))


def sets_aside(key: str, score: float, confirm: Confirm) -> bool:
    """Return True when a match of this sign does not count on a message of this score: below
    the sign's confirming score (safety-net signs and signs staff added have none)."""
    return score < confirm.get(key, 0.0)


def counted_hits(
    text: str,
    language: str,
    hits: list[UrgentHit],
    wording: UrgentWording,
    reading: Reading | None = None,
) -> tuple[list[UrgentHit], list[UrgentHit]]:
    """Return the hits that show the urgent box (the classifier's own when no sign's match
    counts and it fires) and the sign matches set aside because it reads the message as
    ordinary; `reading` is the classifier's, when it has already read the message."""
    score, confirm = reading or wording.reading(text, language, matched=bool(hits))
    kept = [hit for hit in hits if not sets_aside(hit.key, score, confirm)]
    aside = [hit for hit in hits if sets_aside(hit.key, score, confirm)]
    if not kept and score >= wording.threshold:
        kept.append(wording_hit(text, language))
    return kept, aside


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
