"""The answer engine: plain Python, no Django. Documents in, ranked answers out."""

from .embedding import BgeSmallEmbedder, Embedder, FakeEmbedder, OnnxEmbedder
from .engine import ANSWERED_THRESHOLD, Engine, Tuning
from .records import Answer, Document, Match

__all__ = [
    "ANSWERED_THRESHOLD",
    "Answer",
    "BgeSmallEmbedder",
    "Document",
    "Embedder",
    "Engine",
    "FakeEmbedder",
    "Match",
    "OnnxEmbedder",
    "Tuning",
]
