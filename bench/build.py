"""Index build time for all 16,423 MedQuAD entries, cold and with the embedding cache warm.

    python bench/build.py [--cache-dir DIR]

Without --cache-dir the cold build uses a fresh temporary cache, so it encodes everything.
Prints wall time for the cold build, the warm build (a restart) and the process's peak resident
memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import medquad_documents  # noqa: E402

from patientfaq.engine import Engine, OnnxEmbedder  # noqa: E402


def build(documents: list, cache_dir: Path, embedder: OnnxEmbedder) -> float:
    started = time.perf_counter()
    engine = Engine(embedder=embedder, cache_dir=cache_dir)
    engine.index(documents)
    engine.search("warm up")  # the per-language index is built on first use
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
        cold = build(documents, cache_dir, embedder)
        print(f"entries {len(documents)}  model {embedder.name}")
        print(f"cold build (encode everything): {cold:.1f} s")
        warm = build(documents, cache_dir, embedder)
        print(f"warm build (embedding cache hit, as on restart): {warm:.1f} s")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
