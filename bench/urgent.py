"""Measure urgent-sign detection on the labelled queries in bench/data/urgent_queries.jsonl.

Prints, per language and split: recall on urgent queries, false-alarm rate on ordinary ones,
recall per sign, every miss and false alarm, then timings per query.

    .venv/bin/python bench/urgent.py [--split dev|heldout] [--lang en] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from patientfaq.engine.urgent import default_detector  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "urgent_queries.jsonl"
RECALL_BAR = 0.95
FALSE_ALARM_BAR = 0.05


def load(path: Path) -> list[dict[str, Any]]:
    """Return the labelled queries, one dict per line."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def evaluate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Return the counts, per-sign recall and the mistakes for these rows."""
    urgent = [r for r in rows if r["urgent"]]
    ordinary = [r for r in rows if not r["urgent"]]
    misses, alarms = [], []
    per_sign: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in urgent:
        keys = {hit.key for hit in default_detector(row["lang"]).find(row["text"])}
        per_sign[row["sign"]][1] += 1
        if row["sign"] in keys:
            per_sign[row["sign"]][0] += 1
        if not keys:
            misses.append(row)
    for row in ordinary:
        hits = default_detector(row["lang"]).find(row["text"])
        if hits:
            alarms.append((row, hits))
    return {
        "urgent": len(urgent),
        "ordinary": len(ordinary),
        "misses": misses,
        "alarms": alarms,
        "per_sign": dict(per_sign),
    }


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


def report(title: str, rows: list[dict[str, Any]], quiet: bool) -> tuple[int, int, int, int]:
    result = evaluate(rows)
    found = result["urgent"] - len(result["misses"])
    alarms = len(result["alarms"])
    print(
        f"{title:<16} urgent {found:>3}/{result['urgent']:<3}"
        f" recall {ratio(found, result['urgent'])}"
        f"   ordinary {result['ordinary']:>3}  false alarms {alarms:>2}"
        f"  rate {ratio(alarms, result['ordinary'])}"
    )
    if not quiet:
        for row in result["misses"]:
            print(f"    MISS  [{row['sign']}] {row['text'][:110]}")
        for row, hits in result["alarms"]:
            fired = ", ".join(f"{h.key}: {h.matched!r}" for h in hits)
            print(f"    ALARM {row['text'][:90]}  <- {fired}")
    return found, result["urgent"], alarms, result["ordinary"]


def timings(rows: list[dict[str, Any]]) -> None:
    detector = default_detector("en")
    for language in {r["lang"] for r in rows}:
        default_detector(language)
    per_query = []
    for row in rows:
        started = time.perf_counter()
        default_detector(row["lang"]).find(row["text"])
        per_query.append((time.perf_counter() - started) * 1000)
    per_query.sort()
    p95 = per_query[int(len(per_query) * 0.95) - 1]
    print(
        f"per query (warm): median {statistics.median(per_query):.3f} ms, p95 {p95:.3f} ms, "
        f"max {per_query[-1]:.3f} ms over {len(per_query)} queries"
    )
    narrative = " ".join(r["text"] for r in rows if r["lang"] == "en" and not r["urgent"])[:2000]
    runs = []
    for n in range(30):
        # A fresh word cache each time: the worst case, a message of words never seen before.
        detector._cache.clear()
        text = narrative + f" variant{n}"
        started = time.perf_counter()
        detector.find(text)
        runs.append((time.perf_counter() - started) * 1000)
    print(
        f"2,000-character message, cold word cache: median {statistics.median(runs):.2f} ms, "
        f"max {max(runs):.2f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "heldout", "fresh"], help="only this split")
    parser.add_argument("--lang", help="only this language code")
    parser.add_argument("--quiet", action="store_true", help="figures only, no mistakes listed")
    args = parser.parse_args()
    rows = load(DATA)
    if args.lang:
        rows = [r for r in rows if r["lang"] == args.lang]
    splits = [args.split] if args.split else ["dev", "heldout", "fresh"]
    print(
        f"{len(rows)} labelled queries from {DATA.name}; bar: recall >= {RECALL_BAR}, "
        f"false alarms <= {FALSE_ALARM_BAR:.0%}\n"
    )
    languages = sorted({r["lang"] for r in rows}, key=lambda code: (code != "en", code))
    for language in languages:
        for split in splits:
            subset = [r for r in rows if r["lang"] == language and r["split"] == split]
            if subset:
                report(f"{language} {split}", subset, args.quiet)
    print()
    chosen = [r for r in rows if r["split"] in splits]
    found, urgent, alarms, ordinary = report("all", chosen, quiet=True)
    print("\nrecall per sign (all languages, chosen splits):")
    for sign, (hit, total) in sorted(evaluate(chosen)["per_sign"].items()):
        print(f"    {sign:<20} {hit:>3}/{total:<3} {ratio(hit, total)}")
    print()
    timings(chosen)
    met = (
        urgent
        and found / urgent >= RECALL_BAR
        and (not ordinary or alarms / ordinary <= FALSE_ALARM_BAR)
    )
    print(f"\nbar {'met' if met else 'NOT met'} overall")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
