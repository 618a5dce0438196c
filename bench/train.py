"""Train the engine's second stage on the tuning halves only, and write it to engine/trained/.

    python bench/train.py

Three models, each trained on what the one before it gives:
1. intent.json: what kind of answer a consumer question asks for, a softmax over its sentence
   embedding. Examples: MeQSum's tuning half (each long message labelled by the kind of its
   expert summary), RQE's training pairs that entail (labelled by the FAQ question's kind) and
   the lay sets' tuning halves (labelled by their intent).
2. reranker.json: a linear model over the candidates' features (engine/rerank.py), fitted on
   pairs (an entry that answers the question against one that does not, and an entry on the
   right subject against one on another) from the tuning halves of the lay sets over MedQuAD,
   of MeQSum over its summaries and of the demo questions over the demo entries.
3. decision.json: the probability that the first entry answers the question, from the best
   candidate's figures; fitted on the same tuning halves (answerable questions) against the
   tuning halves of the off-topic questions (asked of MedQuAD and of the demo) and of the demo
   questions the demo does not cover. Its threshold is the point where the share of lay
   questions answered equals the share of the others refused; "these may help" is shown down
   to the point where nine in ten of those others are still refused outright.

The test halves are never read here; bench/quality.py reports them.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import bench_cache_dir, read_jsonl  # noqa: E402
from _data import data_file  # noqa: E402
from sets import (  # noqa: E402
    MEDQUAD_LAY,
    QuestionSet,
    corpus_documents,
    demo_lay,
    in_use,
    medquad_lay,
    meqsum,
    offtopic,
)

from patientfaq.engine import Engine, OnnxEmbedder  # noqa: E402
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


def engines(embedder: OnnxEmbedder) -> dict[str, Engine]:
    """An engine per corpus, first stage only (the second is what is being trained)."""
    out = {}
    for corpus in ("medquad", "meqsum", "demo"):
        engine = Engine(embedder=embedder, cache_dir=bench_cache_dir())
        engine.second_stage = None
        engine.index(corpus_documents(corpus))
        engine.search("warm up")
        out[corpus] = engine
    return out


def tuning_sets() -> dict[str, QuestionSet]:
    """Every set's tuning half."""
    halves = {name: medquad_lay(name).half("tune") for name in in_use(MEDQUAD_LAY)}
    halves["meqsum"] = meqsum().half("tune")
    halves["demo_lay"] = demo_lay().half("tune")
    halves["offtopic"] = offtopic().half("tune")
    halves["offtopic demo"] = offtopic("demo").half("tune")
    return halves


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


def intent_examples(halves: dict[str, QuestionSet]) -> list[tuple[str, str, float]]:
    """(text, kind, weight) examples for the intent model, tuning halves and RQE train only."""
    examples = []
    summaries = {str(r["id"]): r["summary"] for r in read_jsonl(data_file("meqsum_dev.jsonl"))}
    for qid, text in halves["meqsum"].queries:
        examples.append((text, question_kind(summaries[qid]), 1.0))
    for row in read_jsonl(data_file("rqe_train.jsonl")):
        if row["label"]:
            examples.append((row["chq"], question_kind(row["faq"]), 0.5))
    for name in in_use(MEDQUAD_LAY):
        half = halves[name]
        for qid, text in half.queries:
            examples.append((text, half.kinds[qid], 4.0))
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


def train_intent(engine: Engine, halves: dict[str, QuestionSet]) -> IntentModel:
    examples = intent_examples(halves)
    cache = EmbeddingCache(bench_cache_dir(), f"bench-intent-{engine.embedder.name}")
    x = vectors(engine, [t for t, _, _ in examples], cache).astype(np.float64)
    y = np.zeros((len(examples), len(KINDS)))
    for row, (_, kind, _) in enumerate(examples):
        y[row, KINDS.index(kind)] = 1.0
    weight = np.array([w for _, _, w in examples])
    w, b = softmax_regression(x, y, weight)
    predicted = (x @ w + b).argmax(axis=1)
    accuracy = float((predicted == y.argmax(axis=1)).mean())
    print(f"intent: {len(examples)} examples, training accuracy {accuracy:.3f}")
    return IntentModel(
        weights=w.astype(np.float32),
        bias=b.astype(np.float32),
        about=(
            f"bench/train.py: {len(examples)} tuning-half examples (MeQSum, RQE train, lay sets)"
        ),
    )


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


def collected(engine: Engine, half: QuestionSet, intent: IntentModel) -> list[dict]:
    """Per query: candidate ids, features, grades and whether it is long."""
    out = []
    for qid, text in half.queries:
        ids, features, long = engine.candidate_features(text, intent)
        grades = half.qrels.get(qid, {})
        out.append(
            {
                "qid": qid,
                "ids": ids,
                "features": features,
                "grades": np.array([grades.get(i, 0) for i in ids]),
                "long": long,
                "answerable": any(g >= 2 for g in grades.values()),
            }
        )
    return out


def ranking_pairs(queries: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Feature differences (better minus worse) and their weights; each query weighs 1."""
    differences, weights = [], []
    for query in queries:
        grades, features = query["grades"], query["features"]
        pairs = [
            (i, j, 1.0 if grades[i] >= 2 else 0.3)
            for i in range(len(grades))
            for j in range(len(grades))
            if grades[i] > grades[j] and (grades[i] >= 2 or grades[j] == 0)
        ]
        if not pairs:
            continue
        for i, j, w in pairs:
            differences.append(features[i] - features[j])
            weights.append(w / len(pairs))
    return np.array(differences), np.array(weights)


def train_reranker(queries: list[dict], quiet: bool = False) -> LinearModel:
    x, weight = ranking_pairs(queries)
    features = np.vstack([q["features"] for q in queries if len(q["features"])])
    mean, scale = features.mean(axis=0), features.std(axis=0) + 1e-6
    # Differences of standardised features: the mean cancels, the scale does not.
    standardised = x / scale
    # Each pair once as "better first" (1) and once reversed (0), so no bias is needed.
    both = np.vstack([standardised, -standardised])
    labels = np.concatenate([np.ones(len(x)), np.zeros(len(x))])
    w, _ = logistic_regression(both, labels, np.concatenate([weight, weight]), bias=False)
    if not quiet:
        print(
            "reranker weights: "
            + ", ".join(f"{n} {v:+.2f}" for n, v in zip(FEATURES, w, strict=True))
        )
    return LinearModel(
        features=FEATURES,
        weights=w,
        mean=mean,
        scale=scale,
        embedder=EMBEDDER_PREFIX,
        about=f"bench/train.py: {len(x)} pairs from {len(queries)} tuning-half questions",
    )


# -- 3. decision -----------------------------------------------------------------------------


def decision_rows(queries: list[dict], reranker: LinearModel) -> np.ndarray:
    rows = []
    for query in queries:
        if not len(query["features"]):
            rows.append(np.zeros(len(DECISION_FEATURES)))
            continue
        scores = reranker.score(query["features"])
        order = np.argsort(-scores)
        first = float(scores[order[0]])
        runner_up = float(scores[order[1]]) if len(order) > 1 else first - 5.0
        rows.append(decision_features(query["features"][order[0]], first, runner_up, query["long"]))
    return np.array(rows)


def train_decision(
    answerable: list[dict], others: list[dict], reranker: LinearModel
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
    print(
        f"decision: threshold {threshold:.3f}: answered {(p_positive >= threshold).mean():.3f} "
        f"of {len(positive)} answerable, refused {(p_negative < threshold).mean():.3f} of "
        f"{len(negative)} others; 'may help' from {suggest:.3f}"
    )
    print(
        "decision weights: "
        + ", ".join(f"{n} {v:+.2f}" for n, v in zip(DECISION_FEATURES, w, strict=True))
    )
    return replace(
        model,
        threshold=threshold,
        suggest=suggest,
        about=(
            f"bench/train.py: {len(positive)} answerable and {len(negative)} other tuning-half "
            "questions"
        ),
    )


def out_of_fold(queries: list[dict]) -> None:
    """P@1 of the reranker on tuning questions it was not fitted on (two folds by qid), beside
    the first stage's order of the same candidates: the in-sample figures flatter it."""
    in_a = [text_key(q["qid"])[-1] in "01234567" for q in queries]
    for name, side in (("A", True), ("B", False)):
        held = [q for q, a in zip(queries, in_a, strict=True) if a == side]
        rest = [q for q, a in zip(queries, in_a, strict=True) if a != side]
        model = train_reranker(rest, quiet=True)
        reranked = first = 0
        for query in held:
            grades = query["grades"]
            reranked += grades[int(np.argmax(model.score(query["features"])))] >= 2
            first += grades[int(np.argmax(query["features"][:, 0]))] >= 2
        print(
            f"out of fold {name}: {len(held)} questions, reranker P@1 {reranked / len(held):.3f}, "
            f"first stage {first / len(held):.3f}"
        )


def main() -> None:
    embedder = OnnxEmbedder()
    by_corpus = engines(embedder)
    halves = tuning_sets()
    intent = train_intent(by_corpus["medquad"], halves)
    collected_sets = {
        name: collected(by_corpus[half.corpus], half, intent) for name, half in halves.items()
    }
    ranking = [
        q
        for name, queries in collected_sets.items()
        if not name.startswith("offtopic")
        for q in queries
        if q["answerable"]
    ]
    out_of_fold(ranking)
    reranker = train_reranker(ranking)
    lay = [q for name in (*in_use(MEDQUAD_LAY), "demo_lay") for q in collected_sets[name]]
    answerable = [q for q in lay if q["answerable"]]
    others = [q for q in lay if not q["answerable"]]
    others += collected_sets["offtopic"] + collected_sets["offtopic demo"]
    decision = train_decision(answerable, others, reranker)
    TRAINED.mkdir(exist_ok=True)
    intent.save(INTENT_PATH)
    reranker.save(TRAINED / "reranker.json")
    decision.save(TRAINED / "decision.json")
    print(f"wrote {INTENT_PATH}, {TRAINED / 'reranker.json'}, {TRAINED / 'decision.json'}")


if __name__ == "__main__":
    main()
