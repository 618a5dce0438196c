"""Editors see how hard each entry is to read, and Wagtail's own accessibility checker stays on."""

import nltk
import pytest

from patientfaq.editorial.readability import HIGHEST_PLAIN_GRADE, reading_grade

from .conftest import client_for

PLAIN = (
    "Myoclonus is a quick jerk of a muscle. You cannot stop it. Most jerks are harmless. "
    "Hiccups are one kind. Tell your doctor if the jerks are new."
)
DENSE = (
    "Myoclonus constitutes a heterogeneous neurological phenomenon characterised by sudden, "
    "involuntary, shock-like contractions or inhibitions of musculature, originating from "
    "cortical, subcortical, brainstem, spinal or peripheral generators, necessitating "
    "comprehensive electrophysiological characterisation before therapeutic intervention."
)


@pytest.fixture(autouse=True)
def no_downloads(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the reading grade tried to download NLTK data")

    monkeypatch.setattr(nltk, "download", refuse)


def test_plain_sentences_score_at_or_below_grade_8():
    grade = reading_grade(PLAIN)
    assert grade is not None
    assert grade.grade <= HIGHEST_PLAIN_GRADE
    assert not grade.too_hard
    assert grade.words == 28


def test_dense_medical_prose_scores_above_grade_8():
    grade = reading_grade(DENSE)
    assert grade is not None and grade.too_hard
    assert grade.grade > 15


def test_it_gives_no_grade_for_other_languages_or_empty_text():
    assert reading_grade("La mioclonía es una sacudida rápida de un músculo.", "es") is None
    assert reading_grade("   ", "en") is None


def test_alice_sees_the_reading_grade_when_she_edits_an_entry(alice, myoclonus):
    response = client_for(alice).get(f"/admin/pages/{myoclonus.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    expected = reading_grade(f"{myoclonus.short_answer}\n{myoclonus.answer_text()}")
    assert f"Reading grade {expected.grade}: plain enough" in html


def test_alice_is_warned_when_her_draft_is_too_hard_to_read(alice, myoclonus):
    myoclonus.answer = f"<p>{DENSE}</p>"
    myoclonus.short_answer = DENSE[:399]
    myoclonus.save_revision(user=alice)
    html = client_for(alice).get(f"/admin/pages/{myoclonus.pk}/edit/").content.decode()
    assert "harder than grade 8" in html
    assert "Try shorter sentences and everyday words" in html


def test_wagtails_accessibility_checker_runs_on_pages_for_signed_in_staff(alice, client):
    html = client_for(alice).get("/en/symptoms/what-is-myoclonus/").content.decode()
    assert 'id="checker-trigger"' in html
    assert "checker-axe-configuration" in html
    assert "checker-trigger" not in client.get("/en/symptoms/what-is-myoclonus/").content.decode()
