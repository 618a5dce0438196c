"""Readers always know what they read: a reviewed translation, or the original with a note."""

import pytest

from patientfaq.faq.models import EntryPage
from patientfaq.organisation.models import OrganisationTranslation

pytestmark = pytest.mark.django_db


def spanish(slug: str) -> EntryPage:
    return EntryPage.objects.get(slug=slug, locale__language_code="es")


def test_a_spanish_reader_gets_the_reviewed_spanish_entry(client):
    entry = spanish("what-is-myoclonus")
    html = client.get("/es/symptoms/what-is-myoclonus/").content.decode()
    assert entry.title in html
    assert '<html lang="es"' in html
    assert "translation-note" in html
    assert entry.current_review().reviewer_name in html


def test_an_untranslated_entry_is_shown_in_english_with_a_note_not_a_404(client):
    assert not EntryPage.objects.filter(slug="movement-problems", locale__language_code="es")
    response = client.get("/es/symptoms/movement-problems/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 lang="en" dir="ltr">' in html
    assert "translation-note" in html


def test_a_spanish_topic_lists_untranslated_entries_marked_as_english(client):
    html = client.get("/es/symptoms/").content.decode()
    assert spanish("what-is-myoclonus").title in html
    assert 'href="/es/symptoms/movement-problems/"' in html
    assert "(English)" in html


def test_when_the_source_changes_the_translation_says_so_and_links_to_it(client, myoclonus):
    myoclonus.short_answer = "An updated English short answer."
    myoclonus.save_revision().publish()
    html = client.get("/es/symptoms/what-is-myoclonus/").content.decode()
    assert "out-of-date" in html
    assert 'href="/en/symptoms/what-is-myoclonus/"' in html


def test_every_language_version_is_listed_as_an_alternate(client):
    html = client.get("/en/symptoms/what-is-myoclonus/").content.decode()
    assert 'hreflang="es" href="http://testserver/es/symptoms/what-is-myoclonus/"' in html
    assert 'hreflang="x-default"' in html


def test_the_footer_and_disclaimer_follow_the_readers_language(client):
    spanish_text = OrganisationTranslation.objects.get(language="es")
    html = client.get("/es/").content.decode()
    assert spanish_text.disclaimer in html
    assert spanish_text.mission in html


def test_the_browsers_language_is_the_first_guess(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es-ES,es;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/es/"


def test_dates_are_written_the_readers_way(client):
    html = client.get("/es/symptoms/what-is-myoclonus/").content.decode()
    review = spanish("what-is-myoclonus").current_review()
    months = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ]
    assert f"{review.reviewed_on.day} de {months[review.reviewed_on.month - 1]} de" in html


def test_english_words_under_the_arabic_interface_keep_their_own_direction(client):
    html = client.get("/ar/symptoms/what-is-myoclonus/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<h1 lang="en" dir="ltr">What is myoclonus?</h1>' in html


@pytest.mark.model
def test_a_spanish_question_finds_the_spanish_entry(client):
    data = client.get(
        "/api/answers/",
        {"q": "tengo sacudidas y espasmos en el cuerpo, ¿qué es la mioclonía?", "language": "es"},
    ).json()
    assert data["results"][0]["question"] == spanish("what-is-myoclonus").title
    questions = [r["question"] for r in data["results"]]
    assert "What is myoclonus?" not in questions  # the same entry is not listed twice


@pytest.mark.model
def test_a_question_about_an_untranslated_entry_finds_the_english_one_marked(client):
    html = client.get(
        "/es/search/", {"q": "¿qué problemas de movimiento puede causar la encefalitis?"}
    ).content.decode()
    first = html.split('<li class="result">', 2)[1]
    assert "What movement problems can autoimmune encephalitis cause?" in first
    assert 'href="/es/symptoms/movement-problems/"' in first
    assert 'lang="en" dir="ltr"' in first


@pytest.mark.model
def test_a_french_question_finds_the_english_entry():
    from patientfaq.answers.service import answer_question

    result = answer_question("qu'est-ce que la myoclonie ? mon bras sursaute", "fr")
    assert result.results[0].entry.slug == "what-is-myoclonus"
