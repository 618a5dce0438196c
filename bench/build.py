"""Index build time for all 16,423 MedQuAD entries, cold and with the embedding cache warm.

    python bench/build.py [--cache-dir DIR]

Without --cache-dir the cold build uses a fresh temporary cache, so it encodes everything.
Prints wall time for the cold build, the warm build (a restart), the time from publishing one
entry to its first search (over 300 entries and over all of them), and the process's peak
resident memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import medquad_documents  # noqa: E402

from patientfaq.engine import Document, Engine, OnnxEmbedder  # noqa: E402


def build(documents: list[Document], cache_dir: Path, embedder: OnnxEmbedder) -> Engine:
    engine = Engine(embedder=embedder, cache_dir=cache_dir)
    engine.index(documents)
    engine.search("warm up")  # the per-language index is built on first use
    return engine


def publish(engine: Engine, number: int) -> float:
    """Seconds from upserting a new entry to the end of the first search that finds it."""
    started = time.perf_counter()
    engine.upsert(
        Document(
            id=f"new-{number}",
            question=f"What is the new entry number {number}?",
            answer="A freshly published entry, encoded and indexed on the spot.",
        )
    )
    found = engine.search(f"new entry number {number}").matches[0].id == f"new-{number}"
    assert found, "the new entry was not found"
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--cache-dir", type=Path, help="embedding cache to build into (default: fresh)"
    )
    args = parser.parse_args()
    documents = medquad_documents()
    embedder = OnnxEmbedder()
    with tempfile.TemporaryDirectory() as scratch:
        cache_dir = args.cache_dir or Path(scratch)
        started, cpu = time.perf_counter(), time.process_time()
        build(documents, cache_dir, embedder)
        print(f"entries {len(documents)}  model {embedder.name}")
        # CPU seconds beside wall seconds show how much other work on the machine slowed it.
        print(
            f"cold build (encode everything): {time.perf_counter() - started:.1f} s wall, "
            f"{time.process_time() - cpu:.1f} s CPU, load average {os.getloadavg()[0]:.1f}"
        )
        started = time.perf_counter()
        engine = build(documents, cache_dir, embedder)
        warm = time.perf_counter() - started
        print(f"warm build (embedding cache hit, as on restart): {warm:.1f} s")
        small = build(documents[:300], cache_dir, embedder)
        print(f"publish one entry -> found by search, 300 entries: {publish(small, 1):.2f} s")
        seconds = publish(engine, 2)
        print(f"publish one entry -> found by search, {len(engine)} entries: {seconds:.2f} s")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
