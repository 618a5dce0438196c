"""Calibrate the engine's "answered" threshold on labelled questions.

    python bench/calibrate.py

The decision is "does the first match answer the question?", so a question counts as positive
when its first match is judged to answer it (grade 2) and negative otherwise. Two sources:
- MeQSum dev: each consumer question asked with its own summary in the index (usually a
  positive) and again with its own summary removed (always a negative: nothing answers it);
- the lay MedQuAD queries: asked over all entries, and again with every entry about the
  query's condition removed (a negative).
Prints the threshold on the top score that maximises the mean of the two sources' accuracies,
with precision and recall around it; the chosen figure is written into
patientfaq/engine/engine.py by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import bench_cache_dir, medquad_documents  # noqa: E402
from meqsum import meqsum  # noqa: E402
from tune import lay_split  # noqa: E402

from patientfaq.engine import Engine, OnnxEmbedder  # noqa: E402
from patientfaq.engine.text import clean_query, stems  # noqa: E402


def top_scores(
    engine: Engine, queries: list[tuple[str, str]], qrels: dict[str, dict[str, int]]
) -> tuple[list[float], list[bool], list[float], list[bool]]:
    """Top score and correctness with everything indexed, then with the judged entries gone."""
    snapshot = engine._snapshot("en")
    assert snapshot is not None
    ids = np.array([d.id for d in snapshot.documents])
    full_scores, full_right, held_scores, held_right = [], [], [], []
    for qid, text in queries:
        text = clean_query(text)
        query_stems = stems(text)
        evidence = engine._evidence(
            snapshot, text, query_stems, engine._expansion(snapshot, text, query_stems, "en")
        )
        scores = engine.tuning.combine(evidence)
        best = int(scores.argmax())
        full_scores.append(float(scores[best]))
        full_right.append(qrels[qid].get(str(ids[best]), 0) >= 2)
        # Dropping the judged entries' rows is what removing them from the index does, except
        # for BM25's document statistics, which a few entries out of thousands barely move.
        keep = np.array([qrels[qid].get(str(i), 0) == 0 for i in ids])
        kept = engine.tuning.combine(evidence.keep(keep))
        held_scores.append(float(kept.max()))
        held_right.append(False)
    return full_scores, full_right, held_scores, held_right


def main() -> None:
    embedder = OnnxEmbedder()
    documents, mq_queries, mq_qrels = meqsum()
    mq_engine = Engine(embedder=embedder, cache_dir=bench_cache_dir())
    mq_engine.index(documents)
    tuning_q, held_q, lay_qrels = lay_split()
    lay_engine = Engine(embedder=embedder, cache_dir=bench_cache_dir())
    lay_engine.index(medquad_documents())

    sources: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for name, engine, queries, qrels in (
        ("MeQSum", mq_engine, mq_queries, mq_qrels),
        ("lay MedQuAD", lay_engine, tuning_q + held_q, lay_qrels),
    ):
        a, b, c, d = top_scores(engine, queries, qrels)
        print(
            f"{name}: {len(queries)} questions; top score when answerable median "
            f"{np.median(a):.3f} (first match right {np.mean(b):.3f}); with the answer removed "
            f"median {np.median(c):.3f}"
        )
        sources[name] = (np.array(a + c), np.array(b + d))

    def accuracy(threshold: float) -> dict[str, float]:
        return {
            name: float(np.mean((values >= threshold) == truth))
            for name, (values, truth) in sources.items()
        }

    # Each source counts equally: MeQSum has seven times more questions, but the lay set is
    # the kind of question the site gets.
    candidates = np.round(np.arange(0.40, 0.80, 0.005), 3)
    best = max(candidates, key=lambda t: np.mean(list(accuracy(t).values())))
    print(f"decisions: {sum(len(v) for v, _ in sources.values())}")
    for threshold in (best - 0.05, best - 0.025, best, best + 0.025, best + 0.05):
        values = np.concatenate([v for v, _ in sources.values()])
        truth = np.concatenate([t for _, t in sources.values()])
        said = values >= threshold
        per_source = ", ".join(f"{n} {a:.3f}" for n, a in accuracy(threshold).items())
        marker = "  <- chosen" if threshold == best else ""
        print(
            f"threshold {threshold:.3f}: accuracy {per_source}; pooled precision "
            f"{np.mean(truth[said]):.3f}, recall {np.mean(said[truth]):.3f}{marker}"
        )


if __name__ == "__main__":
    main()
