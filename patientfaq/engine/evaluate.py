"""Run the answer engine over a labelled corpus and print ranking quality and latency.

    python -m patientfaq.engine.evaluate --corpus FILE --queries FILE [--qrels FILE] --out FILE

corpus: JSON lines with at least id, question and answer (also_asked, short_answer, language and
category are used when present; other fields are ignored). queries: JSON lines {"qid", "text"}.
qrels: TREC lines "qid 0 docid grade" (grade 2 or more = answers the question). The output has
one JSON line per query: {"qid", "results": [{"id", "score"}], "answered", "urgent"}.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from .cache import default_cache_dir
from .engine import Engine
from .records import Answer, Document
from .urgent import default_detector
from .urgent_wording import counted_hits, default_wording

# Grade 2 and above means "answers the question" in our qrels; grade 1 is only related.
MEASURES = ("P(rel=2)@1", "RR(rel=2)@10", "nDCG@10", "R(rel=2)@10")
MEASURE_LABELS = {
    "P(rel=2)@1": "P@1",
    "RR(rel=2)@10": "MRR@10",
    "nDCG@10": "nDCG@10",
    "R(rel=2)@10": "Recall@10",
}


def read_jsonl(path: Path) -> list[dict[str, object]]:
    """The JSON objects of a JSON-lines file, skipping blank lines."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def read_corpus(path: Path) -> list[Document]:
    """Documents from a corpus JSON-lines file."""
    documents = []
    for row in read_jsonl(path):
        raw = row.get("also_asked") or ()
        also_asked = (raw,) if isinstance(raw, str) else raw if isinstance(raw, list) else ()
        documents.append(
            Document(
                id=str(row["id"]),
                question=str(row.get("question") or ""),
                answer=str(row.get("answer") or ""),
                also_asked=tuple(str(a) for a in also_asked),
                short_answer=str(row.get("short_answer") or ""),
                language=str(row.get("language") or "en"),
                category=str(row.get("category") or ""),
            )
        )
    return documents


def read_queries(path: Path) -> list[tuple[str, str]]:
    """(qid, text) pairs from a queries JSON-lines file."""
    return [(str(row["qid"]), str(row.get("text") or "")) for row in read_jsonl(path)]


def read_qrels(path: Path) -> dict[str, dict[str, int]]:
    """Judgements from a TREC qrels file: qid -> docid -> grade."""
    qrels: dict[str, dict[str, int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 4:
            qid, _, docid, grade = parts
            qrels.setdefault(qid, {})[docid] = int(grade)
    return qrels


def measure(qrels: dict[str, dict[str, int]], run: dict[str, dict[str, float]]) -> dict[str, float]:
    """P@1, MRR@10, nDCG@10 and Recall@10 of a run, computed by ir-measures."""
    import ir_measures

    judged = {qid: docs for qid, docs in run.items() if qid in qrels}
    # Queries with no result still count, as zeros.
    for qid in qrels:
        judged.setdefault(qid, {})
    parsed = [ir_measures.parse_measure(m) for m in MEASURES]
    scores = ir_measures.calc_aggregate(parsed, qrels, judged)
    return {
        MEASURE_LABELS[m]: float(scores.get(p, 0.0)) for m, p in zip(MEASURES, parsed, strict=True)
    }


def run_queries(
    engine: Engine, queries: Sequence[tuple[str, str]], limit: int = 10
) -> tuple[dict[str, Answer], list[float]]:
    """Each query's answer, and each query's time in milliseconds.

    As on the site, urgent signs are checked first (the sign lists, then the wording classifier),
    and their time counts too.
    """
    detector = default_detector("en")
    wording = default_wording()
    answers: dict[str, Answer] = {}
    timings: list[float] = []
    for qid, text in queries:
        started = time.perf_counter()
        urgent = bool(counted_hits(text, "en", detector.find(text), wording)[0])
        answers[qid] = replace(engine.search(text, limit=limit), urgent=urgent)
        timings.append((time.perf_counter() - started) * 1000)
    return answers, timings


def as_run(answers: dict[str, Answer]) -> dict[str, dict[str, float]]:
    """Answers as an ir-measures run; scores made strictly decreasing so ties keep our order."""
    run: dict[str, dict[str, float]] = {}
    for qid, answer in answers.items():
        count = len(answer.matches)
        run[qid] = {m.id: float(count - rank) for rank, m in enumerate(answer.matches)}
    return run


def format_metrics(name: str, figures: dict[str, float]) -> str:
    """One line of figures."""
    cells = "  ".join(f"{label} {value:.3f}" for label, value in figures.items())
    return f"{name:<24} {cells}"


def percentiles(timings: Iterable[float]) -> tuple[float, float]:
    """p50 and p95 of timings."""
    values = np.asarray(list(timings), dtype=np.float64)
    if not values.size:
        return 0.0, 0.0
    return float(np.percentile(values, 50)), float(np.percentile(values, 95))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m patientfaq.engine.evaluate",
        description=(
            "Run the answer engine over a corpus and queries; write ranked results and, "
            "given qrels, print P@1, MRR@10, nDCG@10 and Recall@10 (grade >= 2 is relevant), "
            "plus latency p50/p95. Needs no Django and no database."
        ),
    )
    parser.add_argument(
        "--corpus", type=Path, required=True, help="JSON lines: id, question, answer"
    )
    parser.add_argument("--queries", type=Path, required=True, help="JSON lines: qid, text")
    parser.add_argument("--qrels", type=Path, help="TREC qrels: qid 0 docid grade")
    parser.add_argument("--out", type=Path, required=True, help="where to write the JSON-lines run")
    parser.add_argument("--limit", type=int, default=10, help="results per query (default 10)")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        help="embedding cache, shared by runs on any corpus (default $PATIENTFAQ_CACHE_DIR "
        "or ~/.cache/patientfaq); a second run over the same corpus encodes nothing",
    )
    args = parser.parse_args(argv)

    for path in (args.corpus, args.queries, args.qrels):
        if path is not None and not path.is_file():
            parser.error(f"{path} does not exist")

    started = time.perf_counter()
    documents = read_corpus(args.corpus)
    queries = read_queries(args.queries)
    engine = Engine(cache_dir=args.cache_dir or default_cache_dir())
    engine.index(documents)
    engine.search("warm up")  # builds the index and loads the model before timing queries
    print(
        f"indexed {len(engine)} entries in {time.perf_counter() - started:.1f} s", file=sys.stderr
    )

    answers, timings = run_queries(engine, queries, limit=args.limit)
    with args.out.open("w", encoding="utf-8") as out:
        for qid, _ in queries:
            answer = answers[qid]
            row = {
                "qid": qid,
                "results": [{"id": m.id, "score": m.score} for m in answer.matches],
                "answered": answer.answered,
                "urgent": answer.urgent,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")

    print(f"queries {len(queries)}")
    if args.qrels is not None:
        figures = measure(read_qrels(args.qrels), as_run(answers))
        for label, value in figures.items():
            print(f"{label} {value:.3f}")
    p50, p95 = percentiles(timings)
    print(f"latency_ms p50 {p50:.2f} p95 {p95:.2f}")
    answered = sum(a.answered for a in answers.values())
    print(f"answered {answered}/{len(queries)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
