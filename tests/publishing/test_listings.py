"""Sitemap, robots.txt, feeds and llms.txt: what crawlers and readers' apps are told."""

import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from wagtail.models import Locale

from patientfaq.faq.models import EntryPage
from patientfaq.publishing.public import public_pages

from .conftest import assert_no_secrets, json_ld

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_sitemap_lists_every_public_page_with_alternates_and_last_publish(client, myoclonus):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    urls = {url.find(f"{SITEMAP}loc").text: url for url in root.iter(f"{SITEMAP}url")}
    assert len(urls) == public_pages().count()
    entry = urls[f"http://testserver{myoclonus.url}"]
    assert entry.find(f"{SITEMAP}lastmod").text == myoclonus.last_published_at.date().isoformat()
    spanish = myoclonus.get_translation(Locale.objects.get(language_code="es"))
    alternates = {link.get("hreflang"): link.get("href") for link in entry.iter(f"{XHTML}link")}
    assert alternates["es"] == f"http://testserver{spanish.url}"
    assert alternates["x-default"] == f"http://testserver{myoclonus.url}"
    assert {url.split("/")[3] for url in urls} == {"en", "es"}


def test_robots_txt_names_the_sitemap_and_keeps_patients_questions_out(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /*/search/" in text and "Disallow: /admin/" in text


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_each_language_has_an_atom_feed_of_its_entries(client, language):
    response = client.get(f"/{language}/feed.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    titles = [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]
    expected = EntryPage.objects.live().filter(locale__language_code=language)
    assert sorted(titles) == sorted(entry.title for entry in expected)
    for entry in feed.iter(f"{ATOM}entry"):
        assert entry.find(f"{ATOM}updated").text and entry.find(f"{ATOM}published").text


def test_llms_txt_lists_approved_entries_with_their_reviewer(client, myoclonus):
    text = client.get("/llms.txt").content.decode()
    review = myoclonus.current_review()
    line = next(line for line in text.splitlines() if line.startswith(f"- [{myoclonus.title}]"))
    assert f"http://testserver{myoclonus.url}" in line
    assert review.reviewer_name in line and review.reviewed_on.isoformat() in line
    assert "## Español (es)" in text


def test_llms_txt_leaves_out_an_entry_whose_live_words_were_never_approved(client, myoclonus):
    myoclonus.review_records.update(revision=myoclonus.live_revision)
    assert myoclonus.title in client.get("/llms.txt").content.decode()
    myoclonus.short_answer = "Published without a clinical review."
    myoclonus.save_revision().publish()
    text = client.get("/llms.txt").content.decode()
    assert myoclonus.title not in text


def test_drafts_private_pages_and_unapproved_words_stay_out_of_every_listing(client, hidden_pages):
    outputs = {
        "sitemap": client.get("/sitemap.xml"),
        "robots": client.get("/robots.txt"),
        "llms.txt": client.get("/llms.txt"),
        **{f"feed {c}": client.get(f"/{c}/feed.atom") for c, _n in settings.LANGUAGES},
    }
    category = hidden_pages["pending"].get_parent()
    outputs["category JSON-LD"] = client.get(category.url)
    outputs["entry JSON-LD"] = client.get(hidden_pages["pending"].url)
    for where, response in outputs.items():
        assert response.status_code == 200, where
        assert_no_secrets(response.content.decode(), where)
    assert json_ld(outputs["category JSON-LD"].content.decode())
