"""A patient asks in their own words; the site answers with vetted entries, or says it has none."""

import logging

import pytest
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from patientfaq.answers.service import answer_question
from patientfaq.faq.models import EntryPage

pytestmark = pytest.mark.django_db

SEED = (
    "I experience body jerks, shakes, and spasms. They are very alarming. My Doctors says it is "
    "myoclonus. What is Myoclonus?"
)


def search(client, q: str):
    return client.get(reverse("search"), {"q": q})


@pytest.mark.model
def test_the_seed_question_puts_the_myoclonus_entry_first(client, myoclonus):
    response = search(client, SEED)
    html = response.content.decode()
    first = html.split('<li class="result">', 2)[1]
    assert myoclonus.title in first
    assert myoclonus.short_answer in first
    assert "From our entry" in first
    assert "Medically reviewed by" in first


@pytest.mark.model
def test_lay_words_find_the_clinical_entry(myoclonus):
    result = answer_question("sudden jerks in my arms like electric shocks, what is this?", "en")
    assert result.answered
    assert result.results[0].entry == myoclonus


@pytest.mark.model
def test_the_snippet_is_a_verbatim_passage_of_the_entry(myoclonus):
    result = answer_question(SEED, "en")
    passage = result.results[0].passage
    assert passage
    assert " ".join(passage.split()) in " ".join(myoclonus.answer_text().split())


@pytest.mark.model
def test_a_question_the_faq_does_not_cover_gets_the_no_answer_path(client):
    html = search(client, "how do I renew my passport quickly").content.decode()
    assert "We don't have an answer to that yet" in html
    assert '<ol class="results">' not in html


@pytest.mark.model
def test_an_urgent_question_shows_the_urgent_box_before_anything_else(client):
    html = search(
        client, "my husband's seizure won't stop, it has been 10 minutes"
    ).content.decode()
    main = html.split('id="main"', 1)[1]
    assert "get help straight away" in main
    assert main.index("urgent-box") < main.index("<h1>")
    assert 'Call <a href="tel:911">911</a>' in main


@pytest.mark.model
def test_no_trouble_breathing_is_not_treated_as_urgent(client):
    html = search(
        client, "no trouble breathing, just tired after IVIG, is that normal"
    ).content.decode()
    assert "urgent-box" not in html


@pytest.mark.model
def test_a_question_about_stopping_medicine_adds_the_care_team_note(client):
    html = search(client, "should I stop taking my steroids if I feel better?").content.decode()
    assert "only your care team can say what is right for you" in html


@pytest.mark.model
@pytest.mark.parametrize(
    "q",
    [
        "",
        "     ",
        "?!?!... ---",
        "😟😟😟",
        "<script>alert('x')</script> what is EEG",
        "ما هو الرمع العضلي؟",
        "什么是肌阵挛",
        "jerks \x00\x01\x02 in my arm",
        "word " * 4000,
    ],
)
def test_bad_input_gets_a_clear_page_never_an_error(client, q):
    response = search(client, q)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "Ask your question" in html


@pytest.mark.model
def test_a_very_long_question_is_shortened_with_a_notice(client):
    html = search(client, "my arm jerks " * 2000).content.decode()
    assert "first 2,000 characters" in html


@pytest.mark.model
def test_the_api_returns_the_same_answer_as_json(client, myoclonus):
    response = client.get(reverse("answers_api"), {"q": SEED, "language": "en"})
    assert response.status_code == 200
    data = response.json()
    assert data["answered"] is True
    assert data["results"][0]["id"] == myoclonus.pk
    assert data["results"][0]["reviewed_by"]
    assert data["urgent"] is None
    assert data["disclaimer"]


@pytest.mark.model
def test_the_api_puts_urgent_guidance_first(client):
    data = client.get(
        reverse("answers_api"), {"q": "he took too many pills and won't wake up"}
    ).json()
    assert data["urgent"]["emergency_number"] == "911"
    assert list(data)[0] == "urgent"


def test_the_api_refuses_an_empty_question_with_a_message(client):
    response = client.get(reverse("answers_api"), {"q": "  "})
    assert response.status_code == 400
    assert "error" in response.json()


@pytest.mark.model
def test_publishing_and_unpublishing_change_what_patients_find(myoclonus):
    answer_question("warm-up", "en")  # build the index first, as a running site has
    category = myoclonus.get_parent()
    entry = EntryPage(
        title="Can I drink coffee with IVIG?",
        slug="coffee-ivig",
        short_answer="Usually yes.",
        answer="<p>Coffee and IVIG infusions are usually fine together.</p>",
        also_asked="espresso during my infusion",
    )
    category.add_child(instance=entry)
    entry.save_revision()  # a draft: never searchable
    assert all(
        r.entry.pk != entry.pk for r in answer_question("coffee espresso infusion", "en").results
    )

    entry.get_latest_revision().publish()
    first = answer_question("coffee espresso infusion", "en").results[0]
    assert first.entry.pk == entry.pk

    entry.unpublish()
    assert all(
        r.entry.pk != entry.pk for r in answer_question("coffee espresso infusion", "en").results
    )


@pytest.mark.model
def test_an_editors_pinned_entry_comes_first(myoclonus):
    query = Query.objects.create(query_string="help")
    SearchPromotion.objects.create(query=query, page=myoclonus, sort_order=0)
    result = answer_question("Help", "en")
    assert result.results[0].entry == myoclonus
    assert result.answered


@pytest.mark.model
def test_patients_words_never_reach_the_logs(client, caplog):
    with caplog.at_level(logging.DEBUG):
        search(client, "private words about my daughter")
        client.get(reverse("answers_api"), {"q": "private words about my daughter"})
    assert "private words" not in caplog.text


def test_the_api_refuses_an_unknown_language_with_a_message(client):
    response = client.get(reverse("answers_api"), {"q": "what is EEG", "language": "xx"})
    assert response.status_code == 400
    assert "language must be one of" in response.json()["error"]
