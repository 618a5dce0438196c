"""Split every labelled question set into a tuning half and a test half, once, for good.

    python bench/split.py

Writes bench/data/splits.json: {"set": {"seed": 20261203, "tune": [qids], "test": [qids]}}.
Within each set, questions are grouped by their stratum (the style of a lay question; urgent or
not and the sign, for urgent-sign questions), each group is shuffled with the fixed seed and
alternately dealt to the two halves, so both halves hold the same mix.

A question that already has a half keeps it: re-running only deals out questions added since,
so adding questions to a set never moves one from the test half to the tuning half.

Tune weights, thresholds, word lists and vocabularies on the tuning halves only (bench/train.py
reads nothing else). Report the test halves (bench/quality.py, bench/urgent.py) and do not look
at their questions' results while changing the engine or the urgent-sign detector.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import HERE, read_jsonl  # noqa: E402
from _data import data_dir  # noqa: E402

SEED = 20261203
SPLITS = HERE / "data" / "splits.json"

Row = dict[str, object]


def _style(row: Row) -> str:
    return str(row.get("style", ""))


def _style_and_naming(row: Row) -> str:
    # Stories that name the condition and stories that only tell the symptoms are dealt apart,
    # so both halves hold as many of the harder kind.
    return f"{_style(row)}:{row.get('condition_named', '')}"


def _urgent(row: Row) -> str:
    return f"{row.get('urgent')}:{row.get('sign', '')}"


def _qid(row: Row) -> str:
    return str(row["qid"])


# Set name -> (file, qid of a row, stratum of a row). Files may not exist yet.
SETS: dict[str, tuple[Path, Callable[[Row], str], Callable[[Row], str]]] = {
    "lay": (HERE / "data" / "lay_queries.jsonl", _qid, _style),
    "fresh": (HERE / "data" / "lay_queries_fresh.jsonl", _qid, _style),
    "fresh2": (HERE / "data" / "lay_queries_fresh2.jsonl", _qid, _style),
    "blind": (HERE / "data" / "lay_queries_blind.jsonl", _qid, _style),
    "blind2": (HERE / "data" / "lay_queries_blind2.jsonl", _qid, _style),
    "blind3": (HERE / "data" / "lay_queries_blind3.jsonl", _qid, _style),
    "blind4": (HERE / "data" / "lay_queries_blind4.jsonl", _qid, _style_and_naming),
    "offtopic": (HERE / "data" / "offtopic_queries.jsonl", _qid, _style),
    "offtopic2": (HERE / "data" / "offtopic_blind2.jsonl", _qid, _style),
    "offtopic3": (HERE / "data" / "offtopic_blind3.jsonl", _qid, _style),
    "offtopic4": (HERE / "data" / "offtopic_blind4.jsonl", _qid, _style),
    "demo_lay": (HERE / "data" / "demo_lay_queries.jsonl", _qid, _style),
    "demo2": (HERE / "data" / "demo_lay_blind2.jsonl", _qid, _style),
    "demo3": (HERE / "data" / "demo_lay_blind3.jsonl", _qid, _style),
    "demo4": (HERE / "data" / "demo_lay_blind4.jsonl", _qid, _style),
    "urgent_blind": (HERE / "data" / "urgent_blind.jsonl", _qid, _urgent),
    "urgent_blind2": (HERE / "data" / "urgent_blind2.jsonl", _qid, _urgent),
    "urgent_blind3": (HERE / "data" / "urgent_blind3.jsonl", _qid, _urgent),
    "urgent_blind4": (HERE / "data" / "urgent_blind4.jsonl", _qid, _urgent),
    "meqsum": (data_dir() / "meqsum_dev.jsonl", lambda row: str(row["id"]), lambda row: ""),
}


def _rows(name: str) -> list[tuple[str, str]]:
    """(qid, stratum) of each question of a set, [] when its file is absent."""
    path, qid, stratum = SETS[name]
    if not path.is_file():
        return []
    return [(qid(row), stratum(row)) for row in read_jsonl(path)]


def _old_urgent_rows() -> list[tuple[str, str]]:
    # The older urgent-sign file has no qids: its line numbers stand in for them.
    rows = read_jsonl(HERE / "data" / "urgent_queries.jsonl")
    return [(f"line{n}", f"{r['lang']}:{_urgent(r)}") for n, r in enumerate(rows, start=1)]


def deal(rows: list[tuple[str, str]], kept: dict[str, list[str]]) -> dict[str, list[str]]:
    """Halves for these (qid, stratum) rows, keeping every qid already in `kept`."""
    tune, test = list(kept.get("tune", [])), list(kept.get("test", []))
    placed = set(tune) | set(test)
    strata: dict[str, list[str]] = defaultdict(list)
    for qid, stratum in rows:
        if qid not in placed:
            strata[stratum].append(qid)
    generator = random.Random(SEED)
    for stratum in sorted(strata):
        qids = sorted(strata[stratum])
        generator.shuffle(qids)
        for qid in qids:
            # Deal to whichever half is shorter, the tuning half first on a tie.
            (tune if len(tune) <= len(test) else test).append(qid)
    return {"tune": sorted(tune), "test": sorted(test)}


def main() -> None:
    existing = json.loads(SPLITS.read_text(encoding="utf-8")) if SPLITS.is_file() else {}
    out = {}
    everything = {name: _rows(name) for name in SETS}
    everything["urgent_old"] = _old_urgent_rows()
    for name, rows in everything.items():
        if not rows and name not in existing:
            print(f"{name}: no file yet, skipped")
            continue
        halves = deal(rows, existing.get(name, {}))
        out[name] = {"seed": SEED, **halves}
        print(f"{name}: {len(halves['tune'])} tuning, {len(halves['test'])} test")
    SPLITS.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
