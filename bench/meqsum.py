"""MeQSum paraphrase bench: index the 493 expert summaries as FAQ questions, ask each long
consumer question (chq), and see whether its own summary comes first.

    python bench/meqsum.py

Prints P@1 and MRR@10 for plain BM25, plain dense (MiniLM cosine) and the engine, side by side.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PlainBM25, PlainDense, as_run, bench_cache_dir, read_jsonl  # noqa: E402
from _data import data_file  # noqa: E402

from patientfaq.engine import Document, Engine, OnnxEmbedder  # noqa: E402
from patientfaq.engine.evaluate import format_metrics, measure  # noqa: E402


def meqsum() -> tuple[list[Document], list[tuple[str, str]], dict[str, dict[str, int]]]:
    """Documents (summaries), queries (chq) and qrels (each chq's own summary)."""
    rows = read_jsonl(data_file("meqsum_dev.jsonl"))
    documents = [Document(id=f"s{i}", question=r["summary"], answer="") for i, r in enumerate(rows)]
    queries = [(f"q{i}", r["chq"]) for i, r in enumerate(rows)]
    qrels = {f"q{i}": {f"s{i}": 2} for i in range(len(rows))}
    return documents, queries, qrels


def main() -> None:
    documents, queries, qrels = meqsum()
    embedder = OnnxEmbedder()
    systems = {
        "plain BM25": PlainBM25(documents).search,
        "plain dense (MiniLM)": PlainDense(embedder, documents).search,
    }
    engine = Engine(embedder=embedder, cache_dir=bench_cache_dir())
    engine.index(documents)
    systems["engine"] = lambda q, limit=10: [(m.id, m.score) for m in engine.search(q).matches]
    print(f"MeQSum dev: {len(documents)} summaries indexed, {len(queries)} consumer questions")
    print(
        "note: the engine's weights were tuned (bench/tune.py) on these same 493 questions and "
        "the odd-numbered lay queries; this is not a held-out figure"
    )
    for name, search in systems.items():
        run = as_run({qid: search(text) for qid, text in queries})
        figures = measure(qrels, run)
        print(format_metrics(name, {k: figures[k] for k in ("P@1", "MRR@10")}))


if __name__ == "__main__":
    main()
