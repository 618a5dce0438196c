"""The gaps report: what the FAQ does not answer yet, grouped by meaning."""

import numpy as np
import pytest

from patientfaq.answers import service
from patientfaq.faq.models import EntryPage
from patientfaq.questions.grouping import cluster_by_meaning, group_texts
from patientfaq.questions.models import EntryFeedback, PatientQuestion, SearchRecord
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

GAPS = "/admin/questions/gaps/"


def unit(*rows):
    matrix = np.array(rows, dtype=float)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def test_clustering_groups_close_vectors_and_ranks_by_weight():
    vectors = unit([1, 0, 0], [0.95, 0.3, 0], [0, 1, 0], [0, 0, 1], [0.1, 0, 1])
    assert cluster_by_meaning(vectors, [1, 1, 5, 1, 1]) == [[2], [0, 1], [3, 4]]


def test_clustering_uses_average_linkage_not_chains():
    # b is close to a and to c, but a and c are far apart: no single group of three.
    a, b, c = unit([1, 0], [0.8, 0.6], [0.28, 0.96])
    groups = cluster_by_meaning(np.vstack([a, b, c]), threshold=0.79)
    assert sorted(map(len, groups)) == [1, 2]


def test_clustering_handles_nothing_and_one():
    assert cluster_by_meaning(np.zeros((0, 3))) == []
    assert cluster_by_meaning(unit([1, 2, 3])) == [[0]]


def test_without_the_embedding_helper_it_groups_identical_wordings(monkeypatch):
    monkeypatch.delattr(service, "embed_texts")
    grouping = group_texts(["What is lupus?", "what is LUPUS", "Tremor at night"])
    assert not grouping.by_meaning
    assert grouping.groups == [[0, 1], [2]]


def _search(text, answered=False, score=None, language="en"):
    SearchRecord.objects.create(
        text=text, language=language, answered=answered, top_score=score, day="2030-01-01"
    )


def test_the_gaps_report_ranks_groups_by_how_many_asked(alice):
    for text in ["tremor when writing", "Tremor in my hands", "tremor after coffee"]:
        _search(text)
    _search("fatigue all day", answered=True, score=0.52)  # barely answered: a gap too
    _search("lupus rash", answered=True, score=0.9)  # answered well: not a gap
    PatientQuestion.objects.create(
        text="tremor and my medicine?",
        language="en",
        received_on="2030-01-01",
        fingerprint="x",
        times_asked=2,
    )
    response = client_for(alice).get(GAPS)
    assert response.status_code == 200
    gaps = response.context["report"].gaps
    assert [gap.people for gap in gaps] == [5, 1]
    assert gaps[0].searches == 3 and gaps[0].questions == 2
    assert gaps[0].wordings[0] == "tremor and my medicine?"
    assert "lupus rash" not in response.content.decode()
    assert b"Start a draft entry" in response.content


def test_the_gaps_report_says_when_it_cannot_group_by_meaning(alice, monkeypatch):
    monkeypatch.delattr(service, "embed_texts")
    _search("tremor when writing")
    response = client_for(alice).get(GAPS)
    assert b"only identical wordings are grouped" in response.content


def test_one_click_starts_a_draft_from_a_gap(alice, myoclonus):
    question = PatientQuestion.objects.create(
        text="tremor and my medicine?", language="en", received_on="2030-01-01", fingerprint="x"
    )
    category = myoclonus.get_parent()
    response = client_for(alice).post(
        f"{GAPS}draft/",
        {
            "category": category.pk,
            "wording": ["tremor and my medicine?", "tremor when writing"],
            "question": [question.pk],
        },
    )
    draft = EntryPage.objects.get(title="tremor and my medicine?")
    assert response["Location"] == f"/admin/pages/{draft.pk}/edit/"
    assert draft.phrasings() == ["tremor and my medicine?", "tremor when writing"]
    assert not draft.live
    question.refresh_from_db()
    assert question.status == PatientQuestion.Status.DRAFTED


def test_the_report_lists_entries_that_did_not_answer_with_reasons(bob, myoclonus):
    for reason in ["hard", "hard", "different", ""]:
        EntryFeedback.objects.create(
            entry=myoclonus, helpful=False, reason=reason, day="2030-01-01"
        )
    EntryFeedback.objects.create(entry=myoclonus, helpful=True, day="2030-01-01")
    response = client_for(bob).get(GAPS)
    row = response.context["report"].unhelpful[0]
    assert (row.entry.pk, row.not_helpful, row.helpful) == (myoclonus.pk, 4, 1)
    assert row.reasons[0] == ("It is hard to understand", 2)
    assert b"It answers a different question: 1" in response.content


def test_the_gaps_report_is_in_the_admin_menu(alice):
    response = client_for(alice).get("/admin/")
    assert b"Gaps report" in response.content
