"""An on-disk store of document embeddings, so a restart encodes nothing it encoded before."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np


def default_cache_dir() -> Path:
    """$PATIENTFAQ_CACHE_DIR, else ~/.cache/patientfaq."""
    configured = os.environ.get("PATIENTFAQ_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "patientfaq"


@lru_cache(maxsize=8)
def model_digest(path: Path) -> str:
    """A short SHA-256 of a model file, read once per process: caches of vectors and of built
    models are named by it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def text_key(text: str) -> str:
    """The cache key of a text: its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Vectors by text hash, one SQLite file per model; SQLite lets several processes share it."""

    def __init__(self, directory: Path, model_name: str) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        safe_name = re.sub(r"[^A-Za-z0-9_.-]", "_", model_name)
        self.path = directory / f"embeddings-{safe_name}.sqlite3"
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        with self._lock, self._db:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS embedding (key TEXT PRIMARY KEY, vector BLOB NOT NULL)"
            )

    def get_many(self, keys: Iterable[str]) -> dict[str, np.ndarray]:
        """The cached vectors among these keys."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT key, vector FROM embedding WHERE key IN ({marks})", chunk
                )
                for key, blob in rows:
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, items: Iterable[tuple[str, np.ndarray]]) -> None:
        """Store vectors under their keys."""
        rows = [(key, np.asarray(v, dtype=np.float32).tobytes()) for key, v in items]
        with self._lock, self._db:
            self._db.executemany("INSERT OR REPLACE INTO embedding VALUES (?, ?)", rows)

    def close(self) -> None:
        """Close the database file."""
        with self._lock:
            self._db.close()
