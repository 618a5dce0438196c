"""The second stage: entries' kinds and subjects, names letter by letter, the reranker and the
answered decision (with small hand-made models over the fake embedder)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from patientfaq.engine import Document, Engine, FakeEmbedder
from patientfaq.engine.engine import SecondStage
from patientfaq.engine.intent import IntentModel
from patientfaq.engine.questions import KINDS, question_kind, subject, subject_name
from patientfaq.engine.rerank import (
    DECISION_FEATURES,
    FEATURES,
    LinearModel,
    NameIndex,
    trained_model,
)

from .conftest import CORPUS


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What is (are) Myoclonus ?", "information"),
        ("How is myoclonus treated?", "treatment"),
        ("What are the treatments for lupus ?", "treatment"),
        ("Is Huntington disease inherited ?", "inheritance"),
        ("What are the genetic changes related to Rett syndrome ?", "genetic changes"),
        ("How many people are affected by narcolepsy ?", "frequency"),
        ("How to diagnose Chiari malformation ?", "exams and tests"),
        ("What is the outlook for Guillain-Barre syndrome ?", "outlook"),
        ("What causes cluster headache ?", "causes"),
        ("What are the symptoms of myasthenia gravis ?", "symptoms"),
        # Frame words inside the subject's name ("hereditary", "mutations") do not frame it.
        ("What are the treatments for Hereditary angioedema ?", "treatment"),
        ("What is (are) Leber hereditary optic neuropathy ?", "information"),
        ("How many people are affected by distal hereditary motor neuropathy ?", "frequency"),
        ("What are the symptoms of Familial lipodystrophy with PPARG mutations ?", "symptoms"),
    ],
)
def test_an_entrys_question_says_the_kind_of_answer(question: str, kind: str) -> None:
    assert question_kind(question) == kind


def test_entries_on_one_subject_share_it_whatever_their_frame() -> None:
    frames = [
        "What is (are) Sydenham chorea ?",
        "What are the symptoms of Sydenham chorea ?",
        "How is Sydenham chorea treated?",
        "Is Sydenham chorea inherited ?",
    ]
    assert {subject(f) for f in frames} == {subject("sydenham chorea")}
    assert subject_name("How is Sydenham chorea treated?") == "sydenham chorea"


def test_a_question_that_is_all_frame_keeps_a_subject_of_its_own() -> None:
    assert subject("What are the symptoms?") != ""
    assert subject("What are the symptoms?") != subject("What are the treatments?")


def test_a_misspelt_name_still_names_its_subject() -> None:
    names = NameIndex.build(["myasthenia gravis", "multiple sclerosis", "lupus"])
    shares = names.shares("my wife has mysthenia gravis and her eyelids droop")
    assert shares.argmax() == 0
    assert shares[0] > 0.6 > shares[1]


def test_other_languages_get_no_kind() -> None:
    assert question_kind("¿Cómo se trata la mioclonía?", "es") == "information"


def _stage(decision_bias: float = 0.0, threshold: float = 0.5, suggest: float = 0.3) -> SecondStage:
    """A reranker that trusts the first stage and the subject's name, a decision on the score."""
    weights = np.zeros(len(FEATURES))
    weights[FEATURES.index("fused")] = 1.0
    weights[FEATURES.index("name")] = 0.5
    ones = np.ones(len(FEATURES))
    reranker = LinearModel(FEATURES, weights, np.zeros(len(FEATURES)), ones)
    decision_weights = np.zeros(len(DECISION_FEATURES))
    decision_weights[DECISION_FEATURES.index("score")] = 4.0
    decision = LinearModel(
        DECISION_FEATURES,
        decision_weights,
        np.zeros(len(DECISION_FEATURES)),
        np.ones(len(DECISION_FEATURES)),
        bias=decision_bias,
        threshold=threshold,
        suggest=suggest,
    )
    intent = IntentModel(np.zeros((256, len(KINDS)), dtype=np.float32), np.zeros(len(KINDS)))
    return SecondStage(reranker, decision, intent)


@pytest.fixture
def reranking(tmp_path: Path) -> Engine:
    engine = Engine(embedder=FakeEmbedder(), cache_dir=tmp_path, second_stage=_stage())
    engine.index(
        [
            *CORPUS,
            Document(id="mg", question="What is myasthenia gravis?", answer="Weak muscles."),
            Document(id="mg-treat", question="How is myasthenia gravis treated?", answer="Pills."),
        ]
    )
    return engine


def test_the_reranker_finds_an_entry_by_its_misspelt_name(reranking: Engine) -> None:
    answer = reranking.search("mysthenia gravis")
    assert {m.id for m in answer.matches[:2]} == {"mg", "mg-treat"}


def test_a_story_of_signs_alone_is_matched_with_the_symptoms_its_subject_lists(
    tmp_path: Path,
) -> None:
    engine = Engine(FakeEmbedder(), tmp_path, second_stage=_stage())
    engine.index(
        [
            Document(id="foo", question="What is Foo syndrome?", answer="A rare condition."),
            Document(
                id="foo-signs",
                question="What are the symptoms of Foo syndrome?",
                answer="Twitching eyelids, itchy ears and a sore big toe.",
            ),
            Document(id="bar", question="What is Bar disease?", answer="A liver condition."),
            Document(
                id="bar-signs",
                question="What are the symptoms of Bar disease?",
                answer="Yellow skin and tiredness.",
            ),
        ]
    )
    intent = _stage().intent
    ids, features, _ = engine.candidate_features("my eyelids twitch and my ears itch", intent)
    symptoms = dict(zip(ids, features[:, FEATURES.index("symptom_lexical")], strict=True))
    assert symptoms["foo"] == symptoms["foo-signs"] == 1.0
    assert symptoms["bar"] == symptoms["bar-signs"] == 0.0


def test_the_decision_says_answered_may_help_or_nothing(tmp_path: Path) -> None:
    sure = Engine(FakeEmbedder(), tmp_path, second_stage=_stage(decision_bias=5.0))
    unsure = Engine(FakeEmbedder(), tmp_path, second_stage=_stage(decision_bias=-5.6))
    never = Engine(FakeEmbedder(), tmp_path, second_stage=_stage(decision_bias=-20.0))
    for engine in (sure, unsure, never):
        engine.index(CORPUS)
    query = "what is lupus"
    assert sure.search(query).answered
    middle = unsure.search(query)
    assert not middle.answered and middle.suggested and middle.matches
    nothing = never.search(query)
    assert not nothing.answered and not nothing.suggested
    assert 0.0 <= nothing.confidence < middle.confidence < sure.search(query).confidence <= 1.0


def test_an_editors_pin_comes_first_and_counts_as_answered(tmp_path: Path) -> None:
    engine = Engine(FakeEmbedder(), tmp_path, second_stage=_stage(decision_bias=-20.0))
    engine.index(CORPUS)
    answer = engine.search("what is lupus", pinned=["donate"], limit=2)
    assert [m.id for m in answer.matches] == ["donate", "lupus"]
    assert answer.answered


def test_the_second_stage_reads_english_only(tmp_path: Path) -> None:
    engine = Engine(FakeEmbedder(), tmp_path, second_stage=_stage(decision_bias=-20.0))
    engine.index(CORPUS)
    assert engine.search("lupus", language="fr").matches[0].id == "lupus-fr"


def test_a_model_reads_back_as_it_was_saved(tmp_path: Path) -> None:
    model = replace(_stage().decision, threshold=0.61, suggest=0.4, embedder="minilm")
    model.save(tmp_path / "decision.json")
    again = LinearModel.load(tmp_path / "decision.json")
    assert again.features == model.features and again.threshold == 0.61
    assert again.suggest == 0.4 and again.embedder == "minilm"
    assert np.allclose(again.weights, model.weights)


def test_an_intent_model_for_other_kinds_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "intent.json"
    IntentModel(np.zeros((4, len(KINDS)), dtype=np.float32), np.zeros(len(KINDS))).save(path)
    path.write_text(path.read_text().replace('"information"', '"other"'))
    with pytest.raises(ValueError, match="retrain"):
        IntentModel.load(path)


def test_models_trained_for_another_embedder_are_not_used(tmp_path: Path) -> None:
    # The packaged models were trained on MiniLM's similarities, not on the fake embedder's.
    assert Engine(FakeEmbedder(), tmp_path).second_stage is None
    packaged = trained_model("reranker")
    if packaged is not None:
        assert packaged.embedder.startswith("minilm")
