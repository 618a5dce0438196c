"""Per-query latency over all 16,423 MedQuAD entries, query encoding included, beside plain BM25.

    python bench/latency.py [--rounds N]

Queries: the 69 lay questions and the first 100 MeQSum consumer questions (long, messy pastes),
each asked N times (default 3) after a warm-up. Times engine.search() end to end: cleaning,
query encoding, BM25, dense scoring, fusion and snippets for the top 10.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import HERE, PlainBM25, bench_cache_dir, medquad_documents, read_jsonl  # noqa: E402
from _data import data_file  # noqa: E402

from patientfaq.engine import Engine, OnnxEmbedder  # noqa: E402
from patientfaq.engine.evaluate import percentiles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    documents = medquad_documents()
    lay = [r["text"] for r in read_jsonl(HERE / "data" / "lay_queries.jsonl")]
    pasted = [r["chq"] for r in read_jsonl(data_file("meqsum_dev.jsonl"))[:100]]
    engine = Engine(embedder=OnnxEmbedder(), cache_dir=bench_cache_dir())
    engine.index(documents)
    bm25 = PlainBM25(documents)
    for query in lay[:5]:
        engine.search(query)
        bm25.search(query)
    print(f"MedQuAD entries {len(engine)}; {args.rounds} rounds")
    for name, queries in (("lay questions", lay), ("MeQSum pastes", pasted), ("all", lay + pasted)):
        timings: dict[str, list[float]] = {"plain BM25": [], "engine": []}
        for _ in range(args.rounds):
            for query in queries:
                for system, search in (("plain BM25", bm25.search), ("engine", engine.search)):
                    started = time.perf_counter()
                    search(query)
                    timings[system].append((time.perf_counter() - started) * 1000)
        for system, values in timings.items():
            p50, p95 = percentiles(values)
            print(
                f"{name:<14} {system:<11} n={len(values):<4} p50 {p50:6.2f} ms  p95 {p95:6.2f} ms"
            )


if __name__ == "__main__":
    main()
