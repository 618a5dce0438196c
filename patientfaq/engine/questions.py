"""What an FAQ entry's question is about, and what kind of answer it gives.

Editors write entries' questions in a few frames: "What is X?", "How is X treated?", "Is X
inherited?", "What are the symptoms of X?". The frame says the kind of answer (treatment,
outlook...), the rest names the subject (X). Entries that share a subject are one topic seen
from several sides, which lets the reranker weigh a patient's story against all of a topic's
answers and then pick the side the patient asks about.

These rules read entries' questions, which editors write in plain clinical English; patients'
questions are read by a trained model instead (intent.py). Other languages get no kind and
their whole question as the subject.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import stems, words

# The kinds of answer. Where two frames start at the same word the first of them wins, so the
# narrow frames ("genetic changes related to", "how many people") come before the broad ones.
KINDS = (
    "genetic changes",
    "inheritance",
    "frequency",
    "susceptibility",
    "research",
    "prevention",
    "complications",
    "stages",
    "exams and tests",
    "outlook",
    "causes",
    "symptoms",
    "treatment",
    "considerations",
    "support",
    "information",
)

_FRAMES: dict[str, str] = {
    "genetic changes": r"genetic changes?|genes? (?:related|involved|linked)|mutations?",
    "inheritance": r"inherit\w*|hereditary|passed (?:down|on)|run(?:s)? in (?:the )?famil\w*",
    "frequency": r"how many people|how common|how often does|prevalen\w*|affected by",
    "susceptibility": r"who (?:is|are) at risk|who gets|risk factors?|at risk",
    "research": r"research|clinical trials?|studies",
    "prevention": r"prevent\w*|avoid\w*",
    "complications": r"complications?",
    "stages": r"stages?",
    "exams and tests": r"diagnos\w*|tests?|tested|exams?|scans?|screen\w*",
    "outlook": r"outlook|prognosis|life expectancy|recover\w*|get better|long[- ]term",
    "causes": r"causes?|caused|why do|why does|why is|why are|why can",
    "symptoms": r"symptoms?|signs?",
    "treatment": r"treat\w*|therap\w*|cures?|medicines?|medications?|drugs?|surgery",
    "considerations": r"what to do for|living with|cope|coping",
    "support": r"support groups?|where to find support",
}
_FRAME_PATTERNS = {
    kind: re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE) for kind, pattern in _FRAMES.items()
}

# Words of the frames themselves, dropped when reading the subject.
_FRAME_WORDS = frozenset(
    stems(
        """what is are was the of for to how do does did who why can could should when where
        which whom there any about information have you tell me more a an x symptoms symptom
        signs sign treatments treatment treated treat therapy therapies cure cures causes cause
        caused inherited inheritance hereditary genetic changes change genes gene related
        mutations many people affected common often outlook prognosis life expectancy recovery
        diagnose diagnosed diagnosis tests test exams scan research clinical trials trial
        studies being done prevent prevented prevention risk stages stage complications
        considerations support groups find help get better long term expect"""
    )
)
_BRACKETS = re.compile(r"\((?:are|is)\)", re.IGNORECASE)


# "What is", "What are (the)": the opening of a question whose next word starts its frame
# ("What are the symptoms of X?") or its subject ("What is hereditary angioedema?").
_WHAT_IS = re.compile(r"^\W*what (?:is|are)\b\W*(?:\((?:is|are)\)\W*)?(?:(?:the|a|an)\s+)?", re.I)


def question_kind(question: str, language: str = "en") -> str:
    """The kind of answer an entry's question frames ("treatment"), "information" by default.

    The frame comes before the subject, so the first frame words in the question say the
    kind: "What are the treatments for hereditary angioedema?" asks for treatment, though
    "hereditary" is an inheritance word. In "What is Leber hereditary optic neuropathy?" the
    frame words come after the subject's first word, so they are part of its name.
    """
    if not language.startswith("en"):
        return "information"
    found = []
    for order, kind in enumerate(KINDS[:-1]):
        match = _FRAME_PATTERNS[kind].search(question)
        if match:
            found.append((match.start(), order, kind))
    if not found:
        return "information"
    start, _, kind = min(found)
    opening = _WHAT_IS.match(question)
    if opening and start > opening.end():
        return "information"
    return kind


def kinds_named(text: str) -> frozenset[str]:
    """The kinds of answer whose frame words an English text holds ("is it inherited, what
    causes it" -> inheritance, causes); never "information", which has no frame."""
    return frozenset(kind for kind in KINDS[:-1] if _FRAME_PATTERNS[kind].search(text))


def subject_name(question: str, language: str = "en") -> str:
    """The words of the question that name its subject, as written (lower-cased): "How is
    Sydenham chorea treated?" -> "sydenham chorea". Patients misspell such names, so the
    reranker compares them letter by letter rather than by stems."""
    own = words(_BRACKETS.sub(" ", question))
    if not language.startswith("en"):
        return " ".join(own)
    left = [w for w in own if not set(stems(w)) <= _FRAME_WORDS]
    return " ".join(left or own)


@lru_cache(maxsize=65536)
def subject(question: str, language: str = "en") -> str:
    """The entry's subject as sorted word stems: "How is myoclonus treated?" -> "myoclonus".

    A question that is all frame ("What are the symptoms?") keeps its own stems, so it is a
    subject of its own rather than one shared by every such question.
    """
    own = stems(_BRACKETS.sub(" ", question), language)
    if not language.startswith("en"):
        return " ".join(sorted(set(own)))
    left = sorted({s for s in own if s not in _FRAME_WORDS})
    return " ".join(left or sorted(set(own)))
