"""The second stage: read the question against each candidate entry, then decide.

The first stage (engine.py) scores every entry with fused BM25 and dense similarities. The
reranker takes its best candidates, the entries that share a subject with them and the
entries whose subject the patient names (misspelt or not), describes each (question, entry)
pair with a few plain figures (below) and scores it with a linear model. The decision model
then reads the best pair's figures and gives the probability that the first entry answers the
question. Both models are trained by bench/train.py on the tuning halves of the labelled sets
only, and kept in trained/ as small JSON files a reviewer can read.

The figures (one row per candidate), each scale-free so that one model serves a charity's
40 entries and 16,000 alike:
    fused           the first stage's score
    title, body     dense similarity of the question to the entry's question (best of its
                    "also asked" rows) and to its question read with the start of its answer
    lexical         BM25 over the whole entry, scaled by the best BM25 score of the query
    title_lexical   BM25 over entries' questions only, scaled likewise
    expanded        BM25 over the clinical names of the patient's lay words (HPO), scaled
    coverage        1 when the question holds every word of one of the entry's questions
    kind            how likely the patient asks for this entry's kind of answer (intent.py,
                    reading the clauses that ask when a story also asks something)
    kind_share      kind, as a share of the likeliest kind among the entries on its subject
    information     1 for a general "what is it" entry
    information_asked  1 for a general entry when the question is a story that asks nothing
    kind_words      1 when the entry's question names a kind the patient's lay words ask for
                    ("what can be done" -> treatment), as the first stage's kind bonus reads
    kind_said       1 when the clauses that ask use the frame words of the entry's kind ("is it
                    inherited", "what causes it")
    information_said  1 for a general entry when those clauses name some kind: the general
                    "What is X" entry is then seldom the one asked for
    subject_fused   the best first-stage score among the entries on the same subject
    subject_title, subject_body  the best title and body similarities among the candidates on
                    the same subject
    subject_lexical the best scaled BM25 among the entries on the same subject
    name            the share of the subject's name (letter triples, weighed by rarity) found
                    in the question: "mysthenia gravis" still names myasthenia gravis
    long_*          lexical, body, name, fused, title and kind again, for long pasted messages
                    only (they behave differently there: incidental words abound)
    title_bge       similarity of the question to the entry's question (best of its rows) by a
                    second encoder, bge-small-en-v1.5: other training, other mistakes
    symptom_lexical BM25 of the question's words and of its lay words' clinical names (HPO)
                    over the symptom passages of the entry's subject (the answers of its
                    "What are the symptoms of X?" and "What is X?" entries, which describe
                    the signs; one document a subject), scaled
    symptom_dense   the best dense similarity of the question to one of those passages (each
                    a window of an answer short enough for the model to read whole)
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

FEATURES = (
    "fused",
    "title",
    "body",
    "lexical",
    "title_lexical",
    "expanded",
    "coverage",
    "kind",
    "kind_share",
    "information",
    "information_asked",
    "kind_words",
    "kind_said",
    "information_said",
    "subject_fused",
    "subject_title",
    "subject_body",
    "subject_lexical",
    "name",
    "long_lexical",
    "long_body",
    "long_name",
    "long_fused",
    "long_title",
    "long_kind",
    "title_bge",
    "symptom_lexical",
    "symptom_dense",
)

# What the decision model reads about the first and second candidates.
DECISION_FEATURES = (
    "score",
    "margin",
    "title",
    "body",
    "name",
    "coverage",
    "kind",
    "long",
)

TRAINED = Path(__file__).resolve().parent / "trained"


def decision_features(first: np.ndarray, score: float, runner_up: float, long: bool) -> np.ndarray:
    """DECISION_FEATURES of the best candidate, from its FEATURES row and the two best scores."""
    column = dict(zip(FEATURES, first, strict=True))
    values = {"score": score, "margin": score - runner_up, "long": float(long)}
    return np.array([values.get(name, column.get(name, 0.0)) for name in DECISION_FEATURES])


@dataclass(frozen=True)
class LinearModel:
    """weights . standardised(features) + bias, with the names of the features it reads."""

    features: tuple[str, ...]
    weights: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    bias: float = 0.0
    # For the decision: "answered" at or above threshold, "these may help" at or above suggest.
    threshold: float = 0.5
    suggest: float = 0.5
    # The embedding model whose similarities the model was trained on (a prefix of its name).
    embedder: str = ""
    about: str = ""

    def score(self, rows: np.ndarray) -> np.ndarray:
        """One raw score per row of features (columns in self.features order)."""
        scores: np.ndarray = ((rows - self.mean) / self.scale) @ self.weights + self.bias
        return scores

    def score_named(self, rows: np.ndarray, names: tuple[str, ...]) -> np.ndarray:
        """score() of rows whose columns are the features in names, of which the model reads
        its own: a reranker fitted without some of FEATURES (bench/train.py --drop, or trained
        before a feature was added) scores the engine's full rows."""
        return self.score(rows[:, [names.index(name) for name in self.features]])

    def probability(self, rows: np.ndarray) -> np.ndarray:
        """The logistic of the score: for the decision model, the chance of "answers it"."""
        probabilities: np.ndarray = 1.0 / (1.0 + np.exp(-self.score(rows)))
        return probabilities

    def to_json(self) -> dict[str, object]:
        """What save() writes."""
        return {
            "about": self.about,
            "features": list(self.features),
            "weights": [round(float(w), 6) for w in self.weights],
            "mean": [round(float(m), 6) for m in self.mean],
            "scale": [round(float(s), 6) for s in self.scale],
            "bias": round(self.bias, 6),
            "threshold": round(self.threshold, 6),
            "suggest": round(self.suggest, 6),
            "embedder": self.embedder,
        }

    def save(self, path: Path) -> None:
        """Write the model as readable JSON."""
        path.write_text(json.dumps(self.to_json(), indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        """Read a model saved by save()."""
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            features=tuple(data["features"]),
            weights=np.asarray(data["weights"], dtype=np.float64),
            mean=np.asarray(data["mean"], dtype=np.float64),
            scale=np.asarray(data["scale"], dtype=np.float64),
            bias=float(data.get("bias", 0.0)),
            threshold=float(data.get("threshold", 0.5)),
            suggest=float(data.get("suggest", data.get("threshold", 0.5))),
            embedder=str(data.get("embedder", "")),
            about=str(data.get("about", "")),
        )


@lru_cache(maxsize=4)
def trained_model(name: str) -> LinearModel | None:
    """A model from trained/ ("reranker", "decision"), or None when it was never trained."""
    path = TRAINED / f"{name}.json"
    return LinearModel.load(path) if path.is_file() else None


# -- names, letter by letter ----------------------------------------------------------------


def letter_triples(text: str) -> set[str]:
    """The letter triples of each word, with the word's edges marked: "ms" -> {" ms", "ms "}."""
    triples: set[str] = set()
    for word in text.split():
        padded = f" {word} "
        triples.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return triples


@dataclass(frozen=True)
class NameIndex:
    """Subjects' names by letter triple, weighed by how rare each triple is among names."""

    postings: dict[str, np.ndarray]  # triple -> subjects whose name holds it
    weight: dict[str, float]  # triple -> rarity
    totals: np.ndarray  # per subject: sum of its triples' weights

    @classmethod
    def build(cls, names: list[str]) -> NameIndex:
        """Index one name per subject."""
        holders: dict[str, list[int]] = {}
        each = [letter_triples(name) for name in names]
        for position, triples in enumerate(each):
            for triple in triples:
                holders.setdefault(triple, []).append(position)
        count = max(len(names), 1)
        weight = {t: math.log1p(count / len(s)) for t, s in holders.items()}
        totals = np.array([sum(weight[t] for t in triples) for triples in each])
        return cls(
            postings={t: np.array(s, dtype=np.intp) for t, s in holders.items()},
            weight=weight,
            totals=np.maximum(totals, 1e-9),
        )

    def shares(self, text: str) -> np.ndarray:
        """Per subject, the weighed share of its name's triples found in the text."""
        found = np.zeros(len(self.totals))
        for triple in letter_triples(text):
            subjects = self.postings.get(triple)
            if subjects is not None:
                found[subjects] += self.weight[triple]
        shares: np.ndarray = found / self.totals
        return shares
