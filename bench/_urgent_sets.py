"""The labelled urgent sets that bench/urgent.py and bench/train_urgent.py share.

Each row: qid, text, urgent, sign, lang, set ("urgent_old", "urgent_blind", "urgent_blind2",
"urgent_blind3", "urgent_blind4", "urgent_written" or "everyday") and half ("tune" or "test", as
bench/split.py dealt them into bench/data/splits.json). A translated file may hold only some of
its set's qids: a half it lacks reads as no rows.

Every urgent set whose figures have been reported was read while the detector was changed, so
none of them is held out any more: training_rows() hands all of them to the trainer, both
halves (the older set and the first, second and third blind sets, TRAINED_BLIND_SETS), with the
tuning halves of the everyday questions (lay, off-topic and demo sets) and the examples written
for training (urgent_written.jsonl). The fourth blind set (urgent_blind4*.jsonl) is held out
(HELD_OUT): no training reads it, and bench/urgent.py reports it only when asked for it by name
(--set urgent_blind4).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from _common import read_jsonl
from sets import splits

from patientfaq.engine.urgent import UrgentHit, default_detector, find_with_english

DATA = Path(__file__).resolve().parent / "data"
OLD_FILE = DATA / "urgent_queries.jsonl"
# Examples written for training only, after urgent_blind2's figures were reported: indirect
# self-harm wording, and ordinary questions that use urgent words without urgency.
WRITTEN_FILE = DATA / "urgent_written.jsonl"
BLIND_LANGUAGES = ("en", "es", "fr", "de", "pt", "ar")
# The blind sets trained on, both halves: their figures have been reported.
TRAINED_BLIND_SETS = ("urgent_blind", "urgent_blind2", "urgent_blind3")
# The blind sets that are held out, with the name a report gives each.
HELD_OUT = {"urgent_blind4": "fourth blind set"}
# Questions patients ask, not labelled for urgency, by file: the split they were dealt in
# (splits.json), or None for a file no split covers (those count as held out).
EVERYDAY_FILES = {
    "lay_queries.jsonl": "lay",
    "lay_queries_es.jsonl": "lay",
    "lay_queries_fr.jsonl": "lay",
    "lay_queries_fresh.jsonl": "fresh",
    "lay_queries_fresh2.jsonl": "fresh2",
    "lay_queries_blind.jsonl": "blind",
    "offtopic_queries.jsonl": "offtopic",
    "demo_lay_queries.jsonl": "demo_lay",
    "demo_questions_es.jsonl": None,
    "demo_questions_fr.jsonl": None,
}


def blind_file(language: str, name: str = "urgent_blind") -> Path:
    return DATA / (f"{name}.jsonl" if language == "en" else f"{name}_{language}.jsonl")


def blind_languages(name: str = "urgent_blind") -> list[str]:
    """Return the languages a blind set has landed in, once its split has (English first)."""
    if name not in splits():
        return []
    return [code for code in BLIND_LANGUAGES if blind_file(code, name).exists()]


def old_rows(half: str) -> list[dict[str, Any]]:
    """Return one half of the older 658-question set; its qids are its line numbers, "lineN"."""
    wanted = set(splits()["urgent_old"][half])
    rows = []
    for number, row in enumerate(read_jsonl(OLD_FILE), start=1):
        if f"line{number}" in wanted:
            rows.append({**row, "qid": f"line{number}", "set": "urgent_old", "half": half})
    return rows


def blind_rows(half: str, language: str, name: str = "urgent_blind") -> list[dict[str, Any]]:
    """Return one half of a blind set in one language (the rows its file holds)."""
    wanted = set(splits()[name][half])
    rows = []
    for row in read_jsonl(blind_file(language, name)):
        if row["qid"] in wanted:
            rows.append({**row, "lang": language, "set": name, "half": half})
    return rows


def training_rows() -> list[dict[str, Any]]:
    """Return every row a detector may learn or be tuned from: both halves of the older set and
    of every trained blind set, the written examples, each in every language, and the everyday
    questions' tuning halves."""
    rows = old_rows("tune") + old_rows("test")
    for name in TRAINED_BLIND_SETS:
        for language in blind_languages(name):
            rows += blind_rows("tune", language, name) + blind_rows("test", language, name)
    return rows + written_rows() + everyday_rows("tune")


def written_rows() -> list[dict[str, Any]]:
    """Return the examples written for training alone (urgent_written.jsonl), every language."""
    if not WRITTEN_FILE.exists():
        return []
    rows = []
    for row in read_jsonl(WRITTEN_FILE):
        rows.append({**row, "set": "urgent_written", "half": "tune"})
    return rows


def everyday_rows(half: str) -> list[dict[str, Any]]:
    """Return one half of the lay, off-topic and demo questions as ordinary rows (set
    "everyday"): questions patients ask, written for the search, not labelled for urgency."""
    rows = []
    for name, split in EVERYDAY_FILES.items():
        wanted = set(splits()[split][half]) if split else None
        if wanted is None and half == "tune":
            continue
        for row in read_jsonl(DATA / name):
            if wanted is None or row["qid"] in wanted:
                language = row.get("language") or row.get("lang") or "en"
                rows.append(
                    {
                        "qid": f"{split or name}:{row['qid']}",
                        "text": row["text"],
                        "urgent": False,
                        "sign": "none",
                        "lang": language,
                        "set": "everyday",
                        "half": half,
                    }
                )
    return rows


def matches(row: dict[str, Any]) -> list[UrgentHit]:
    """Return the sign matches, as the site checks: the language, then English."""
    return find_with_english(row["text"], default_detector(row["lang"]), default_detector("en"))


def lexicon(row: dict[str, Any]) -> set[str]:
    """Return the keys of the signs that match, before the classifier confirms any."""
    return {hit.key for hit in matches(row)}
