"""Train the urgent-wording classifier and write patientfaq/engine/urgent_signs/wording.npz.

Learns only from bench/_urgent_sets.training_rows(): the older urgent set and the blind set's
tuning half, in every language; never the blind test half. The threshold is chosen on
out-of-fold scores (5 folds; a question and its translations always sit in the same fold), as
the lowest that keeps the false alarms of both detectors together at or under --alarms on the
ordinary tuning questions. Prints the out-of-fold figures it chose by.

    .venv/bin/python bench/train_urgent.py [--alarms 0.015] [--dry-run]
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

from _urgent_sets import lexicon, training_rows  # noqa: E402

from patientfaq.engine.urgent_wording import (  # noqa: E402
    HASH_BITS,
    WORDING_FILE,
    UrgentWording,
    message_features,
)

FOLDS = 5
L2 = 1e-5
STEPS = 400
URGENT_WEIGHT = 2.0


def matrix(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the rows' features as (row of each value, column, value)."""
    row_of, cols, vals = [], [], []
    for i, row in enumerate(rows):
        for index, value in message_features(row["text"], row["lang"]).items():
            row_of.append(i)
            cols.append(index)
            vals.append(value)
    return np.array(row_of), np.array(cols), np.array(vals, dtype=np.float64)


def fit(
    x: tuple[np.ndarray, np.ndarray, np.ndarray], y: np.ndarray, rows: np.ndarray
) -> tuple[np.ndarray, float]:
    """Return weights and bias of an L2 logistic regression on the chosen rows (Adam steps)."""
    row_of, cols, vals = x
    keep = np.isin(row_of, rows)
    row_of, cols, vals = row_of[keep], cols[keep], vals[keep]
    n = len(y)
    sample = np.zeros(n)
    sample[rows] = np.where(y[rows] == 1, URGENT_WEIGHT, 1.0)
    sample /= sample.sum()
    w = np.zeros(1 << HASH_BITS)
    b = 0.0
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    rate, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for step in range(1, STEPS + 1):
        z = np.bincount(row_of, weights=w[cols] * vals, minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-z))
        error = (p - y) * sample
        grad_w = np.bincount(cols, weights=error[row_of] * vals, minlength=len(w)) + L2 * w
        grad_b = float(error.sum())
        m_w = beta1 * m_w + (1 - beta1) * grad_w
        v_w = beta2 * v_w + (1 - beta2) * grad_w**2
        m_b = beta1 * m_b + (1 - beta1) * grad_b
        v_b = beta2 * v_b + (1 - beta2) * grad_b**2
        correction = np.sqrt(1 - beta2**step) / (1 - beta1**step)
        w -= rate * correction * m_w / (np.sqrt(v_w) + eps)
        b -= rate * correction * m_b / (np.sqrt(v_b) + eps)
    return w, b


def fold_of(row: dict[str, Any]) -> int:
    # Translations share a qid, so a question never helps to score its own translation.
    return zlib.crc32(f"{row['set']}:{row['qid']}".encode()) % FOLDS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alarms", type=float, default=0.015, help="false-alarm ceiling")
    parser.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    args = parser.parse_args()
    rows = training_rows()
    y = np.array([1.0 if r["urgent"] else 0.0 for r in rows])
    x = matrix(rows)
    signs = np.array([bool(lexicon(r)) for r in rows])
    folds = np.array([fold_of(r) for r in rows])
    languages = len({r["lang"] for r in rows})
    print(f"{len(rows)} training rows ({int(y.sum())} urgent) in {languages} languages")

    oof = np.zeros(len(rows))
    for fold in range(FOLDS):
        w, b = fit(x, y, np.flatnonzero(folds != fold))
        held = np.flatnonzero(folds == fold)
        model = UrgentWording(w, b, 0.5)
        oof[held] = [model.score(rows[i]["text"], rows[i]["lang"]) for i in held]

    ordinary = y == 0
    threshold = 1.0
    for candidate in np.unique(oof)[::-1]:
        fires = signs | (oof >= candidate)
        if fires[ordinary].mean() > args.alarms:
            break
        threshold = float(candidate)
    for name, fires in [
        ("lexicon alone", signs),
        ("wording alone", oof >= threshold),
        ("either", signs | (oof >= threshold)),
    ]:
        recall = fires[~ordinary].mean()
        alarms = fires[ordinary].mean()
        print(f"out of fold, {name:<14} recall {recall:.3f}  false alarms {alarms:.3f}")
    either = signs | (oof >= threshold)
    missed = [row for row, fired in zip(rows, either, strict=True) if row["urgent"] and not fired]
    for row in missed[:30]:
        print(f"    MISS  [{row['lang']} {row['sign']}] {row['text'][:100]}")

    w, b = fit(x, y, np.arange(len(rows)))
    print(f"threshold {threshold:.3f}")
    if not args.dry_run:
        UrgentWording(w, b, threshold).save(WORDING_FILE)
        print(f"wrote {WORDING_FILE} ({WORDING_FILE.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
