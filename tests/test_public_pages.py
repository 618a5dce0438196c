"""What a patient sees: every public page carries the disclaimer and the organisation's identity."""

import pytest
from django.urls import reverse

from patientfaq.faq.models import CategoryPage, EntryPage, StandardPage
from patientfaq.organisation.models import LocalisedOrganisation, Organisation

pytestmark = pytest.mark.django_db


def public_urls(home) -> dict[str, str]:
    return {
        "home": home.url,
        "category": CategoryPage.objects.live().first().url,
        "entry": EntryPage.objects.live().first().url,
        "plain page": StandardPage.objects.live().first().url,
        "translated entry": EntryPage.objects.live().filter(locale__language_code="es").first().url,
        "untranslated entry in Arabic": "/ar/symptoms/what-is-myoclonus/",
        "results": reverse("search") + "?q=jerks",
        "empty results": reverse("search"),
        "financial statements": reverse("financial_statements"),
    }


def test_every_public_page_type_shows_the_disclaimer_and_the_footer(client, home):
    for kind, url in public_urls(home).items():
        response = client.get(url)
        assert response.status_code == 200, kind
        html = response.content.decode()
        organisation = LocalisedOrganisation(Organisation.objects.get(), url.split("/")[1])
        assert 'id="disclaimer-heading"' in html, kind
        assert organisation.disclaimer_text in html, kind
        assert organisation.legal_name in html, kind
        assert organisation.tax_id in html, kind
        assert organisation.charity_status in html, kind
        assert str(organisation.founded_year) in html, kind


def test_a_bad_address_gets_a_friendly_page_with_the_search_box(client):
    response = client.get("/en/no-such-page/at-all/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We could not find that page" in html
    assert 'name="q"' in html
    assert "Medical disclaimer" in html


def test_the_home_page_offers_the_question_box_categories_and_most_read(client, home, myoclonus):
    client.get(myoclonus.url)
    html = client.get(home.url).content.decode()
    assert "Ask your question" in html
    for category in CategoryPage.objects.live().filter(locale=home.locale):
        assert category.title in html
    most_read = html.split("Most read", 1)[1]
    assert myoclonus.title in most_read.split("</li>", 1)[0]


def test_the_menu_lists_the_plain_pages_and_works_without_javascript(client, home):
    html = client.get(home.url).content.decode()
    assert "<details" in html and "Select page" in html
    for slug in [
        "about",
        "donate",
        "advisory-board",
        "editorial-policy",
        "accessibility",
        "privacy",
    ]:
        assert f"/{slug}/" in html, slug


def test_an_entry_shows_everything_a_patient_needs(client, myoclonus):
    html = client.get(myoclonus.url).content.decode()
    assert myoclonus.title in html
    assert html.index(myoclonus.short_answer) < html.index("The full answer")
    assert "Also asked as" in html
    assert "I experience body jerks, shakes and spasms" in html
    assert "Sources" in html
    review = myoclonus.current_review()
    assert f"Medically reviewed by {review.reviewer_name}, {review.reviewer_credential} on" in html
    assert "Next review due" in html
    assert "Related questions" in html


def test_citations_render_as_references(client):
    kinds = set()
    for entry in EntryPage.objects.live():
        html = client.get(entry.url).content.decode()
        for block in entry.sources:
            kinds.add(block.block_type)
            if block.block_type == "doi":
                assert f'href="https://doi.org/{block.value["doi"]}"' in html
            if block.block_type == "pubmed":
                assert f"https://pubmed.ncbi.nlm.nih.gov/{block.value['pmid']}/" in html
            if block.block_type in {"web", "guideline"}:
                assert block.value["url"] in html
    assert "web" in kinds


def test_without_uploaded_statements_the_footer_offers_a_request_form(client, home):
    html = client.get(home.url).content.decode()
    assert "available on request" in html
    response = client.post(
        reverse("financial_statements"),
        {"name": "Dana", "email": "dana@example.com", "message": "2025 please"},
        follow=True,
    )
    assert "Thank you" in response.content.decode()
    from patientfaq.organisation.models import StatementRequest

    assert StatementRequest.objects.filter(email="dana@example.com").exists()


def test_a_statement_request_with_a_bad_email_is_refused_with_a_clear_message(client):
    from patientfaq.organisation.models import StatementRequest

    response = client.post(reverse("financial_statements"), {"name": "<b>x</b>", "email": "nope"})
    assert response.status_code == 400
    assert "Enter a valid email address" in response.content.decode()
    assert not StatementRequest.objects.exists()


def test_a_bot_filling_the_hidden_field_stores_nothing(client):
    from patientfaq.organisation.models import StatementRequest

    client.post(
        reverse("financial_statements"),
        {"name": "Bot", "email": "bot@example.com", "website": "http://spam.example"},
    )
    assert not StatementRequest.objects.exists()
