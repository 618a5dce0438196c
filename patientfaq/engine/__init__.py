"""The answer engine: plain Python, no Django. Documents in, ranked answers out."""

from .embedding import Embedder, FakeEmbedder, OnnxEmbedder
from .engine import ANSWERED_THRESHOLD, Engine, Tuning
from .records import Answer, Document, Match

__all__ = [
    "ANSWERED_THRESHOLD",
    "Answer",
    "Document",
    "Embedder",
    "Engine",
    "FakeEmbedder",
    "Match",
    "OnnxEmbedder",
    "Tuning",
]
