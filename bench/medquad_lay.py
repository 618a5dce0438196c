"""Lay-language questions over all 16,423 MedQuAD entries.

    python bench/medquad_lay.py

The 69 queries in bench/data/lay_queries.jsonl were written for this bench in the way patients
write (some long and narrative) about neurological and autoimmune conditions; lay_qrels.txt
judges MedQuAD entries (see bench/lay_judgements.py). The engine's weights were tuned
(bench/tune.py) on the odd-numbered queries and MeQSum; the even-numbered ones are held out.
The 40 in lay_queries_fresh.jsonl were written later, in other words and mostly about other
conditions; no tuning or error analysis read their results (see bench/README.md for the one
choice that saw them).
Prints P@1 and MRR@10 for plain BM25, plain dense and the engine, on each half, on all 69 and on
the fresh 40.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    HERE,
    PlainBM25,
    as_run,
    bench_cache_dir,
    medquad_documents,
    read_jsonl,
)
from tune import lay_split  # noqa: E402

from patientfaq.engine import Engine, OnnxEmbedder  # noqa: E402
from patientfaq.engine.evaluate import format_metrics, measure, read_qrels  # noqa: E402
from patientfaq.engine.text import clean_query  # noqa: E402


def fresh_lay(name: str = "fresh") -> tuple[list[tuple[str, str]], dict[str, dict[str, int]]]:
    """(queries, qrels) of a set of fresh lay queries ("fresh", "fresh2"), which bench/tune.py
    never reads."""
    rows = read_jsonl(HERE / "data" / f"lay_queries_{name}.jsonl")
    queries = [(r["qid"], r["text"]) for r in rows]
    return queries, read_qrels(HERE / "data" / f"lay_qrels_{name}.txt")


def main() -> None:
    documents = medquad_documents()
    tuning_queries, held_out, qrels = lay_split()
    fresh, fresh_qrels = fresh_lay()
    fresh2, fresh2_qrels = fresh_lay("fresh2")
    qrels = {**qrels, **fresh_qrels, **fresh2_qrels}
    embedder = OnnxEmbedder()
    engine = Engine(embedder=embedder, cache_dir=bench_cache_dir())
    engine.index(documents)
    snapshot = engine._snapshot("en")
    assert snapshot is not None
    ids = [d.id for d in snapshot.documents]
    bm25 = PlainBM25(documents)

    def plain_dense(query: str) -> list[tuple[str, float]]:
        # The engine's "question + start of answer" vectors, used alone: plain cosine ranking.
        scores = snapshot.bodies @ embedder.encode_queries([clean_query(query)])[0]
        best = np.argsort(-scores)[:10]
        return [(ids[i], float(scores[i])) for i in best]

    systems = {
        "plain BM25": bm25.search,
        "plain dense (MiniLM)": plain_dense,
        "engine": lambda q: [(m.id, m.score) for m in engine.search(q).matches],
    }
    print(
        f"MedQuAD: {len(documents)} entries; lay queries: {len(tuning_queries)} tuning (odd), "
        f"{len(held_out)} held out (even); fresh, never tuned: {len(fresh)} and {len(fresh2)}"
    )
    for part, queries in (
        ("held out", held_out),
        ("tuning", tuning_queries),
        ("all", tuning_queries + held_out),
        ("fresh, never tuned", fresh),
        ("fresh2, never tuned nor seen", fresh2),
    ):
        print(f"-- {part} ({len(queries)} queries)")
        for name, search in systems.items():
            run = as_run({qid: search(text) for qid, text in queries})
            figures = measure({qid: qrels[qid] for qid, _ in queries}, run)
            print(format_metrics(name, {k: figures[k] for k in ("P@1", "MRR@10")}))


if __name__ == "__main__":
    main()
