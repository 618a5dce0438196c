"""The labelled urgent sets that bench/urgent.py and bench/train_urgent.py share.

Each row: qid, text, urgent, sign, lang, set ("urgent_old", "urgent_blind" or "urgent_blind2")
and half ("tune" or "test", as bench/split.py dealt them into bench/data/splits.json). Test halves
are read only when asked for by name: training_rows() never hands them to the trainer.

A translated file may hold only some of its set's qids (the test half first): a half it lacks
reads as no rows. urgent_blind2 is a second blind set, only reported on for now (bench/urgent.py
--set urgent_blind2): training_rows() does not read it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from _common import read_jsonl
from sets import splits

from patientfaq.engine.urgent import default_detector, find_with_english

DATA = Path(__file__).resolve().parent / "data"
OLD_FILE = DATA / "urgent_queries.jsonl"
BLIND_LANGUAGES = ("en", "es", "fr", "de", "pt", "ar")
BLIND_SETS = ("urgent_blind", "urgent_blind2")


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
    """Return every row a detector may learn or be tuned from: the tuning halves only."""
    rows = old_rows("tune")
    for language in blind_languages():
        rows += blind_rows("tune", language)
    return rows


def lexicon(row: dict[str, Any]) -> set[str]:
    """Return the keys of the signs that fire, as the site checks: the language, then English."""
    hits = find_with_english(row["text"], default_detector(row["lang"]), default_detector("en"))
    return {hit.key for hit in hits}
