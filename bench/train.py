"""Train the engine's second stage on every older labelled set, and write it to engine/trained/.

    python bench/train.py             # 5-fold cross-validated figures, then the models
    python bench/train.py --folds 0   # the models only

Three models, each trained on what the one before it gives:
1. intent.json: what kind of answer a consumer question asks for, a softmax over its sentence
   embedding. Examples: MeQSum dev (each long message labelled by the kind of its expert
   summary), RQE's training pairs that entail (labelled by the FAQ question's kind) and the lay
   sets (labelled by their intent).
2. reranker.json: a linear model over the candidates' features (engine/rerank.py), fitted on
   pairs (an entry that answers the question against one that does not, and an entry on the
   right subject against one on another) from the lay sets over MedQuAD, MeQSum over its
   summaries and the demo questions over the demo entries.
3. decision.json: the probability that the first entry answers the question, from the best
   candidate's figures; fitted on the same questions (answerable ones) against the off-topic
   questions (asked of MedQuAD and of the demo) and the demo questions the demo does not cover.
   Its threshold is the point where the share of lay questions answered equals the share of the
   others refused; "these may help" is shown down to the point where nine in ten of those
   others are still refused outright.

Since 2026-12-03 the older sets' test halves are training data too (they had been looked at
three times): every older set is read whole, and the figures that choose between changes are
out of fold. Each question falls in one of --folds folds by a hash of its id (fixed, so every
run deals the same folds); all three models are fitted on the other folds and the question is
ranked and decided by them. The sets held back for the one report (sets.HELD_BACK) are never
read, except the tuning halves of those in sets.REPORTED. The second and third blind sets have
been reported and are read whole since 2026-12-04.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import bench_cache_dir, read_jsonl  # noqa: E402
from _data import data_file  # noqa: E402
from sets import (  # noqa: E402
    DEMO_LAY,
    MEDQUAD_LAY,
    OFFTOPIC,
    QuestionSet,
    corpus_documents,
    demo_lay,
    in_use,
    medquad_lay,
    meqsum,
    offtopic,
    tuning_halves,
)

from patientfaq.engine import BgeSmallEmbedder, Engine, OnnxEmbedder  # noqa: E402
from patientfaq.engine.cache import EmbeddingCache, text_key  # noqa: E402
from patientfaq.engine.intent import PATH as INTENT_PATH  # noqa: E402
from patientfaq.engine.intent import IntentModel  # noqa: E402
from patientfaq.engine.questions import KINDS, question_kind  # noqa: E402
from patientfaq.engine.rerank import (  # noqa: E402
    DECISION_FEATURES,
    FEATURES,
    TRAINED,
    LinearModel,
    decision_features,
)

EMBEDDER_PREFIX = "minilm-l6-int8"
FOLDS = 5


def engines(embedder: OnnxEmbedder) -> dict[str, Engine]:
    """An engine per corpus, first stage only (the second is what is being trained), with the
    second encoder whose similarities the reranker reads."""
    out = {}
    second = BgeSmallEmbedder()
    for corpus in ("medquad", "meqsum", "demo"):
        engine = Engine(embedder=embedder, cache_dir=bench_cache_dir(), title_embedder=second)
        engine.second_stage = None
        engine.index(corpus_documents(corpus))
        engine.search("warm up")
        out[corpus] = engine
    return out


def labelled_sets() -> dict[str, QuestionSet]:
    """Every set not held back whole (both halves) and the tuning halves of the held-back sets
    already reported (sets.REPORTED); never a held-back test half, nor a set not yet reported."""
    sets = {name: medquad_lay(name) for name in in_use(MEDQUAD_LAY)}
    for name in tuning_halves(MEDQUAD_LAY):
        sets[f"{name} tune"] = medquad_lay(name).half("tune")
    sets["meqsum"] = meqsum()
    for name in in_use(DEMO_LAY):
        sets[name] = demo_lay(name)
    for name in tuning_halves(DEMO_LAY):
        sets[f"{name} tune"] = demo_lay(name).half("tune")
    for name in in_use(OFFTOPIC):
        sets[name] = offtopic(name=name)
        sets[f"{name} demo"] = offtopic("demo", name)
    for name in tuning_halves(OFFTOPIC):
        sets[f"{name} tune"] = offtopic(name=name).half("tune")
        sets[f"{name} tune demo"] = offtopic("demo", name).half("tune")
    return sets


def lay_names(sets: dict[str, QuestionSet]) -> list[str]:
    """The names of the lay sets over MedQuAD among these (those labelled by intent)."""
    return [name for name, s in sets.items() if s.corpus == "medquad" and s.kinds]


def fold_of(qid: str, folds: int) -> int:
    """The fold a question falls in: the same on every run (a hash of its id, not a seed)."""
    return int(text_key(qid)[:8], 16) % folds


# -- 1. intent -------------------------------------------------------------------------------


def vectors(engine: Engine, texts: list[str], cache: EmbeddingCache) -> np.ndarray:
    """The vectors the engine's intent model reads for these texts, cached between runs."""
    keys = [text_key(t) for t in texts]
    found = cache.get_many(keys)
    missing = [(k, t) for k, t in zip(keys, texts, strict=True) if k not in found]
    fresh = [(k, engine.intent_vector(t)) for k, t in missing]
    cache.put_many(fresh)
    found.update(fresh)
    return np.stack([found[k] for k in keys])


def intent_examples(sets: dict[str, QuestionSet]) -> list[tuple[str | None, str, str, float]]:
    """(qid, text, kind, weight) examples for the intent model; qid None for RQE's pairs,
    which are never ranked here, so they stay in every fold."""
    examples: list[tuple[str | None, str, str, float]] = []
    summaries = {str(r["id"]): r["summary"] for r in read_jsonl(data_file("meqsum_dev.jsonl"))}
    for qid, text in sets["meqsum"].queries:
        examples.append((qid, text, question_kind(summaries[qid]), 1.0))
    for row in read_jsonl(data_file("rqe_train.jsonl")):
        if row["label"]:
            examples.append((None, row["chq"], question_kind(row["faq"]), 0.5))
    for name in lay_names(sets):
        lay = sets[name]
        for qid, text in lay.queries:
            examples.append((qid, text, lay.kinds[qid], 4.0))
    return examples


def softmax_regression(
    x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float = 1e-3, steps: int = 600
) -> tuple[np.ndarray, np.ndarray]:
    """Weights and bias of a softmax classifier (plain gradient descent with momentum)."""
    rows, dimensions = x.shape
    classes = y.shape[1]
    w = np.zeros((dimensions, classes))
    b = np.zeros(classes)
    velocity_w, velocity_b = np.zeros_like(w), np.zeros_like(b)
    share = weight / weight.sum()
    for _ in range(steps):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        error = (p - y) * share[:, None]
        grad_w = x.T @ error + l2 * w
        grad_b = error.sum(axis=0)
        velocity_w = 0.9 * velocity_w - 2.0 * grad_w
        velocity_b = 0.9 * velocity_b - 2.0 * grad_b
        w += velocity_w
        b += velocity_b
    return w, b


class IntentData:
    """The intent examples as arrays, to fit on all of them or on all but one fold."""

    def __init__(self, engine: Engine, sets: dict[str, QuestionSet]) -> None:
        examples = intent_examples(sets)
        cache = EmbeddingCache(bench_cache_dir(), f"bench-intent-{engine.embedder.name}")
        self.x = vectors(engine, [t for _, t, _, _ in examples], cache).astype(np.float64)
        self.y = np.zeros((len(examples), len(KINDS)))
        for row, (_, _, kind, _) in enumerate(examples):
            self.y[row, KINDS.index(kind)] = 1.0
        self.weight = np.array([w for _, _, _, w in examples])
        self.qids = [q for q, _, _, _ in examples]

    def fit(self, keep: np.ndarray | None = None, quiet: bool = True) -> IntentModel:
        """The intent model fitted on the examples where keep is true (all by default)."""
        keep = np.ones(len(self.qids), dtype=bool) if keep is None else keep
        w, b = softmax_regression(self.x[keep], self.y[keep], self.weight[keep])
        if not quiet:
            predicted = (self.x[keep] @ w + b).argmax(axis=1)
            accuracy = float((predicted == self.y[keep].argmax(axis=1)).mean())
            print(f"intent: {int(keep.sum())} examples, training accuracy {accuracy:.3f}")
        return IntentModel(
            weights=w.astype(np.float32),
            bias=b.astype(np.float32),
            about=f"bench/train.py: {int(keep.sum())} examples (MeQSum, RQE train, lay sets)",
        )

    def outside(self, fold: int, folds: int) -> np.ndarray:
        """True for the examples that are not questions of this fold."""
        return np.array([q is None or fold_of(q, folds) != fold for q in self.qids])


# -- 2. reranker -----------------------------------------------------------------------------


def logistic_regression(
    x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float = 1.0, bias: bool = True
) -> tuple[np.ndarray, float]:
    """Weights and bias of a weighted, L2-regularised logistic regression (Newton's method)."""
    rows, columns = x.shape
    design = np.hstack([x, np.ones((rows, 1))]) if bias else x
    beta = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], l2)
    if bias:
        penalty[-1] = 0.0
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-(design @ beta)))
        gradient = design.T @ (weight * (p - y)) + penalty * beta
        hessian = (design * (weight * p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian + 1e-9 * np.eye(len(beta)), gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return (beta[:-1], float(beta[-1])) if bias else (beta, 0.0)


_KIND = FEATURES.index("kind")
_KIND_SHARE = FEATURES.index("kind_share")
_LONG_KIND = FEATURES.index("long_kind")


def collected(
    engine: Engine, name: str, question_set: QuestionSet, intent: IntentModel
) -> list[dict]:
    """Per query: candidate ids, features, grades, whether it is long, and what the kind
    columns are worked out from (so that another intent model can fill them in again)."""
    snapshot = engine._snapshot("en")
    assert snapshot is not None
    subject_kinds = np.zeros((len(snapshot.subject_starts), len(KINDS)), dtype=bool)
    subject_kinds[snapshot.subject_of, snapshot.kinds] = True
    out = []
    for qid, text in question_set.queries:
        ids, features, long = engine.candidate_features(text, intent)
        positions = np.array([snapshot.positions[i] for i in ids], dtype=np.intp)
        grades = question_set.qrels.get(qid, {})
        out.append(
            {
                "qid": qid,
                "set": name,
                "ids": ids,
                "features": features,
                "grades": np.array([grades.get(i, 0) for i in ids]),
                "long": long,
                "answerable": any(g >= 2 for g in grades.values()),
                "vector": engine.intent_vector(text),
                "kinds": snapshot.kinds[positions],
                "subject_kinds": subject_kinds[snapshot.subject_of[positions]],
            }
        )
    return out


def with_intent(queries: list[dict], intent: IntentModel) -> list[dict]:
    """The queries with their kind columns read by this intent model."""
    out = []
    for query in queries:
        features = query["features"].copy()
        if len(features):
            p = intent.probabilities(query["vector"])
            asked = p[query["kinds"]]
            best = np.where(query["subject_kinds"], p[None, :], 0.0).max(axis=1)
            features[:, _KIND] = asked
            features[:, _KIND_SHARE] = asked / np.maximum(best, 1e-6)
            features[:, _LONG_KIND] = float(query["long"]) * asked
        out.append({**query, "features": features})
    return out


def train_reranker(
    queries: list[dict],
    l2: float = 0.01,
    quiet: bool = False,
    names: tuple[str, ...] = FEATURES,
) -> LinearModel:
    """A linear model of the candidates' features that puts an entry that answers first:
    softmax cross-entropy over each question's candidates (the answering entries share the
    target), each question weighing the same, L2 on the standardised weights, by Newton's
    method with step halving. It chose better than logistic regression on pairs of candidates
    (out of fold, all lay questions P@1 0.718 against 0.696; MeQSum 0.915 against 0.911): the
    pairs rewarded ordering the whole list, the softmax only the top. It reads the FEATURES
    in names only."""
    columns = [FEATURES.index(name) for name in names]
    features = np.vstack([q["features"][:, columns] for q in queries if len(q["features"])])
    mean, scale = features.mean(axis=0), features.std(axis=0) + 1e-6
    lists = []
    for query in queries:
        good = (query["grades"] >= 2).astype(np.float64)
        if good.any():
            lists.append(((query["features"][:, columns] - mean) / scale, good / good.sum()))
    count = len(lists)

    def loss(beta: np.ndarray) -> float:
        total = 0.5 * l2 * float(beta @ beta)
        for x, target in lists:
            s = x @ beta
            top = s.max()
            total += (float(np.log(np.exp(s - top).sum())) + top - float(target @ s)) / count
        return total

    beta = np.zeros(features.shape[1])
    current = loss(beta)
    for _ in range(100):
        gradient = l2 * beta
        hessian = l2 * np.eye(len(beta))
        for x, target in lists:
            s = x @ beta
            p = np.exp(s - s.max())
            p /= p.sum()
            gradient += x.T @ (p - target) / count
            mixed = x.T @ p
            hessian += ((x * p[:, None]).T @ x - np.outer(mixed, mixed)) / count
        step = np.linalg.solve(hessian + 1e-9 * np.eye(len(beta)), gradient)
        size = 1.0
        trial, value = beta - step, loss(beta - step)
        while value > current and size > 1e-4:
            size /= 2
            trial = beta - size * step
            value = loss(trial)
        beta, improvement, current = trial, current - value, value
        if improvement < 1e-10:
            break
    if not quiet:
        print(
            "reranker weights: "
            + ", ".join(f"{n} {v:+.2f}" for n, v in zip(names, beta, strict=True))
        )
    return LinearModel(
        features=names,
        weights=beta,
        mean=mean,
        scale=scale,
        embedder=EMBEDDER_PREFIX,
        about=f"bench/train.py: {count} questions, each with its candidates",
    )


# -- 3. decision -----------------------------------------------------------------------------


def decision_rows(queries: list[dict], reranker: LinearModel) -> np.ndarray:
    rows = []
    for query in queries:
        if not len(query["features"]):
            rows.append(np.zeros(len(DECISION_FEATURES)))
            continue
        scores = reranker.score_named(query["features"], FEATURES)
        order = np.argsort(-scores)
        first = float(scores[order[0]])
        runner_up = float(scores[order[1]]) if len(order) > 1 else first - 5.0
        rows.append(decision_features(query["features"][order[0]], first, runner_up, query["long"]))
    return np.array(rows)


def train_decision(
    answerable: list[dict], others: list[dict], reranker: LinearModel, quiet: bool = False
) -> LinearModel:
    positive = decision_rows(answerable, reranker)
    negative = decision_rows(others, reranker)
    x = np.vstack([positive, negative])
    y = np.concatenate([np.ones(len(positive)), np.zeros(len(negative))])
    # Both classes weigh the same in all.
    weight = np.concatenate(
        [np.full(len(positive), 0.5 / len(positive)), np.full(len(negative), 0.5 / len(negative))]
    ) * len(y)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    w, b = logistic_regression((x - mean) / scale, y, weight)
    model = LinearModel(
        features=DECISION_FEATURES,
        weights=w,
        mean=mean,
        scale=scale,
        bias=b,
        embedder=EMBEDDER_PREFIX,
    )
    p_positive = model.probability(positive)
    p_negative = model.probability(negative)
    grid = np.linspace(0.05, 0.95, 181)
    balance = [min((p_positive >= t).mean(), (p_negative < t).mean()) for t in grid]
    threshold = float(grid[int(np.argmax(balance))])
    suggest = float(min(np.quantile(p_negative, 0.9), threshold))
    if not quiet:
        print(
            f"decision: threshold {threshold:.3f}: answered "
            f"{(p_positive >= threshold).mean():.3f} of {len(positive)} answerable, refused "
            f"{(p_negative < threshold).mean():.3f} of {len(negative)} others; "
            f"'may help' from {suggest:.3f}"
        )
        print(
            "decision weights: "
            + ", ".join(f"{n} {v:+.2f}" for n, v in zip(DECISION_FEATURES, w, strict=True))
        )
    return replace(
        model,
        threshold=threshold,
        suggest=suggest,
        about=f"bench/train.py: {len(positive)} answerable and {len(negative)} other questions",
    )


# -- fitting all three -----------------------------------------------------------------------


def is_ranked(query: dict) -> bool:
    """Whether the reranker learns from this question (answerable, and not off-topic)."""
    return query["answerable"] and not query["set"].startswith("offtopic")


def is_decided(query: dict) -> bool:
    """Whether the decision learns from this question: the lay and demo sets and off-topic."""
    return query["set"] != "meqsum"


def fit(
    queries: list[dict], intent: IntentModel, names: tuple[str, ...], quiet: bool = True
) -> tuple[list[dict], LinearModel, LinearModel]:
    """The queries' kind columns read by this intent model, and the reranker (reading the
    features in names) and decision fitted on them."""
    read = with_intent(queries, intent)
    reranker = train_reranker([q for q in read if is_ranked(q)], quiet=quiet, names=names)
    decided = [q for q in read if is_decided(q)]
    decision = train_decision(
        [q for q in decided if q["answerable"]],
        [q for q in decided if not q["answerable"]],
        reranker,
        quiet=quiet,
    )
    return read, reranker, decision


def cross_validated(
    queries: list[dict],
    intent_data: IntentData,
    folds: int,
    lay: list[str],
    names: tuple[str, ...],
    errors: Path | None = None,
) -> None:
    """Print each set's figures with every question ranked and decided by models fitted on
    the other folds: P@1 and MRR@10 beside the first stage's order of the same candidates,
    the share answered (answerable questions) or refused (the others); lay names the lay sets
    over MedQuAD, pooled at the end; errors, a file for each answerable question's out-of-fold
    outcome (training questions only: no held-back set is ever among them)."""
    rows: dict[str, dict[str, list[float]]] = {}
    outcomes = []
    for fold in range(folds):
        intent = intent_data.fit(intent_data.outside(fold, folds))
        inside = [fold_of(q["qid"], folds) == fold for q in queries]
        _, reranker, decision = fit(
            [q for q, held in zip(queries, inside, strict=True) if not held], intent, names
        )
        held = with_intent([q for q, h in zip(queries, inside, strict=True) if h], intent)
        probabilities = decision.probability(decision_rows(held, reranker))
        for query, probability in zip(held, probabilities, strict=True):
            figures = rows.setdefault(query["set"], {})
            answered = float(probability >= decision.threshold)
            if not query["answerable"]:
                figures.setdefault("refused", []).append(1.0 - answered)
                continue
            grades = query["grades"]
            scores = (
                reranker.score_named(query["features"], FEATURES) if len(grades) else np.zeros(0)
            )
            for name, order in (
                ("P@1", np.argsort(-scores, kind="stable")),
                ("first stage P@1", np.argsort(-query["features"][:, 0], kind="stable")),
            ):
                good = np.flatnonzero(grades[order][:10] >= 2) if len(grades) else []
                figures.setdefault(name, []).append(float(len(good) and good[0] == 0))
                if name == "P@1":
                    rank = 1.0 / (good[0] + 1) if len(good) else 0.0
                    figures.setdefault("MRR@10", []).append(rank)
                    outcomes.append(
                        {
                            "set": query["set"],
                            "qid": query["qid"],
                            "rank": int(good[0]) + 1 if len(good) else None,
                            "top": [query["ids"][i] for i in order[:5]],
                            "good": [query["ids"][i] for i in np.flatnonzero(grades >= 2)],
                            "answered": bool(answered),
                        }
                    )
            figures.setdefault("answered", []).append(answered)
    if errors is not None:
        errors.write_text("".join(json.dumps(o) + "\n" for o in outcomes), encoding="utf-8")
    print(f"out of fold ({folds} folds by question):")
    lay = [name for name in lay if name in rows]
    pooled = {
        key: [v for name in lay for v in rows[name].get(key, [])]
        for key in ("P@1", "MRR@10", "first stage P@1", "answered")
    }
    for name, figures in [*rows.items(), ("all lay over MedQuAD", pooled)]:
        count = max(len(v) for v in figures.values())
        print(
            f"  {name:<22} "
            + "  ".join(f"{key} {np.mean(v):.3f}" for key, v in figures.items())
            + f"   ({count} questions)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--folds", type=int, default=FOLDS, help="folds for the figures; 0: models only"
    )
    parser.add_argument(
        "--drop", nargs="*", default=[], choices=FEATURES, help="fit the reranker without these"
    )
    parser.add_argument(
        "--errors", type=Path, help="write each answerable question's out-of-fold outcome here"
    )
    args = parser.parse_args()
    names = tuple(name for name in FEATURES if name not in args.drop)
    embedder = OnnxEmbedder()
    by_corpus = engines(embedder)
    sets = labelled_sets()
    intent_data = IntentData(by_corpus["medquad"], sets)
    intent = intent_data.fit(quiet=False)
    queries = [
        q
        for name, question_set in sets.items()
        for q in collected(by_corpus[question_set.corpus], name, question_set, intent)
    ]
    if args.folds > 1:
        cross_validated(queries, intent_data, args.folds, lay_names(sets), names, args.errors)
    _, reranker, decision = fit(queries, intent, names, quiet=False)
    TRAINED.mkdir(exist_ok=True)
    intent.save(INTENT_PATH)
    reranker.save(TRAINED / "reranker.json")
    decision.save(TRAINED / "decision.json")
    print(f"wrote {INTENT_PATH}, {TRAINED / 'reranker.json'}, {TRAINED / 'decision.json'}")


if __name__ == "__main__":
    main()
