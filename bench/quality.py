"""How well the engine answers questions it was not tuned on: every set's test half, with its
tuning half beside it, against plain BM25 and plain MiniLM in the same run.

    python bench/quality.py            # test halves and tuning halves
    python bench/quality.py --latency  # also per-query latency against plain BM25
    python bench/quality.py --tuning-only  # while changing the engine: never the test halves

For each half: P@1 and MRR@10 (an entry that answers the question, grade 2), recall@50 of the
first stage's candidates (the reranker can only choose among them), the share of answerable
questions the engine calls answered, and the share shown "these may help" or answered; for the
off-topic questions and the demo questions the demo does not cover, the share refused (neither
answered nor offered). RQE test: accuracy of the reranker's pair scores at telling the FAQ
questions that answer a consumer question from those that do not.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PlainBM25, as_run, bench_cache_dir, read_jsonl  # noqa: E402
from _data import data_file  # noqa: E402
from sets import (  # noqa: E402
    DEMO_LAY,
    HELD_BACK,
    MEDQUAD_LAY,
    OFFTOPIC,
    REPORTED,
    QuestionSet,
    corpus_documents,
    demo_lay,
    in_use,
    medquad_lay,
    meqsum,
    offtopic,
    tuning_halves,
)

from patientfaq.engine import Document, Engine, OnnxEmbedder  # noqa: E402
from patientfaq.engine.evaluate import measure, percentiles  # noqa: E402
from patientfaq.engine.text import clean_query  # noqa: E402


class PlainMiniLM:
    """The engine's "question + start of answer" vectors alone: plain cosine ranking."""

    def __init__(self, engine: Engine) -> None:
        snapshot = engine._snapshot("en")
        assert snapshot is not None
        self.engine = engine
        self.ids = [d.id for d in snapshot.documents]
        self.bodies = snapshot.bodies

    def search(self, query: str, limit: int = 10) -> list[tuple[str, float]]:
        vector = self.engine.embedder.encode_queries([clean_query(query)])[0]
        scores = self.bodies @ vector
        best = np.argsort(-scores)[:limit]
        return [(self.ids[i], float(scores[i])) for i in best]


def ranked(systems: dict, half: QuestionSet) -> dict[str, dict[str, list]]:
    """Each system's ranked (id, score) lists for the half's questions."""
    return {
        name: {qid: search(text) for qid, text in half.queries} for name, search in systems.items()
    }


def candidates(engine: Engine, text: str) -> list[str]:
    """The ids the engine's second stage chooses among (its first 50 without one)."""
    if engine.second_stage is None:
        return [m.id for m in engine.search(text, limit=50).matches]
    ids, _, _ = engine.candidate_features(text, engine.second_stage.intent)
    return ids


def figures(half: QuestionSet, engine: Engine, systems: dict) -> list[str]:
    """Lines of figures for one half."""
    lines = []
    answerable = half.answerable
    others = [q for q in half.queries if q not in answerable]
    if answerable:
        qrels = {qid: half.qrels[qid] for qid, _ in answerable}
        for name, search in systems.items():
            run = as_run({qid: search(text) for qid, text in answerable})
            found = measure(qrels, run)
            lines.append(f"  {name:<22} P@1 {found['P@1']:.3f}  MRR@10 {found['MRR@10']:.3f}")
        answers = {qid: engine.search(text) for qid, text in answerable}
        recall = []
        for qid, text in answerable:
            good = {d for d, g in half.qrels[qid].items() if g >= 2}
            recall.append(bool(good & set(candidates(engine, text))))
        answered = np.mean([a.answered for a in answers.values()])
        offered = np.mean([a.answered or a.suggested for a in answers.values()])
        right = [
            a.answered and a.matches[0].id in {d for d, g in half.qrels[q].items() if g >= 2}
            for q, a in answers.items()
        ]
        precision = sum(right) / max(1, sum(a.answered for a in answers.values()))
        lines.append(
            f"  engine decisions       answered {answered:.3f}  answered or 'may help' "
            f"{offered:.3f}  first entry right when answered {precision:.3f}  "
            f"candidate recall {np.mean(recall):.3f}   ({len(answerable)} questions)"
        )
    if others:
        answers = [engine.search(text) for _, text in others]
        refused = np.mean([not a.answered for a in answers])
        nothing = np.mean([not (a.answered or a.suggested) for a in answers])
        lines.append(
            f"  engine decisions       refused {refused:.3f}  nothing offered {nothing:.3f}"
            f"   ({len(others)} questions nothing answers)"
        )
    return lines


def report(
    corpus: str,
    sets: list[QuestionSet],
    embedder: OnnxEmbedder,
    latency: bool,
    halves: tuple[str, ...] = ("test", "tune"),
    tuning_only: frozenset[str] = frozenset(),
) -> None:
    """Each set's halves (only the tuning half of the sets named in tuning_only)."""
    documents = corpus_documents(corpus)
    engine = Engine(embedder=embedder, cache_dir=bench_cache_dir())
    engine.index(documents)
    engine.search("warm up")
    first_stage = Engine(embedder=embedder, cache_dir=bench_cache_dir())
    first_stage.second_stage = None
    first_stage.index(documents)
    bm25 = PlainBM25(documents)
    systems = {
        "plain BM25": bm25.search,
        "plain MiniLM": PlainMiniLM(engine).search,
        "engine, first stage": lambda q: [(m.id, m.score) for m in first_stage.search(q).matches],
        "engine": lambda q: [(m.id, m.score) for m in engine.search(q).matches],
    }
    print(f"== {corpus}: {len(documents)} entries")
    for question_set in sets:
        for which in ("tune",) if question_set.name in tuning_only else halves:
            half = question_set.half(which)
            print(f"-- {half.name} ({len(half.queries)} questions)")
            for line in figures(half, engine, systems):
                print(line)
    if latency:
        texts = [text for s in sets for _, text in s.queries]
        timings = {"plain BM25": [], "engine": []}
        for text in texts:
            for name, search in (("plain BM25", bm25.search), ("engine", engine.search)):
                started = time.perf_counter()
                search(text)
                timings[name].append((time.perf_counter() - started) * 1000)
        base = percentiles(timings["plain BM25"])
        for name, values in timings.items():
            p50, p95 = percentiles(values)
            print(
                f"latency {name:<12} p50 {p50:.1f} ms  p95 {p95:.1f} ms  "
                f"({p95 / base[1]:.1f}x plain BM25's p95; {len(values)} questions)"
            )


def rqe(embedder: OnnxEmbedder) -> None:
    """RQE test: does the reranker score the pairs that entail above those that do not?"""
    rows = read_jsonl(data_file("rqe_test.jsonl"))
    labels, scores, dense = [], [], []
    for row in rows:
        engine = Engine(embedder=embedder, cache_dir=bench_cache_dir())
        engine.index([Document(id="faq", question=row["faq"], answer="")])
        answer = engine.search(row["chq"], limit=1)
        labels.append(bool(row["label"]))
        scores.append(answer.confidence)
        vectors = embedder.encode_queries([clean_query(row["chq"]), row["faq"]])
        dense.append(float(vectors[0] @ vectors[1]))
    labels_array = np.array(labels)
    for name, values in (("plain MiniLM cosine", dense), ("engine's decision", scores)):
        values_array = np.array(values)
        best = max(((values_array >= t) == labels_array).mean() for t in np.unique(values_array))
        order = np.argsort(values_array)
        ranks = np.empty(len(values_array))
        ranks[order] = np.arange(1, len(values_array) + 1)
        positive = labels_array.sum()
        auc = (ranks[labels_array].sum() - positive * (positive + 1) / 2) / (
            positive * (len(labels_array) - positive)
        )
        print(f"  {name:<22} AUC {auc:.3f}  best accuracy {best:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", action="store_true", help="also time questions")
    parser.add_argument("--skip-rqe", action="store_true")
    parser.add_argument(
        "--tuning-only", action="store_true", help="tuning halves only, and no RQE test pairs"
    )
    parser.add_argument(
        "--held-back",
        action="store_true",
        help="only the sets kept blind for one report (sets.HELD_BACK), both halves",
    )
    args = parser.parse_args()
    halves = ("tune",) if args.tuning_only else ("test", "tune")

    def chosen(table: dict[str, object]) -> list[str]:
        if args.held_back:
            return [name for name in table if name in HELD_BACK]
        return [*in_use(table), *tuning_halves(table)]

    # Without --held-back, the reported held-back sets show their tuning halves only.
    tuning_only = frozenset() if args.held_back else REPORTED

    embedder = OnnxEmbedder()
    lay_sets = [medquad_lay(name) for name in chosen(MEDQUAD_LAY)]
    offtopic_names = chosen(OFFTOPIC)
    offtopic_sets = [offtopic(name=name) for name in offtopic_names]
    report("medquad", [*lay_sets, *offtopic_sets], embedder, args.latency, halves, tuning_only)
    if not args.held_back:
        report("meqsum", [meqsum()], embedder, False, halves)
    demo_sets = [demo_lay(name) for name in chosen(DEMO_LAY)]
    demo_offtopic = [offtopic("demo", name) for name in offtopic_names]
    report("demo", [*demo_sets, *demo_offtopic], embedder, False, halves, tuning_only)
    if not (args.skip_rqe or args.tuning_only or args.held_back):
        print(f"== RQE test ({len(read_jsonl(data_file('rqe_test.jsonl')))} pairs)")
        rqe(embedder)


if __name__ == "__main__":
    main()
