"""Per-query latency over all 16,423 MedQuAD entries, query encoding included, beside plain BM25.

    python bench/latency.py [--rounds N] [--threads N]

Queries: the 69 lay questions and the first 100 MeQSum consumer questions (long, messy
pastes), each asked N times (default 3) after a warm-up. Times engine.search() end to end:
cleaning, query encoding, BM25, dense scoring, fusion, the reranker and the decision, and
snippets for the top 10. Beside it, in turn on each query: plain BM25, and the same engine
without its second stage. Prints wall-clock p50/p95, the ratio of each p95 to plain BM25's, and
the mean CPU time per query (summed over threads), which depends less on what else the machine
is doing.
"""

from __future__ import annotations

import argparse
import os
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
    parser.add_argument("--threads", type=int, default=None, help="onnxruntime threads")
    args = parser.parse_args()
    documents = medquad_documents()
    lay = [r["text"] for r in read_jsonl(HERE / "data" / "lay_queries.jsonl")]
    pasted = [r["chq"] for r in read_jsonl(data_file("meqsum_dev.jsonl"))[:100]]
    embedder = OnnxEmbedder(threads=args.threads)
    engine = Engine(embedder=embedder, cache_dir=bench_cache_dir())
    engine.index(documents)
    first_stage = Engine(embedder=embedder, cache_dir=bench_cache_dir())
    first_stage.second_stage = None
    first_stage.index(documents)
    systems = {
        "plain BM25": PlainBM25(documents).search,
        "first stage": first_stage.search,
        "engine": engine.search,
    }
    for query in lay[:5]:
        for search in systems.values():
            search(query)
    # Other work on a shared machine shows up in these figures; the load average says how much.
    print(
        f"MedQuAD entries {len(engine)}; {args.rounds} rounds; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    for name, queries in (("lay questions", lay), ("MeQSum pastes", pasted), ("all", lay + pasted)):
        timings: dict[str, list[float]] = {system: [] for system in systems}
        cpu: dict[str, float] = dict.fromkeys(systems, 0.0)
        for _ in range(args.rounds):
            for query in queries:
                for system, search in systems.items():
                    started, cpu_started = time.perf_counter(), time.process_time()
                    search(query)
                    timings[system].append((time.perf_counter() - started) * 1000)
                    cpu[system] += time.process_time() - cpu_started
        baseline = percentiles(timings["plain BM25"])[1]
        for system, values in timings.items():
            p50, p95 = percentiles(values)
            print(
                f"{name:<14} {system:<12} n={len(values):<4} p50 {p50:6.2f} ms  p95 {p95:6.2f} ms "
                f"({p95 / baseline:4.1f}x BM25)  "
                f"CPU {cpu[system] / len(values) * 1000:6.2f} ms/query (all threads)"
            )
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
