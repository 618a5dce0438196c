"""Measure urgent-sign detection: the sign lists, the wording classifier, and both together.

Sets (bench/_urgent_sets.py): the older 658 labelled questions (urgent_queries.jsonl, tuned on),
and the blind set written outside the project (urgent_blind*.jsonl, English and five
translations), split by bench/data/splits.json into a tuning half (tuned on; mistakes listed)
and a test half (never tuned on; figures only, unless --show-test).

For each: recall on urgent questions and the false-alarm rate on ordinary ones, for the sign
lists alone (the reader's language, plus English as on the site), the wording classifier alone
and either. Then the cost per question of each, measured side by side on the same questions.
The classifier's figures on the tuning half and the older set are on its own training data;
bench/train_urgent.py prints out-of-fold ones.

    .venv/bin/python bench/urgent.py [--lang en] [--quiet] [--show-test | --tuning-only]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _urgent_sets import (  # noqa: E402
    BLIND_LANGUAGES,
    BLIND_SETS,
    blind_languages,
    blind_rows,
    lexicon,
    old_rows,
)

from patientfaq.engine.urgent_wording import default_wording  # noqa: E402

HALF_TITLES = {
    "tune": "tuning half (tuned on)",
    "test": "test half (the sign lists were written with it before it was split off)",
}
RECALL_BAR = 1.0
FALSE_ALARM_BAR = 0.02


def wording(row: dict[str, Any]) -> bool:
    return default_wording().is_urgent(row["text"], row["lang"])


def judge(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the rows with what each detector said."""
    return [{**row, "signs": lexicon(row), "wording": wording(row)} for row in rows]


DETECTORS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "lexicon": lambda r: bool(r["signs"]),
    "wording": lambda r: r["wording"],
    "either": lambda r: bool(r["signs"]) or r["wording"],
}


def figures(judged: list[dict[str, Any]]) -> dict[str, tuple[int, int, int, int]]:
    """Return per detector (urgent found, urgent, false alarms, ordinary)."""
    urgent = [r for r in judged if r["urgent"]]
    ordinary = [r for r in judged if not r["urgent"]]
    return {
        name: (
            sum(map(fires, urgent)),
            len(urgent),
            sum(map(fires, ordinary)),
            len(ordinary),
        )
        for name, fires in DETECTORS.items()
    }


def line(title: str, judged: list[dict[str, Any]]) -> dict[str, tuple[int, int, int, int]]:
    result = figures(judged)
    cells = []
    for name, (found, urgent, alarms, ordinary) in result.items():
        recall = f"{found / urgent:.3f}" if urgent else "  -  "
        rate = f"{alarms / ordinary:5.1%}" if ordinary else "  -  "
        cells.append(f"{name} {recall} {rate:>6}")
    first = next(iter(result.values()))
    print(f"{title:<22} {first[1]:>3} urgent {first[3]:>3} ordinary | " + " | ".join(cells))
    return result


def mistakes(judged: list[dict[str, Any]]) -> None:
    for row in judged:
        either = DETECTORS["either"](row)
        if row["urgent"] and not either:
            print(f"      MISS  [{row['lang']} {row.get('sign', '')}] {row['text'][:110]}")
        elif not row["urgent"] and either:
            why = ", ".join(sorted(row["signs"])) or "wording"
            print(f"      ALARM [{row['lang']}] {row['text'][:95]}  <- {why}")


def timings(rows: list[dict[str, Any]]) -> None:
    """Print the cost per question of each detector, taken in turn on each question."""
    for row in rows[:50]:  # warm both: word caches, the classifier's file
        lexicon(row)
        wording(row)
    costs: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        for name, detect in (("lexicon", lexicon), ("wording", wording)):
            started = time.perf_counter()
            detect(row)
            costs[name].append((time.perf_counter() - started) * 1000)
    for name, values in costs.items():
        values.sort()
        p95 = values[int(len(values) * 0.95) - 1]
        print(
            f"{name:<8} per question: median {statistics.median(values):.3f} ms, "
            f"mean {statistics.fmean(values):.3f} ms, p95 {p95:.3f} ms over {len(values)}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", help="only this language code")
    parser.add_argument(
        "--set", default="urgent_blind", choices=BLIND_SETS, help="which blind set to report"
    )
    parser.add_argument("--quiet", action="store_true", help="figures only, no mistakes listed")
    parser.add_argument(
        "--show-test", action="store_true", help="also list the blind test half's mistakes"
    )
    parser.add_argument(
        "--tuning-only", action="store_true", help="leave the test halves out (while tuning)"
    )
    args = parser.parse_args()
    languages = [args.lang] if args.lang else list(BLIND_LANGUAGES)
    print(
        "columns: detector, recall, false-alarm rate; "
        f"bar on the blind test half: recall {RECALL_BAR:.2f}, false alarms <= "
        f"{FALSE_ALARM_BAR:.0%}\n"
    )

    old: list[dict[str, Any]] = []
    for half in ("tune",) if args.tuning_only else ("tune", "test"):
        print(f"older set (urgent_queries.jsonl), {HALF_TITLES[half]}")
        judged = judge([r for r in old_rows(half) if r["lang"] in languages])
        old += judged if half == "tune" else []
        for language in languages:
            subset = [r for r in judged if r["lang"] == language]
            if subset:
                line(f"  old {half} {language}", subset)
                if (half == "tune" or args.show_test) and not args.quiet:
                    mistakes(subset)
        line(f"  old {half}, all", judged)
        print()

    landed = blind_languages(args.set)
    missing = [code for code in languages if code not in landed]
    if missing:
        print(f"the blind set {args.set} is not here yet in: {', '.join(missing)}\n")
    languages = [code for code in languages if code in landed]
    if not languages:
        print("the blind set (bench/data/urgent_blind*.jsonl, splits.json) is not here yet")
        timings(old)
        return 0

    tuning_all: list[dict[str, Any]] = []
    tuned = " (tuned on)" if args.set == "urgent_blind" else " (not tuned on yet)"
    print(f"blind set {args.set}, tuning half{tuned}")
    for language in languages:
        tuning = judge(blind_rows("tune", language, args.set))
        tuning_all += tuning
        line(f"  tuning {language}", tuning)
        if not args.quiet:
            mistakes(tuning)
    line("  tuning, all", tuning_all)

    met = True
    test_all: list[dict[str, Any]] = []
    print("" if args.tuning_only else f"\nblind set {args.set}, test half (never tuned on)")
    for language in [] if args.tuning_only else languages:
        test = judge(blind_rows("test", language, args.set))
        test_all += test
        found, urgent, alarms, ordinary = line(f"  test {language}", test)["either"]
        met &= found >= RECALL_BAR * urgent and alarms <= FALSE_ALARM_BAR * ordinary
        if args.show_test:
            mistakes(test)
    if test_all:
        line("  test, all", test_all)
        print(f"  bar {'met' if met else 'NOT met'} by either detector in every language")

    print("\nrecall per sign, either detector (the tuning halves):")
    per_sign: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in old + tuning_all:
        if row["urgent"]:
            per_sign[row.get("sign") or "-"][1] += 1
            per_sign[row.get("sign") or "-"][0] += DETECTORS["either"](row)
    for sign, (hit, total) in sorted(per_sign.items()):
        print(f"    {sign:<22} {hit:>3}/{total:<3} {hit / total:.3f}")

    print()
    timings(old + tuning_all)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
