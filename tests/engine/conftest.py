"""Shared fixtures for the answer engine's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from patientfaq.engine import Document, Engine, FakeEmbedder

MYOCLONUS = Document(
    id="myoclonus",
    question="What is myoclonus?",
    answer=(
        "Myoclonus is a brief, involuntary twitching or jerking of a muscle or a group of "
        "muscles. Hiccups and the jerk some people feel as they fall asleep are mild forms of "
        "it. It can also come with conditions of the brain or nerves, such as epilepsy. "
        "A neurologist can find the cause and suggest treatment."
    ),
    also_asked=("Why do my muscles jerk suddenly?",),
    category="movement",
)
LUPUS = Document(
    id="lupus",
    question="What is lupus?",
    answer=(
        "Lupus is an autoimmune disease: the immune system attacks the body's own tissues. "
        "Common signs are joint pain, tiredness and a rash across the cheeks and nose. "
        "Flares come and go."
    ),
    category="autoimmune",
)
MS_TREATMENT = Document(
    id="ms-treatment",
    question="How is multiple sclerosis treated?",
    answer=(
        "Disease-modifying medicines reduce relapses of multiple sclerosis. Steroids can "
        "shorten a relapse. Physiotherapy helps with balance and walking."
    ),
    short_answer="Medicines reduce relapses; rehabilitation helps daily life.",
    category="ms",
)
DONATE = Document(
    id="donate",
    question="How can I donate to the society?",
    answer="You can give online, by cheque or by leaving a gift in your will. Thank you.",
    category="about",
)
MIGRAINE = Document(
    id="migraine",
    question="What helps a migraine?",
    answer=(
        "Rest in a dark, quiet room and take pain relief early. If migraines come often, a "
        "doctor can prescribe medicine to prevent them."
    ),
)
LUPUS_FR = Document(
    id="lupus-fr",
    question="Qu'est-ce que le lupus ?",
    answer="Le lupus est une maladie auto-immune qui attaque les tissus du corps.",
    language="fr",
)

CORPUS = [MYOCLONUS, LUPUS, MS_TREATMENT, DONATE, MIGRAINE, LUPUS_FR]

SEED_QUERY = (
    "I experience body jerks, shakes, and spasms. They are very alarming. "
    "My Doctors says it is myoclonus. What is Myoclonus?"
)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    """An engine over the small corpus, with the fast fake embedder."""
    engine = Engine(embedder=FakeEmbedder(), cache_dir=tmp_path / "cache")
    engine.index(CORPUS)
    return engine
