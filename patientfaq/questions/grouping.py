"""Grouping patients' wordings by meaning, for the inbox and the gaps report.

The clustering is a pure function of an embedding matrix. The embeddings come from the answer
engine's model through `patientfaq.answers.service.embed_texts`; when that is unavailable the
wordings are grouped by their normalised text instead, and callers say so.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from django.core.cache import cache

from .text import normalised

logger = logging.getLogger(__name__)

# Average cosine similarity (with the engine's model) at which wordings are grouped. Measured on
# hand-made pairs: paraphrases score 0.55-0.77, unrelated questions at most 0.46. The gaps
# report groups by topic (0.6); the inbox groups only near-duplicates (0.7), because a group
# there can be answered with one entry.
SAME_TOPIC = 0.6
SAME_QUESTION = 0.7
GROUPING_CACHE_SECONDS = 600


def cluster_by_meaning(
    vectors: np.ndarray, weights: Sequence[float] | None = None, threshold: float = SAME_TOPIC
) -> list[list[int]]:
    """Row indices grouped by average-linkage clustering on cosine similarity, biggest first.

    Rows must be L2-normalised. Two groups merge while the weighted average similarity between
    their members is at least `threshold`. Groups are ordered by total weight, then first row.
    """
    count = len(vectors)
    if count == 0:
        return []
    weight = np.ones(count) if weights is None else np.asarray(weights, dtype=float)
    similarity = np.asarray(vectors, dtype=float) @ np.asarray(vectors, dtype=float).T
    np.fill_diagonal(similarity, -np.inf)
    members: list[list[int] | None] = [[i] for i in range(count)]
    size = weight.copy()
    while True:
        flat = int(np.argmax(similarity))
        a, b = divmod(flat, count)
        if similarity[a, b] < threshold:
            break
        # Average linkage: the merged group's similarity to each other group is the
        # size-weighted mean of its two parts' similarities.
        merged = (size[a] * similarity[a] + size[b] * similarity[b]) / (size[a] + size[b])
        similarity[a, :] = merged
        similarity[:, a] = merged
        similarity[a, a] = -np.inf
        similarity[b, :] = -np.inf
        similarity[:, b] = -np.inf
        size[a] += size[b]
        members[a] = [*members[a], *members[b]]  # type: ignore[misc]
        members[b] = None
    groups = [sorted(group) for group in members if group is not None]
    groups.sort(key=lambda group: (-sum(weight[i] for i in group), group[0]))
    return groups


@dataclass
class Grouping:
    groups: list[list[int]]  # indices into the texts given, biggest group first
    by_meaning: bool  # False when grouped by identical wording only


def _embed(texts: list[str]) -> np.ndarray | None:
    try:
        from patientfaq.answers.service import embed_texts
    except (ImportError, AttributeError):
        return None
    try:
        vectors = np.asarray(embed_texts(texts), dtype=float)
    except Exception as error:
        logger.warning("Grouping by meaning is unavailable (%s).", type(error).__name__)
        return None
    if vectors.shape[0] != len(texts):
        return None
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


def group_texts(
    texts: Sequence[str],
    weights: Sequence[float] | None = None,
    threshold: float = SAME_TOPIC,
) -> Grouping:
    """Indices of `texts` grouped by meaning (or by identical wording as a fallback)."""
    weights = list(weights) if weights is not None else [1.0] * len(texts)
    # Identical wordings are one point, weighted by how often they came.
    distinct: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        distinct.setdefault(normalised(text) or text, []).append(index)
    keys = list(distinct)
    key_weights = [sum(weights[i] for i in distinct[k]) for k in keys]
    if not keys:
        return Grouping(groups=[], by_meaning=True)

    digest = hashlib.sha256("\n".join(keys).encode()).hexdigest()
    cache_key = f"questions:groups:{threshold}:{digest}"
    labels = cache.get(cache_key)
    by_meaning = True
    if labels is None:
        vectors = _embed([texts[distinct[k][0]] for k in keys])
        if vectors is None:
            by_meaning = False
            clusters = [[i] for i in range(len(keys))]
        else:
            clusters = cluster_by_meaning(vectors, key_weights, threshold)
            labels = [0] * len(keys)
            for label, cluster in enumerate(clusters):
                for i in cluster:
                    labels[i] = label
            cache.set(cache_key, labels, GROUPING_CACHE_SECONDS)
    else:
        by_group: dict[int, list[int]] = {}
        for i, label in enumerate(labels):
            by_group.setdefault(label, []).append(i)
        clusters = list(by_group.values())

    groups = [
        sorted(i for key_index in cluster for i in distinct[keys[key_index]])
        for cluster in clusters
    ]
    groups.sort(key=lambda group: (-sum(weights[i] for i in group), group[0]))
    return Grouping(groups=groups, by_meaning=by_meaning)
