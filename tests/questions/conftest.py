import numpy as np
import pytest

from patientfaq.answers import service
from patientfaq.answers.service import AnswerResult, Result
from patientfaq.faq.models import EntryPage


@pytest.fixture(autouse=True)
def fake_engine(monkeypatch):
    """A stand-in for the answer engine: myoclonus is the closest entry to anything."""

    def answer_question(query, language, limit=5):
        myoclonus = EntryPage.objects.get(slug="what-is-myoclonus", locale__language_code="en")
        return AnswerResult(
            query=query,
            language=language,
            results=[Result(entry=myoclonus, score=0.42, passage=myoclonus.short_answer)],
        )

    def embed_texts(texts):
        # Texts that share their first word mean the same thing; others are unrelated.
        vocabulary = sorted({t.split()[0].lower() for t in texts})
        vectors = np.zeros((len(texts), len(vocabulary)))
        for row, text in enumerate(texts):
            vectors[row, vocabulary.index(text.split()[0].lower())] = 1.0
        return vectors

    monkeypatch.setattr(service, "answer_question", answer_question)
    monkeypatch.setattr(service, "embed_texts", embed_texts)
