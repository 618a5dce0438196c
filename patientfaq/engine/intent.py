"""What kind of answer a patient's question asks for, read from its embedding.

"is there anything that stops the jerks" asks for treatment, "will she get back to normal" for
the outlook, "did she get it from me" about inheritance, without the editors' words. A softmax
over the query's sentence embedding (the vector the engine computes anyway), trained by
bench/train.py on consumer questions labelled by the kind of the question that answers them
(MeQSum's expert summaries, RQE's FAQ questions, and the lay sets' tuning halves), all read with
questions.question_kind. Its output is one probability per kind in questions.KINDS.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .questions import KINDS

PATH = Path(__file__).resolve().parent / "trained" / "intent.json"


@dataclass(frozen=True)
class IntentModel:
    """Softmax(vector . weights + bias) over KINDS."""

    weights: np.ndarray  # (dimensions, kinds)
    bias: np.ndarray  # (kinds,)
    about: str = ""

    def probabilities(self, vector: np.ndarray) -> np.ndarray:
        """One probability per kind in KINDS, for one query vector."""
        logits = vector @ self.weights + self.bias
        logits = logits - logits.max()
        odds = np.exp(logits)
        probabilities: np.ndarray = odds / odds.sum()
        return probabilities

    def save(self, path: Path) -> None:
        """Write the model as JSON."""
        data = {
            "about": self.about,
            "kinds": list(KINDS),
            "bias": [round(float(b), 5) for b in self.bias],
            "weights": [[round(float(w), 5) for w in row] for row in self.weights],
        }
        path.write_text(json.dumps(data) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> IntentModel:
        """Read a model written by save(); its kinds must be KINDS, in that order."""
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["kinds"]) != KINDS:
            raise ValueError(f"{path}: trained for other kinds than questions.KINDS; retrain it")
        return cls(
            weights=np.asarray(data["weights"], dtype=np.float32),
            bias=np.asarray(data["bias"], dtype=np.float32),
            about=str(data.get("about", "")),
        )


@lru_cache(maxsize=1)
def trained_intent() -> IntentModel | None:
    """The packaged intent model, or None before bench/train.py first wrote it."""
    return IntentModel.load(PATH) if PATH.is_file() else None
