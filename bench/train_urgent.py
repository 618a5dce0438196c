"""Train the urgent-wording classifier and write patientfaq/engine/urgent_signs/wording.npz.

Learns from bench/_urgent_sets.training_rows(): every labelled urgent question the project
holds (the older set and both halves of the first blind set, in every language) and, as
ordinary examples, the tuning halves of the lay, off-topic and demo questions; their test halves
only measure how often the box would show on everyday questions, and the second blind set
(urgent_blind2) is never read. Two models are fitted: one over a message's words and
its meaning (the multilingual model's vector, as the site computes it) and one over its words
alone, for machines without that model. Each threshold is chosen on out-of-fold scores (5
folds; a question and its translations always sit in the same fold) as the one with the fewest
false alarms of both detectors together that keeps their recall at or above --recall. Prints
the out-of-fold figures per language, each detector alone and together, and the trade-off.

    .venv/bin/python bench/train_urgent.py [--recall 0.99] [--dry-run]

The first run encodes the 4,669 questions with the multilingual model (about 15 minutes on a
busy two-core machine); their vectors are kept in the shared embedding cache.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _urgent_sets import BLIND_LANGUAGES, everyday_rows, lexicon, training_rows  # noqa: E402

from patientfaq.engine.cache import EmbeddingCache, default_cache_dir, text_key  # noqa: E402
from patientfaq.engine.multilingual import DIMENSIONS, shared_embedder  # noqa: E402
from patientfaq.engine.text import clean_query  # noqa: E402
from patientfaq.engine.urgent_wording import (  # noqa: E402
    HASH_BITS,
    WORDING_FILE,
    UrgentWording,
    WordingModel,
    features,
    message_features,
)

FOLDS = 5
L2 = 1e-5
STEPS = 400
URGENT_WEIGHT = 2.0
# Points of the trade-off printed: the false-alarm rate at each out-of-fold recall.
CURVE = (1.0, 0.995, 0.99, 0.98, 0.97, 0.95, 0.90)

Sparse = tuple[np.ndarray, np.ndarray, np.ndarray]


def matrix(rows: list[dict[str, Any]]) -> Sparse:
    """Return the rows' word features as (row of each value, column, value)."""
    row_of, cols, vals = [], [], []
    for i, row in enumerate(rows):
        for index, value in message_features(row["text"], row["lang"]).items():
            row_of.append(i)
            cols.append(index)
            vals.append(value)
    return np.array(row_of), np.array(cols), np.array(vals, dtype=np.float64)


def vectors(rows: list[dict[str, Any]]) -> np.ndarray:
    """Return each row's question vector as the site computes it, from the embedding cache."""
    embedder = shared_embedder()
    cache = EmbeddingCache(default_cache_dir(), embedder.name)
    texts = [clean_query(row["text"]) for row in rows]
    keys = [text_key(f"query: {text}") for text in texts]
    found = cache.get_many(keys)
    missing = sorted({text for text, key in zip(texts, keys, strict=True) if key not in found})
    for start in range(0, len(missing), 64):
        chunk = missing[start : start + 64]
        encoded = embedder.encode_queries(chunk)
        fresh = {text_key(f"query: {t}"): encoded[i] for i, t in enumerate(chunk)}
        cache.put_many(fresh.items())
        found.update(fresh)
        print(f"  encoded {start + len(chunk)} of {len(missing)} questions", flush=True)
    return np.stack([found[key] for key in keys]).astype(np.float64)


def fit(
    x: Sparse, dense: np.ndarray | None, y: np.ndarray, rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray | None, float]:
    """Return word weights, meaning weights (None without dense) and bias of an L2 logistic
    regression on the chosen rows (Adam steps)."""
    row_of, cols, vals = x
    keep = np.isin(row_of, rows)
    row_of, cols, vals = row_of[keep], cols[keep], vals[keep]
    n = len(y)
    sample = np.zeros(n)
    sample[rows] = np.where(y[rows] == 1, URGENT_WEIGHT, 1.0)
    sample /= sample.sum()
    w = np.zeros(1 << HASH_BITS)
    d = np.zeros(DIMENSIONS if dense is not None else 0)
    b = 0.0
    params = [w, d]
    moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    m_b = v_b = 0.0
    rate, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for step in range(1, STEPS + 1):
        z = np.bincount(row_of, weights=w[cols] * vals, minlength=n) + b
        if dense is not None:
            z += dense @ d
        p = 1.0 / (1.0 + np.exp(-z))
        error = (p - y) * sample
        grads = [np.bincount(cols, weights=error[row_of] * vals, minlength=len(w)) + L2 * w]
        grads.append(dense.T @ error + L2 * d if dense is not None else d)
        grad_b = float(error.sum())
        correction = np.sqrt(1 - beta2**step) / (1 - beta1**step)
        for param, grad, (m, v) in zip(params, grads, moments, strict=True):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad**2
            param -= rate * correction * m / (np.sqrt(v) + eps)
        m_b = beta1 * m_b + (1 - beta1) * grad_b
        v_b = beta2 * v_b + (1 - beta2) * grad_b**2
        b -= rate * correction * m_b / (np.sqrt(v_b) + eps)
    return w, (d if dense is not None else None), b


def fold_of(row: dict[str, Any]) -> int:
    # Translations share a qid, so a question never helps to score its own translation.
    return zlib.crc32(f"{row['set']}:{row['qid']}".encode()) % FOLDS


def out_of_fold(
    rows: list[dict[str, Any]], x: Sparse, dense: np.ndarray | None, y: np.ndarray
) -> np.ndarray:
    """Return each row's logit from a model fitted on the other folds, scored as the site does."""
    folds = np.array([fold_of(r) for r in rows])
    logits = np.zeros(len(rows))
    for fold in range(FOLDS):
        w, d, b = fit(x, dense, y, np.flatnonzero(folds != fold))
        model = WordingModel(w, b, d)
        for i in np.flatnonzero(folds == fold):
            vector = dense[i] if dense is not None else None
            logits[i] = model.logit(features(rows[i]["text"], rows[i]["lang"]), vector)
    return logits


def choose(logits: np.ndarray, signs: np.ndarray, y: np.ndarray, recall: float) -> float:
    """Return the highest threshold at which both detectors together keep the recall."""
    urgent = y == 1
    need = np.sort(logits[urgent & ~signs])[::-1]
    # Recall of both together at threshold t: lexicon hits plus those among `need` >= t.
    allowed_misses = int(np.floor((1.0 - recall) * urgent.sum() + 1e-9))
    if allowed_misses >= len(need):
        return float("inf")
    return float(need[len(need) - 1 - allowed_misses])


def rates(fires: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    return float(fires[y == 1].mean()), float(fires[y == 0].mean())


def held_out_logits(
    model: WordingModel, rows: list[dict[str, Any]], dense: np.ndarray | None
) -> np.ndarray:
    return np.array(
        [
            model.logit(features(r["text"], r["lang"]), dense[i] if dense is not None else None)
            for i, r in enumerate(rows)
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--recall", type=float, default=0.99, help="out-of-fold recall both detectors must keep"
    )
    parser.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    args = parser.parse_args()
    rows = training_rows()
    y = np.array([1.0 if r["urgent"] else 0.0 for r in rows])
    x = matrix(rows)
    dense = vectors(rows)
    signs = np.array([bool(lexicon(r)) for r in rows])
    langs = np.array([r["lang"] for r in rows])
    daily = np.array([r["set"] == "everyday" for r in rows])
    print(
        f"{len(rows)} training rows ({int(y.sum())} urgent, {int(daily.sum())} of them everyday "
        f"questions) in {len(set(langs))} languages"
    )
    test = everyday_rows("test")
    test_signs = np.array([bool(lexicon(r)) for r in test])
    test_dense = vectors(test)

    oof = {"meaning": out_of_fold(rows, x, dense, y), "words": out_of_fold(rows, x, None, y)}
    final = {
        "meaning": fit(x, dense, y, np.arange(len(rows))),
        "words": fit(x, None, y, np.arange(len(rows))),
    }
    print(
        "\ntrade-off, both detectors together: out-of-fold recall and false alarms on the urgent"
        " sets, boxes on everyday questions out of fold (tuning halves) and held out (test halves)"
    )
    for name, logits in oof.items():
        w, d, b = final[name]
        held = held_out_logits(WordingModel(w, b, d), test, test_dense if d is not None else None)
        print(f"  {name}")
        for point in CURVE:
            t = choose(logits, signs, y, point)
            fires = signs | (logits >= t)
            found, alarms = rates(fires[~daily], y[~daily])
            print(
                f"    threshold {t:+7.3f}: recall {found:.3f}, false alarms {alarms:.3f}, "
                f"everyday boxes {fires[daily].mean():.3f} (out of fold), "
                f"{(test_signs | (held >= t)).mean():.3f} (held out)"
            )

    thresholds = {name: choose(logits, signs, y, args.recall) for name, logits in oof.items()}
    print(
        f"\nthresholds for out-of-fold recall >= {args.recall}: "
        + ", ".join(f"{name} {t:+.3f}" for name, t in thresholds.items())
    )
    print("out of fold, per language: recall / false alarms on the urgent sets; everyday boxes")
    columns = {
        "signs": signs,
        "classifier": oof["meaning"] >= thresholds["meaning"],
        "either": signs | (oof["meaning"] >= thresholds["meaning"]),
        "words only": oof["words"] >= thresholds["words"],
        "either (words only)": signs | (oof["words"] >= thresholds["words"]),
    }
    print(f"  {'':<6}" + "".join(f"{name:>21}" for name in columns) + "   everyday (either)")
    for language in [*BLIND_LANGUAGES, "all"]:
        mask = np.ones(len(rows), bool) if language == "all" else langs == language
        cells = []
        for fires in columns.values():
            found, alarms = rates(fires[mask & ~daily], y[mask & ~daily])
            cells.append(f"{found:.3f} / {alarms:5.1%}")
        boxes = columns["either"][mask & daily]
        tail = f"   {boxes.mean():5.1%} of {boxes.size}" if boxes.size else ""
        print(f"  {language:<6}" + "".join(f"{cell:>21}" for cell in cells) + tail)
    either = columns["either"]
    missed = [row for row, fired in zip(rows, either, strict=True) if row["urgent"] and not fired]
    for row in missed[:40]:
        print(f"    MISS  [{row['lang']} {row['sign']}] {row['text'][:100]}")

    w, d, b = final["meaning"]
    with_meaning = WordingModel(w, b - thresholds["meaning"], d)
    w, _, b = final["words"]
    words = WordingModel(w, b - thresholds["words"])
    if not args.dry_run:
        UrgentWording(words, with_meaning).save(WORDING_FILE)
        print(f"wrote {WORDING_FILE} ({WORDING_FILE.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
