"""Measure urgent-sign detection: the sign lists, the wording classifier, and both together.

Sets (bench/_urgent_sets.py):
- the trained sets (the default): the older 658 labelled questions and the first, second and
  third blind sets (English and five translations), both halves of each. All were read while the
  detector was changed and the classifier is trained on all of them, so these figures are on
  training data; bench/train_urgent.py prints the out-of-fold ones that thresholds are chosen by.
- a held-out blind set (_urgent_sets.HELD_OUT), only when asked for by name (--set NAME).
  Nothing else reads it. Figures only, unless --show-test.

For each: recall on urgent questions and the false-alarm rate on ordinary ones, for the sign
lists alone (the reader's language, plus English as on the site), the wording classifier alone
and either as the site decides ("either": a shipped sign's match counts only when the
classifier's score confirms it). Then how often the box shows on everyday questions (the lay,
off-topic and demo sets: their tuning halves are the classifier's everyday examples, their
test halves held out).
Each line also says the share of questions whose vector was not encoded: no sign matched and
the words alone read them as ordinary (below the classifier's skip score).
Then the cost per question, measured side by side on the same questions: the sign
lists (the issue's baseline, 0.14 ms then), the classifier's words, the whole check as the site
runs it with the vector given (and, with --before, as it ran with an older classifier file), the
question's vector from the multilingual model (which a question in another language than English
needs for the search anyway: there the vector is encoded once, so only an English question pays
for it), and the whole check with the encoding, as the site runs it on an English question.

    .venv/bin/python bench/urgent.py [--lang en] [--quiet] [--set NAME [--show-test]]
        [--before OLD_WORDING.npz]
"""

from __future__ import annotations

import argparse
import itertools
import os
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
    HELD_OUT,
    TRAINED_BLIND_SETS,
    blind_languages,
    blind_rows,
    everyday_rows,
    lexicon,
    matches,
    old_rows,
)

from patientfaq.engine.text import clean_query  # noqa: E402
from patientfaq.engine.urgent_wording import (  # noqa: E402
    UrgentWording,
    counted_hits,
    default_wording,
    question_vector,
)

RECALL_BAR = 1.0
FALSE_ALARM_BAR = 0.02
TIMED = 300


def judge(rows: list[dict[str, Any]], before: UrgentWording | None = None) -> list[dict[str, Any]]:
    """Return the rows with what each detector said, whether the site shows the box, and
    whether it skipped the question's vector (no sign matched, the words alone read ordinary);
    with an older classifier, whether the site showed the box with it ("before")."""
    judged = []
    shared = default_wording()
    words_only = UrgentWording(shared.words)
    for row in rows:
        hits = matches(row)
        shown, _ = counted_hits(row["text"], row["lang"], hits, shared)
        wording = shared.is_urgent(row["text"], row["lang"])
        skipped = not hits and words_only.score(row["text"], row["lang"]) < shared.skip
        result = {
            **row,
            "signs": lexicon(row),
            "wording": wording,
            "shown": bool(shown),
            "skipped": skipped and shared.reads_meaning,
        }
        if before is not None:
            # The same vector: the model keeps the last few, so this encodes nothing more.
            result["before"] = bool(counted_hits(row["text"], row["lang"], hits, before)[0])
        judged.append(result)
    return judged


DETECTORS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "lexicon": lambda r: bool(r["signs"]),
    "wording": lambda r: r["wording"],
    # As the site decides: a shipped sign's match counts only if the classifier confirms it.
    "either": lambda r: r["shown"],
}
BEFORE: Callable[[dict[str, Any]], bool] = lambda r: r["before"]  # noqa: E731


def figures(judged: list[dict[str, Any]]) -> dict[str, tuple[int, int, int, int]]:
    """Return per detector (urgent found, urgent, false alarms, ordinary)."""
    urgent = [r for r in judged if r["urgent"]]
    ordinary = [r for r in judged if not r["urgent"]]
    detectors = {**DETECTORS, "before": BEFORE} if judged and "before" in judged[0] else DETECTORS
    return {
        name: (
            sum(map(fires, urgent)),
            len(urgent),
            sum(map(fires, ordinary)),
            len(ordinary),
        )
        for name, fires in detectors.items()
    }


def line(title: str, judged: list[dict[str, Any]]) -> dict[str, tuple[int, int, int, int]]:
    result = figures(judged)
    cells = []
    for name, (found, urgent, alarms, ordinary) in result.items():
        recall = f"{found / urgent:.3f}" if urgent else "  -  "
        rate = f"{alarms / ordinary:5.1%}" if ordinary else "  -  "
        cells.append(f"{name} {recall} {rate:>6}")
    first = next(iter(result.values()))
    skipped = sum(r["skipped"] for r in judged) / len(judged)
    cells.append(f"not encoded {skipped:5.1%}")
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


def timings(rows: list[dict[str, Any]], before: Path | None = None, timed: int = TIMED) -> None:
    """Print the cost per question of each step, taken in turn on each question; with an older
    classifier file, the whole check as the site ran it with that file too."""
    shared = default_wording()
    words_only = UrgentWording(shared.words)
    with_meaning = UrgentWording(
        shared.words, shared.with_meaning, lambda _text: vector, shared.confirm_scores
    )
    if timed <= 0:
        return
    step = max(1, len(rows) // timed)
    sample = rows[::step][:timed]
    steps: dict[str, Callable[[dict[str, Any]], object]] = {
        "sign lists": lexicon,
        "classifier, words alone": lambda r: words_only.score(r["text"], r["lang"]),
    }
    if shared.reads_meaning:
        steps["classifier, words and vector"] = lambda r: with_meaning.score(r["text"], r["lang"])
        steps["whole check (signs, then classifier)"] = lambda r: counted_hits(
            r["text"], r["lang"], matches(r), with_meaning
        )
        if before is not None:
            old = UrgentWording.load(before)
            old = UrgentWording(
                old.words, old.with_meaning, lambda _text: vector, old.confirm_scores
            )
            steps["whole check before (that file)"] = lambda r: counted_hits(
                r["text"], r["lang"], matches(r), old
            )
        # A text the model has not seen (a new number after it each time): the few vectors
        # it keeps must not answer for it.
        fresh = itertools.count()

        def as_the_site_checks(row: dict[str, Any]) -> object:
            new = {**row, "text": f"{row['text']} {next(fresh)}"}
            return counted_hits(new["text"], new["lang"], matches(new), shared)

        steps["whole check, encoding included, as the site runs it"] = as_the_site_checks
        steps["question vector (multilingual model)"] = lambda r: question_vector(
            f"{clean_query(r['text'])} {next(fresh)}"
        )
    print(f"cost a question, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    vector = None
    costs: dict[str, list[float]] = defaultdict(list)
    warm = rows[-20:]
    for row in [*warm, *sample]:  # the first ones warm every step up, untimed
        if shared.reads_meaning:
            vector = question_vector(clean_query(row["text"]))
        for name, detect in steps.items():
            started = time.perf_counter()
            detect(row)
            costs[name].append((time.perf_counter() - started) * 1000)
    medians = {}
    for name, timed in costs.items():
        values = sorted(timed[len(warm) :])
        medians[name] = statistics.median(values)
        p95 = values[int(len(values) * 0.95) - 1]
        print(
            f"  {name:<38} median {medians[name]:7.3f} ms, mean {statistics.fmean(values):7.3f} "
            f"ms, p95 {p95:7.3f} ms over {len(values)}"
        )
    classifier = medians.get("classifier, words and vector", medians["classifier, words alone"])
    print(f"  added to the sign lists' {medians['sign lists']:.3f} ms (0.14 ms when the issue was")
    print(f"  filed): the classifier, median {classifier:.3f} ms a question", end="")
    if "whole check before (that file)" in medians:
        print(
            f"; the whole check {medians['whole check (signs, then classifier)']:.3f} ms, "
            f"{medians['whole check before (that file)']:.3f} ms before",
            end="",
        )
    if "question vector (multilingual model)" in medians:
        vector_cost = medians["question vector (multilingual model)"]
        site = costs["whole check, encoding included, as the site runs it"][len(warm) :]
        print(
            f", and on an English question the vector itself, {vector_cost:.1f} ms "
            "(other languages' searches encode it anyway); the whole check with the encoding, "
            f"as the site runs it (the vector skipped when no sign matched and the words alone "
            f"score under {shared.skip:.3f}): mean {statistics.fmean(site):.1f} ms a question"
        )
    else:
        print(" (no multilingual model here: words alone)")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


def everyday(languages: list[str], quiet: bool) -> None:
    """Print how often the box shows on the lay, off-topic and demo questions: questions
    patients ask, written for the search, not labelled for urgency."""
    for half, title in (("test", "test halves, held out"), ("tune", "tuning halves, trained on")):
        judged = judge([r for r in everyday_rows(half) if r["lang"] in languages])
        print(f"boxes on everyday questions (lay, off-topic and demo sets), {title}")
        for language in languages:
            subset = [r for r in judged if r["lang"] == language]
            if subset:
                fired = [r for r in subset if DETECTORS["either"](r)]
                share = len(fired) / len(subset)
                skipped = sum(r["skipped"] for r in subset) / len(subset)
                print(
                    f"  {language}: {len(fired)} of {len(subset)} ({share:.1%}); "
                    f"not encoded {skipped:.1%}"
                )
                if not quiet:
                    mistakes(fired)
        print()


def report(title: str, judged_by_language: dict[str, list[dict[str, Any]]], quiet: bool) -> bool:
    """Print one set's lines per language (rows judged) and return whether the bar is met in
    each."""
    print(title)
    met = True
    everything: list[dict[str, Any]] = []
    for language, judged in judged_by_language.items():
        if not judged:
            continue
        everything += judged
        found, urgent, alarms, ordinary = line(f"  {language}", judged)["either"]
        met &= found >= RECALL_BAR * urgent and alarms <= FALSE_ALARM_BAR * ordinary
        if not quiet:
            mistakes(judged)
    if everything:
        line("  all", everything)
        per_sign: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for row in everything:
            if row["urgent"]:
                per_sign[row.get("sign") or "-"][1] += 1
                per_sign[row.get("sign") or "-"][0] += DETECTORS["either"](row)
        print("  recall per sign, either detector:")
        for sign, (hit, total) in sorted(per_sign.items()):
            print(f"    {sign:<22} {hit:>3}/{total:<3} {hit / total:.3f}")
    print()
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", help="only this language code")
    parser.add_argument("--quiet", action="store_true", help="figures only, no mistakes listed")
    parser.add_argument(
        "--set",
        choices=["trained", *HELD_OUT],
        default="trained",
        help="the sets the classifier is trained on (default), or one held-out blind set",
    )
    parser.add_argument(
        "--show-test", action="store_true", help="also list the held-out set's mistakes"
    )
    parser.add_argument(
        "--before",
        type=Path,
        help="an older wording.npz: the held-out set's figures with it too (column 'before'), "
        "and the whole check timed with it, side by side",
    )
    parser.add_argument(
        "--timed", type=int, default=TIMED, help="questions the cost is timed on (0: none)"
    )
    args = parser.parse_args()
    languages = [args.lang] if args.lang else list(BLIND_LANGUAGES)
    wording_model = default_wording()
    print(
        "columns: detector, recall, false-alarm rate; bar on held-out questions: recall "
        f"{RECALL_BAR:.2f}, false alarms <= {FALSE_ALARM_BAR:.0%}; the classifier reads "
        + ("words and meaning" if wording_model.reads_meaning else "words alone")
        + "\n"
    )
    if args.set in HELD_OUT:
        name, called = args.set, HELD_OUT[args.set]
        landed = [code for code in languages if code in blind_languages(name)]
        if not landed:
            print(f"the {called} (bench/data/{name}*.jsonl) is not here yet")
            return 1
        before = None
        if args.before is not None:
            before = UrgentWording.load(args.before, embed=question_vector)
            print(f"before: the site's check with {args.before}, in the same run\n")
        # Each question judged once: encoding it is most of the cost.
        held = {
            code: judge(blind_rows("tune", code, name) + blind_rows("test", code, name), before)
            for code in landed
        }
        for half in ("tune", "test"):
            rows = {code: [r for r in judged if r["half"] == half] for code, judged in held.items()}
            report(f"{called}, {half} half: held out", rows, True)
        title = f"{called}, both halves: held out, never trained or tuned on"
        met = report(title, held, quiet=not args.show_test)
        print(f"bar {'met' if met else 'NOT met'} by either detector in every language\n")
        timings([row for rows in held.values() for row in rows], args.before, args.timed)
        return 0

    old = {code: [*old_rows("tune"), *old_rows("test")] for code in languages}
    old = {code: [r for r in rows if r["lang"] == code] for code, rows in old.items()}
    title = "older set (urgent_queries.jsonl), both halves: trained on"
    report(title, {code: judge(rows) for code, rows in old.items()}, args.quiet)
    trained = []
    for name in TRAINED_BLIND_SETS:
        blind = {
            code: [*blind_rows("tune", code, name), *blind_rows("test", code, name)]
            for code in languages
            if code in blind_languages(name)
        }
        judged = {code: judge(rows) for code, rows in blind.items()}
        report(f"{name}*.jsonl, both halves: trained on", judged, args.quiet)
        trained += [row for rows in blind.values() for row in rows]
    print("out-of-fold figures, which thresholds are chosen by: python bench/train_urgent.py\n")
    everyday(languages, args.quiet)
    timings([row for rows in old.values() for row in rows] + trained, args.before, args.timed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
