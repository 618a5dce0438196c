"""Pieces the bench scripts share: loading MedQuAD and the plain baselines."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import bm25s
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _data import data_file  # noqa: E402

from patientfaq.engine import Document  # noqa: E402
from patientfaq.engine.cache import default_cache_dir  # noqa: E402
from patientfaq.engine.embedding import Embedder  # noqa: E402
from patientfaq.engine.text import clean_query, stems  # noqa: E402

HERE = Path(__file__).resolve().parent


def bench_cache_dir() -> Path:
    """The embedding cache the bench scripts share (after the first run they encode nothing)."""
    return default_cache_dir()


def medquad_documents() -> list[Document]:
    """All 16,423 MedQuAD pairs as engine documents."""
    return [
        Document(id=row["id"], question=row["question"], answer=row["answer"])
        for row in read_jsonl(data_file("medquad.jsonl"))
    ]


def demo_documents() -> list[Document]:
    """The demo organisation's English and Spanish entries, with ids "en:<slug>"."""
    from patientfaq.demo.files import read_content

    out = []
    for language in ("en", "es"):
        for entry in read_content(language)["entries"]:
            out.append(
                Document(
                    id=f"{language}:{entry['slug']}",
                    question=str(entry["question"]),
                    answer=clean_query(str(entry["answer"]).replace("<", " <")),
                    also_asked=tuple(str(a) for a in entry.get("also_asked", ())),  # type: ignore[attr-defined]
                    short_answer=str(entry.get("short_answer", "")),
                    language=language,
                    category=str(entry.get("category", "")),
                )
            )
    return out


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


class PlainBM25:
    """The baseline: bm25s with Snowball stems over question and answer, no tricks."""

    def __init__(self, documents: list[Document]) -> None:
        self.ids = [d.id for d in documents]
        self.model = bm25s.BM25()
        self.model.index(
            [stems(f"{d.question} {d.answer}") for d in documents], show_progress=False
        )
        self.vocabulary = set(self.model.vocab_dict)

    def search(self, query: str, limit: int = 10) -> list[tuple[str, float]]:
        tokens = [t for t in dict.fromkeys(stems(clean_query(query))) if t in self.vocabulary]
        if not tokens:
            return []
        scores = self.model.get_scores(tokens)
        best = np.argsort(-scores, kind="stable")[:limit]
        return [(self.ids[i], float(scores[i])) for i in best]


class PlainDense:
    """The baseline: cosine between the query and question + answer start, one vector each."""

    def __init__(self, embedder: Embedder, documents: list[Document]) -> None:
        self.embedder = embedder
        self.ids = [d.id for d in documents]
        self.matrix = embedder.encode_documents(
            [f"{d.question} {d.answer}".strip() for d in documents]
        )

    def search(self, query: str, limit: int = 10) -> list[tuple[str, float]]:
        scores = self.matrix @ self.embedder.encode_queries([clean_query(query)])[0]
        best = np.argsort(-scores, kind="stable")[:limit]
        return [(self.ids[i], float(scores[i])) for i in best]


def as_run(results: dict[str, list[tuple[str, float]]]) -> dict[str, dict[str, float]]:
    """Ranked lists as an ir-measures run whose scores keep our order."""
    return {
        qid: {doc: float(len(ranked) - r) for r, (doc, _) in enumerate(ranked)}
        for qid, ranked in results.items()
    }
