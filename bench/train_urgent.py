"""Train the urgent-wording classifier and write patientfaq/engine/urgent_signs/wording.npz.

Learns from bench/_urgent_sets.training_rows(): every labelled urgent question the project
holds but a held-out blind set (the older set, both halves of the first, second and third blind
sets and the examples written for training, in every language) and, as ordinary examples, the
tuning halves of the lay, off-topic and demo questions; their test halves only measure how often
the box would show on everyday questions. Two models are fitted: one over a message's
words and its meaning (the multilingual model's vector, as the site computes it, and its
nearness to the urgent examples, whose vectors the file keeps) and one over its words alone,
for machines without that model and to skip the vector of a message no sign matched whose words
read as plainly ordinary: --skip-margin under the lowest out-of-fold words-alone score of an
urgent message without a match.

Each model has two thresholds, chosen on out-of-fold scores (5 folds; a question and its
translations always sit in the same fold): its own, and a lower one that a shipped sign's match
needs to count (signs in SAFETY_NET_SIGNS always count). Of the pairs that keep the recall of
both detectors together at or above --recall, the one with the fewest false alarms on the
urgent sets' ordinary questions is kept. Prints the out-of-fold figures per language, each
detector alone and together, and the trade-off.

    .venv/bin/python bench/train_urgent.py [--recall 0.995] [--skip-margin 1.0] [--dry-run]

The first run encodes the 11,000 questions with the multilingual model (about 35 minutes on a
busy two-core machine); their vectors are kept in the shared embedding cache, and a run with
them there takes about 5 minutes.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _urgent_sets import BLIND_LANGUAGES, everyday_rows, lexicon, training_rows  # noqa: E402

from patientfaq.engine.cache import EmbeddingCache, default_cache_dir, text_key  # noqa: E402
from patientfaq.engine.multilingual import shared_embedder  # noqa: E402
from patientfaq.engine.text import clean_query  # noqa: E402
from patientfaq.engine.urgent import DEFAULT_SIGNS  # noqa: E402
from patientfaq.engine.urgent_wording import (  # noqa: E402
    HASH_BITS,
    NEAREST,
    SAFETY_NET_SIGNS,
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
# The shipped signs whose matches the classifier must confirm, each with a threshold of its own.
GATED = [sign.key for sign in DEFAULT_SIGNS["en"] if sign.key not in SAFETY_NET_SIGNS]
# Lower thresholds tried for a shipped sign's match: these shares of the matched rows' logits.
CONFIRM_QUANTILES = np.linspace(0.0, 0.9, 46)
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
    d = np.zeros(dense.shape[1] if dense is not None else 0)
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


class Nearness:
    """Each row's nearness to the urgent rows, or the ordinary ones (label 0; NEAREST nearest),
    never to its own question or its translations, and only to the rows a model may learn
    from."""

    def __init__(
        self, rows: list[dict[str, Any]], dense: np.ndarray, y: np.ndarray, label: int = 1
    ) -> None:
        groups = np.unique([f"{r['set']}:{r['qid']}" for r in rows], return_inverse=True)[1]
        self.examples = np.flatnonzero(y == label)
        self.similarity = (dense @ dense[self.examples].T).astype(np.float32)
        self.similarity[groups[:, None] == groups[self.examples][None, :]] = -np.inf

    def column(self, allowed: np.ndarray) -> np.ndarray:
        """Return each row's nearness to the examples among `allowed` (a mask of all rows)."""
        similarity = np.where(allowed[self.examples][None, :], self.similarity, -np.inf)
        nearest = -np.partition(-similarity, NEAREST - 1, axis=1)[:, :NEAREST]
        return np.where(np.isfinite(nearest), nearest, 0.0).mean(axis=1)


def with_nearness(
    dense: np.ndarray, nears: list[np.ndarray], fitted: np.ndarray
) -> tuple[np.ndarray, list[tuple[float, float]]]:
    """Return the vectors with each nearness as one more column, standardised on the fitted
    rows, and the mean and spread each was standardised with."""
    columns, scales = [dense], []
    for near in nears:
        mean, spread = float(near[fitted].mean()), float(near[fitted].std()) or 1.0
        columns.append(((near - mean) / spread)[:, None])
        scales.append((mean, spread))
    return np.hstack(columns), scales


def out_of_fold(
    rows: list[dict[str, Any]],
    x: Sparse,
    dense: np.ndarray | None,
    y: np.ndarray,
    nearness: list[Nearness] | None = None,
) -> np.ndarray:
    """Return each row's logit from a model fitted on the other folds, scored as the site does."""
    folds = np.array([fold_of(r) for r in rows])
    logits = np.zeros(len(rows))
    for fold in range(FOLDS):
        fitted = np.flatnonzero(folds != fold)
        fold_dense = dense
        if dense is not None and nearness:
            nears = [near.column(folds != fold) for near in nearness]
            fold_dense = with_nearness(dense, nears, fitted)[0]
        w, d, b = fit(x, fold_dense, y, fitted)
        model = WordingModel(w, b, d)
        for i in np.flatnonzero(folds == fold):
            vector = fold_dense[i] if fold_dense is not None else None
            logits[i] = model.logit(features(rows[i]["text"], rows[i]["lang"]), vector)
    return logits


def highest(logits: np.ndarray, fixed: np.ndarray, y: np.ndarray, recall: float) -> float:
    """Return the highest threshold at which the rows already `fixed` as urgent, with those the
    classifier finds, keep the recall."""
    urgent = y == 1
    need = np.sort(logits[urgent & ~fixed])[::-1]
    allowed_misses = int(np.floor((1.0 - recall) * urgent.sum() + 1e-9))
    if allowed_misses >= len(need):
        return float("inf")
    return float(need[len(need) - 1 - allowed_misses])


def choose(
    logits: np.ndarray,
    net: np.ndarray,
    hits: np.ndarray,
    y: np.ndarray,
    ordinary: np.ndarray,
    recall: float,
) -> tuple[float, np.ndarray]:
    """Return the classifier's threshold and, per gated sign (a column of `hits`), the lower one
    its match needs: of those that keep the recall, the ones with the fewest false alarms on the
    `ordinary` rows, found a sign at a time (two passes), a lower one kept on a tie."""

    def tried(lows: np.ndarray) -> tuple[float, float]:
        listed = net | (hits & (logits[:, None] >= lows[None, :])).any(axis=1)
        high = highest(logits, listed, y, recall)
        return float((listed | (logits >= high))[ordinary].mean()), high

    lows = np.full(hits.shape[1], -np.inf)
    alarms, high = tried(lows)
    for _ in range(2):
        for sign in range(hits.shape[1]):
            if not hits[:, sign].any():
                continue
            for low in np.quantile(logits[hits[:, sign]], CONFIRM_QUANTILES):
                trial = lows.copy()
                trial[sign] = low
                trial_alarms, trial_high = tried(trial)
                if trial_alarms < alarms - 1e-12:
                    alarms, high, lows = trial_alarms, trial_high, trial
    return high, np.minimum(lows, high)


def fires_at(
    logits: np.ndarray, net: np.ndarray, hits: np.ndarray, chosen: tuple[float, np.ndarray]
) -> np.ndarray:
    high, lows = chosen
    return net | (hits & (logits[:, None] >= lows[None, :])).any(axis=1) | (logits >= high)


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
        "--recall", type=float, default=0.995, help="out-of-fold recall both detectors must keep"
    )
    parser.add_argument(
        "--without-nearness",
        action="store_true",
        help="leave out the nearness to the urgent and ordinary examples",
    )
    parser.add_argument(
        "--skip-margin",
        type=float,
        default=1.0,
        help="how far under the lowest urgent message without a match (words alone, logit) a "
        "message no sign matched is left unencoded; a negative value encodes every message",
    )
    parser.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    args = parser.parse_args()
    rows = training_rows()
    y = np.array([1.0 if r["urgent"] else 0.0 for r in rows])
    x = matrix(rows)
    dense = vectors(rows)
    net, hits = sign_matches(rows)
    langs = np.array([r["lang"] for r in rows])
    daily = np.array([r["set"] == "everyday" for r in rows])
    ordinary = (y == 0) & ~daily
    print(
        f"{len(rows)} training rows ({int(y.sum())} urgent, {int(daily.sum())} of them everyday "
        f"questions) in {len(set(langs))} languages"
    )
    test = everyday_rows("test")
    test_net, test_hits = sign_matches(test)
    test_dense = vectors(test)

    nearness = (
        [] if args.without_nearness else [Nearness(rows, dense, y, label) for label in (1, 0)]
    )
    oof = {
        "meaning": out_of_fold(rows, x, dense, y, nearness),
        "words": out_of_fold(rows, x, None, y),
    }
    final = {"meaning": final_meaning(rows, x, dense, y, nearness), "words": final_words(x, y)}
    print(
        "\ntrade-off, both detectors together: out-of-fold recall and false alarms on the urgent"
        " sets, boxes on everyday questions out of fold (tuning halves) and held out (test halves)"
    )
    for name, logits in oof.items():
        model = final[name]
        held = held_out_logits(model, test, test_dense if model.meaning is not None else None)
        print(f"  {name}")
        for point in CURVE:
            chosen = choose(logits, net, hits, y, ordinary, point)
            fires = fires_at(logits, net, hits, chosen)
            found, alarms = rates(fires[~daily], y[~daily])
            boxes = fires_at(held, test_net, test_hits, chosen).mean()
            print(
                f"    threshold {chosen[0]:+7.3f}, {int(np.isfinite(chosen[1]).sum())} signs "
                f"confirmed: recall "
                f"{found:.3f}, false alarms {alarms:.3f}, everyday boxes "
                f"{fires[daily].mean():.3f} (out of fold), {boxes:.3f} (held out)"
            )

    chosen = {n: choose(logits, net, hits, y, ordinary, args.recall) for n, logits in oof.items()}
    print(f"\nthresholds for out-of-fold recall >= {args.recall}, the classifier's and per sign:")
    for name, (high, lows) in chosen.items():
        per_sign = ", ".join(f"{k} {v:+.2f}" for k, v in zip(GATED, lows, strict=True))
        print(f"  {name} {high:+.3f}; {per_sign}")
    print("out of fold, per language: recall / false alarms on the urgent sets; everyday boxes")
    signs = net | hits.any(axis=1)
    columns = {
        "signs": signs,
        "classifier": oof["meaning"] >= chosen["meaning"][0],
        "either": fires_at(oof["meaning"], net, hits, chosen["meaning"]),
        "words only": oof["words"] >= chosen["words"][0],
        "either (words only)": fires_at(oof["words"], net, hits, chosen["words"]),
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

    skip = skipped_below(oof["words"], signs, y, args.skip_margin)
    held_words = held_out_logits(final["words"], test, None)
    print(
        f"\nencode skipped (no sign matched, words alone below {skip:+.3f}, "
        f"{args.skip_margin} under the lowest urgent message without a match), out of fold:"
    )
    cascade = either & (signs | (oof["words"] >= skip))
    for language in [*BLIND_LANGUAGES, "all"]:
        mask = np.ones(len(rows), bool) if language == "all" else langs == language
        skipped = ~signs & (oof["words"] < skip)
        found, alarms = rates(cascade[mask & ~daily], y[mask & ~daily])
        print(
            f"  {language:<6} recall {found:.3f}, false alarms {alarms:5.1%}; skipped: "
            f"{skipped[mask & ordinary].mean():5.1%} of ordinary, "
            f"{skipped[mask & daily].mean() if (mask & daily).any() else 0:5.1%} of everyday"
        )
    held_skipped = ~(test_net | test_hits.any(axis=1)) & (held_words < skip)
    print(f"  everyday test halves (held out): skipped {held_skipped.mean():.1%} of {len(test)}")

    models = {name: shifted(final[name], chosen[name][0]) for name in final}
    confirm = tuple(
        {
            sign: float(1.0 / (1.0 + np.exp(chosen[name][0] - low)))
            for sign, low in zip(GATED, chosen[name][1], strict=True)
        }
        for name in ("words", "meaning")
    )
    print(
        "a shipped sign's match counts from a score of (words only; words and meaning): "
        + ", ".join(f"{sign} {confirm[0][sign]:.3f}; {confirm[1][sign]:.3f}" for sign in GATED)
    )
    skip_score = float(1.0 / (1.0 + np.exp(chosen["words"][0] - skip)))
    print(f"a message no sign matched is not encoded below a words-alone score of {skip_score:.3f}")
    if not args.dry_run:
        wording = UrgentWording(
            models["words"], models["meaning"], confirm=confirm, skip=skip_score
        )
        wording.save(WORDING_FILE)
        print(f"wrote {WORDING_FILE} ({WORDING_FILE.stat().st_size // 1024} KiB)")
    return 0


def skipped_below(words: np.ndarray, signs: np.ndarray, y: np.ndarray, margin: float) -> float:
    """Return the words-alone logit below which a message no sign matched is not encoded:
    `margin` under the lowest out-of-fold logit of an urgent message without a match (-inf, never
    skipped, for a negative margin)."""
    unmatched = words[(y == 1) & ~signs]
    if margin < 0 or not unmatched.size:
        return float("-inf")
    return float(unmatched.min() - margin)


def sign_matches(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    """Return which rows a safety-net sign matches, and per gated sign (GATED) which it does."""
    keys = [lexicon(r) for r in rows]
    net = np.array([bool(k & SAFETY_NET_SIGNS) for k in keys])
    return net, np.array([[sign in k for sign in GATED] for k in keys]).reshape(len(rows), -1)


def final_meaning(
    rows: list[dict[str, Any]],
    x: Sparse,
    dense: np.ndarray,
    y: np.ndarray,
    nearness: list[Nearness],
) -> WordingModel:
    """Return the model over words and meaning fitted on every row, its nearness weights (to
    the urgent rows, then the ordinary ones) read against every example row's vector as the
    site reads it."""
    everything = np.arange(len(rows))
    if not nearness:
        w, d, b = fit(x, dense, y, everything)
        return WordingModel(w, b, d)
    nears = [near.column(np.ones(len(rows), bool)) for near in nearness]
    augmented, scales = with_nearness(dense, nears, everything)
    w, d, b = fit(x, augmented, y, everything)
    assert d is not None
    weights = [float(d[len(dense[0]) + i]) / spread for i, (_, spread) in enumerate(scales)]
    bias = b - sum(weight * mean for weight, (mean, _) in zip(weights, scales, strict=True))
    urgent, ordinary = (dense[near.examples].astype(np.float32) for near in nearness)
    return WordingModel(w, bias, d[: len(dense[0])], urgent, weights[0], ordinary, weights[1])


def final_words(x: Sparse, y: np.ndarray) -> WordingModel:
    w, _, b = fit(x, None, y, np.arange(len(y)))
    return WordingModel(w, b)


def shifted(model: WordingModel, threshold: float) -> WordingModel:
    """Return the model with its bias moved so that the threshold sits at a score of 0.5."""
    return replace(model, bias=model.bias - threshold)


if __name__ == "__main__":
    raise SystemExit(main())
