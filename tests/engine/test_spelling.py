"""Misspellings of the entries' own words."""

from __future__ import annotations

from pathlib import Path

from patientfaq.engine import Document, Engine, FakeEmbedder
from patientfaq.engine.spelling import Speller, one_edit_apart

SPELLER = Speller.build(["What causes angina?", "Is cystic fibrosis inherited?", "run in families"])


def test_a_word_one_letter_away_is_read_as_the_entries_word() -> None:
    assert SPELLER.correct("cuses") == "causes"
    assert SPELLER.correct("inherrited") == "inherited"
    assert SPELLER.correct("famlies") == "families"
    assert SPELLER.correct("fibrosi") == "fibrosis"


def test_short_words_known_words_and_far_words_are_left_alone() -> None:
    assert SPELLER.correct("cuse") is None
    assert SPELLER.correct("causes") is None
    assert SPELLER.correct("granddad") is None


def test_words_some_entry_uses_are_never_replaced() -> None:
    text = "Cuses of my tummy pain? Nothing inherrited"
    assert SPELLER.corrected(text, lambda w: w == "nothing") == (
        "causes of my tummy pain? Nothing inherited"
    )


def test_one_edit_means_one_letter_added_dropped_changed_or_swapped() -> None:
    assert one_edit_apart("lupus", "lupsu")
    assert one_edit_apart("lupus", "lpuus")
    assert one_edit_apart("angina", "angna")
    assert one_edit_apart("angina", "angine")
    assert not one_edit_apart("angina", "agnine")


def test_the_engine_reads_a_misspelt_question_as_its_entry(tmp_path: Path) -> None:
    engine = Engine(embedder=FakeEmbedder(), cache_dir=tmp_path)
    engine.index(
        [
            Document(id="what", question="What is angina?", answer="Chest pain from the heart."),
            Document(id="why", question="What causes angina?", answer="Narrow arteries."),
        ]
    )
    assert engine.search("what cuses angina").matches[0].id == "why"
