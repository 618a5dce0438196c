"""What goes into the engine and what comes out of it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One published FAQ entry, as plain text."""

    id: str
    question: str
    answer: str
    also_asked: tuple[str, ...] = ()
    short_answer: str = ""
    language: str = "en"
    category: str = ""


@dataclass(frozen=True)
class Match:
    """An entry that matches a question, its score, and the passage of its answer to show."""

    id: str
    score: float
    passage: str


@dataclass(frozen=True)
class Answer:
    """Ranked matches, whether the first one answers the question, and how sure that is.

    `suggested` is the middle ground: not sure enough to say "this answers it", sure enough to
    show the best entries as "these may help".
    """

    matches: list[Match] = field(default_factory=list)
    answered: bool = False
    urgent: bool = False
    confidence: float = 0.0
    suggested: bool = False
