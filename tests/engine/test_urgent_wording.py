"""The second urgent detector: a classifier of whole wordings, as the site uses it."""

from __future__ import annotations

import numpy as np
import pytest

from patientfaq.engine.urgent_wording import (
    HASH_BITS,
    UrgentWording,
    default_wording,
    feature_index,
    features,
)


def fake(*words: str) -> UrgentWording:
    """A classifier that finds a message urgent when it holds one of these words."""
    weights = np.zeros(1 << HASH_BITS, dtype=np.float32)
    for word in words:
        weights[feature_index("w " + word)] = 400.0
    return UrgentWording(weights, bias=-5.0, threshold=0.5)


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
