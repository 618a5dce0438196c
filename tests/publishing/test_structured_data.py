"""Search engines read who the organisation is and who checked each answer, from the page."""

import pytest

from patientfaq.faq.models import CategoryPage
from patientfaq.organisation.models import Organisation
from patientfaq.publishing.structured_data import (
    as_script_json,
    founder_names,
    nonprofit_status,
)

from .conftest import json_ld, node

pytestmark = pytest.mark.django_db


def test_an_entry_is_a_medical_web_page_with_its_review_and_audience(client, myoclonus):
    data = json_ld(client.get(myoclonus.url).content.decode())
    assert data["@context"] == "https://schema.org"
    page = node(data, "MedicalWebPage")
    review = myoclonus.current_review()
    assert page["name"] == myoclonus.title
    assert page["url"].endswith(myoclonus.url)
    assert page["inLanguage"] == "en"
    assert page["lastReviewed"] == review.reviewed_on.isoformat()
    assert page["reviewedBy"]["@type"] == "Person"
    assert page["reviewedBy"]["name"] == review.reviewer_name
    assert page["reviewedBy"]["hasCredential"]["name"] == review.reviewer_credential
    audiences = {audience["audienceType"] for audience in page["medicalAudience"]}
    assert audiences == {"Patient", "Caregiver"}
    assert all(audience["@type"] == "MedicalAudience" for audience in page["medicalAudience"])
    assert page["mainEntity"]["@type"] == "Question"
    assert "Everyday myoclonus\n" in page["mainEntity"]["acceptedAnswer"]["text"]
    assert page["citation"] and all(work["name"] for work in page["citation"])
    assert page["publisher"]["@id"] == node(data, "NGO")["@id"]


def test_the_organisation_is_an_ngo_with_status_tax_id_and_founders(client, home):
    organisation = Organisation.objects.get()
    data = json_ld(client.get(home.url).content.decode())
    ngo = node(data, "NGO")
    assert ngo["legalName"] == organisation.legal_name
    assert ngo["taxID"] == organisation.tax_id
    assert ngo["nonprofitStatus"] == "https://schema.org/Nonprofit501c3"
    assert ngo["foundingDate"] == str(organisation.founded_year)
    assert [f["name"] for f in ngo["founder"]] == ["Miriam Castell", "Daniel Osei-Hart"]
    assert all(founder["@type"] == "Person" for founder in ngo["founder"])
    assert node(data, "WebSite")["url"].endswith(home.url)


def test_a_category_is_an_faq_page_of_its_entries_with_a_breadcrumb(client):
    category = CategoryPage.objects.live().get(slug="symptoms", locale__language_code="es")
    data = json_ld(client.get(category.url).content.decode())
    faq = node(data, "FAQPage")
    entries = category.entries()
    assert [q["name"] for q in faq["mainEntity"]] == [entry.title for entry in entries]
    assert all(q["acceptedAnswer"]["text"] for q in faq["mainEntity"])
    assert faq["inLanguage"] == "es"
    crumbs = node(data, "BreadcrumbList")["itemListElement"]
    assert [crumb["position"] for crumb in crumbs] == [1, 2]
    assert crumbs[-1]["name"] == category.title and crumbs[-1]["item"].endswith(category.url)


def test_an_entry_breadcrumb_runs_home_category_entry(client, myoclonus):
    data = json_ld(client.get(myoclonus.url).content.decode())
    crumbs = node(data, "BreadcrumbList")["itemListElement"]
    assert [c["name"] for c in crumbs][1:] == [myoclonus.get_parent().title, myoclonus.title]


def test_status_and_founders_are_read_from_plain_words():
    assert nonprofit_status("501(c)(4) social welfare") == "https://schema.org/Nonprofit501c4"
    assert nonprofit_status("Registered charity 123") == "Registered charity 123"
    assert founder_names("Jane Doe, Ali Khan and Mei Lin") == ["Jane Doe", "Ali Khan", "Mei Lin"]
    assert founder_names("") == []


def test_words_in_the_data_cannot_close_the_script_element():
    text = as_script_json({"name": "</script><script>alert(1)</script> & more"})
    assert "</script>" not in text and "<" not in text and "&" not in text
