"""The static export: the whole public site as files any web server can serve."""

import json
import re
import shutil
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import CommandError, call_command
from django.test import Client, RequestFactory
from django.utils import translation
from wagtail.models import Page

from patientfaq.faq.models import EntryPage, EntryReadCount, RelatedEntry
from patientfaq.publishing import handouts, site_tree
from patientfaq.publishing.export import (
    EXPORT_KEY,
    MANIFEST,
    ExportOptions,
    SiteExporter,
    relative_links,
)
from patientfaq.publishing.public import public_pages
from patientfaq.publishing.site_tree import SiteTree

from .conftest import assert_no_secrets

pytestmark = pytest.mark.django_db
BASE = "https://faq.example.org/patients"
HREF = re.compile(r'\s(?:href|src|action|data-index)="([^"]+)"')


def export(outdir: Path, **options) -> object:
    return SiteExporter(outdir, ExportOptions(base_url=BASE, **options)).run()


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory, django_db_setup, django_db_blocker) -> Path:
    """The demo site exported once for the tests that only read it (exporting writes nothing)."""
    outdir = tmp_path_factory.mktemp("export")
    with django_db_blocker.unblock():
        export(outdir, handouts=False)
    return outdir


def exported_page(path: str, **options) -> str:
    """One page as the exporter renders it, before its links are made relative."""
    client = Client(**{EXPORT_KEY: ExportOptions(base_url=BASE, **options)})
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def fake_pdfs(monkeypatch):
    """Handouts as their HTML behind a PDF header: fast, and readable by the test."""
    monkeypatch.setattr(handouts, "handout_pdf", lambda html, request: b"%PDF-" + html.encode())


def local_links(outdir: Path) -> list[tuple[Path, str]]:
    """Each page's relative links (the 'not found' pages are tested on their own)."""
    links = []
    for page in outdir.rglob("*.html"):
        if page.name == "404.html":
            continue
        for href in HREF.findall(page.read_text()):
            if not urlsplit(href).scheme and not href.startswith(("#", "//")):
                links.append((page, urlsplit(href).path))
    return links


def test_links_are_made_relative_to_the_page():
    html = '<a href="/en/x/?q=1#top"> <link href="/static/a.css"> <a href="/en/">'
    assert relative_links(html, "/en/x/") == (
        '<a href="./?q=1#top"> <link href="../../static/a.css"> <a href="../">'
    )
    assert relative_links('<a href="https://a.org/en/">', "/en/") == '<a href="https://a.org/en/">'


def test_every_language_and_page_is_exported_and_every_link_works(demo_export):
    tmp_path = demo_export
    assert (tmp_path / "en/symptoms/what-is-myoclonus/index.html").exists()
    for code in ("en", "es", "fr", "de", "pt", "ar"):
        assert (tmp_path / code / "index.html").exists()
        assert (tmp_path / code / "feed.atom").exists()
        assert (tmp_path / code / "search/index.html").exists()
    # The live site shows an untranslated entry under every language prefix; the export sends
    # the reader from there to the entry.
    assert (tmp_path / "fr/symptoms/what-is-myoclonus/index.html").exists()
    for name in ("sitemap.xml", "robots.txt", "llms.txt", "index.html", "static/faq/site.css"):
        assert (tmp_path / name).exists(), name
    broken = []
    for page, path in local_links(tmp_path):
        target = (page.parent / path).resolve()
        if target.is_dir():
            target = target / "index.html"
        if not target.exists():
            broken.append(f"{page.relative_to(tmp_path)} -> {path}")
    assert not broken, broken[:5]


def test_an_untranslated_entry_under_another_language_sends_the_reader_on(demo_export):
    alias = (demo_export / "fr/symptoms/what-is-myoclonus/index.html").read_text()
    assert '<html lang="fr"' in alias
    assert 'content="0; url=../../../en/symptoms/what-is-myoclonus/"' in alias
    assert f'rel="canonical" href="{BASE}/en/symptoms/what-is-myoclonus/"' in alias
    assert 'href="../../../en/symptoms/what-is-myoclonus/" lang="en"' in alias
    assert "pas encore disponible" in alias
    # Only the note and the link: the entry itself is written once, at its own address.
    assert "<main" not in alias and "not medical advice" not in alias
    manifest = json.loads((demo_export / MANIFEST).read_text())["files"]
    assert manifest["/fr/symptoms/what-is-myoclonus/"]["alias_of"] == (
        "/en/symptoms/what-is-myoclonus/"
    )


def test_the_page_tree_routes_every_address_as_the_site_does(demo_export):
    """The exporter's own routing (no query an address) agrees with Wagtail's."""
    tree = SiteTree()
    manifest = json.loads((demo_export / MANIFEST).read_text())["files"]
    paths = [path for path, record in manifest.items() if "page" in record and path.endswith("/")]
    paths += ["/fr/no-such-topic/", "/en/symptoms/no-such-entry/", "/de/about/", "/xx/"]
    assert len(paths) > 50
    for path in paths:
        language = path.strip("/").split("/")[0]
        with translation.override(language):
            route = Page.route_for_request(RequestFactory().get(path), path[len(language) + 1 :])
        expected = route[0].pk if route else None
        found = tree.route(path)
        assert (found.pk if found else None) == expected, path
    for page in public_pages():
        assert tree.url(tree.pages[page.pk]) == page.url


def test_a_missing_address_gets_the_sites_not_found_page_with_the_question_box(demo_export):
    for name in ("404.html", "en/404.html", "fr/404.html", "ar/404.html"):
        assert (demo_export / name).exists(), name
    page = (demo_export / "404.html").read_text()
    assert page == (demo_export / "en/404.html").read_text()
    assert "We could not find that page" in page
    assert 'role="search"' in page and 'action="/patients/en/search/"' in page
    assert 'lang="fr"' in (demo_export / "fr/404.html").read_text()
    # Hosts show it at the missing address, at any depth: its links start from the root.
    for href in HREF.findall(page):
        if not urlsplit(href).scheme and not href.startswith("#"):
            assert href.startswith("/patients/"), href
            target = demo_export / urlsplit(href).path.removeprefix("/patients/")
            assert target.exists() or (target / "index.html").exists(), href


def test_absolute_addresses_use_the_base_url(demo_export, myoclonus):
    tmp_path = demo_export
    assert f"<loc>{BASE}{myoclonus.url}</loc>" in (tmp_path / "sitemap.xml").read_text()
    assert f"Sitemap: {BASE}/sitemap.xml" in (tmp_path / "robots.txt").read_text()
    entry = (tmp_path / "en/symptoms/what-is-myoclonus/index.html").read_text()
    assert f'"url":"{BASE}{myoclonus.url}"' in entry
    assert f"{BASE}{myoclonus.url}" in entry.split('class="page-address"')[1]


def test_without_a_live_site_the_forms_that_need_one_are_left_out(demo_export):
    entry = (demo_export / "en/symptoms/what-is-myoclonus/index.html").read_text()
    assert "/ask/" not in entry and "feedback" not in entry.split("</main>")[0].split("<main")[1]
    assert "handouts/" not in entry and "data-my-list" not in entry


def test_with_a_live_site_questions_and_votes_go_there(myoclonus):
    entry = exported_page(myoclonus.url, answer_api="https://live.example.org")
    assert 'href="https://live.example.org/en/ask/"' in entry
    assert 'action="https://live.example.org/en/feedback/"' in entry
    assert 'data-list-url="https://live.example.org/en/my-list/"' in entry
    search = exported_page("/en/search/", answer_api="https://live.example.org")
    assert 'data-answer-api="https://live.example.org/api/v1/answers/"' in search


def test_the_search_page_shows_the_emergency_guidance_and_the_disclaimer(demo_export):
    search = (demo_export / "en/search/index.html").read_text()
    assert "If this is happening now, get help straight away" in search
    assert 'href="tel:911"' in search and "988 Suicide &amp; Crisis Lifeline" in search
    assert "not medical advice" in search
    assert 'data-index="entries.json"' in search


def test_the_search_index_lists_approved_entries_and_untranslated_ones_in_place(demo_export):
    tmp_path = demo_export
    english = json.loads((tmp_path / "en/search/entries.json").read_text())["entries"]
    french = json.loads((tmp_path / "fr/search/entries.json").read_text())["entries"]
    approved = [e for e in EntryPage.objects.live().filter(locale__language_code="en")]
    assert {e["question"] for e in english} <= {e.title for e in approved}
    assert "What is myoclonus?" in {e["question"] for e in english}
    myoclonus = next(e for e in french if e["question"] == "What is myoclonus?")
    assert myoclonus["url"] == "/fr/symptoms/what-is-myoclonus/"
    assert myoclonus["language"] == "en"


def test_drafts_private_pages_and_unapproved_words_never_reach_the_export(
    tmp_path, hidden_pages, fake_pdfs
):
    report = export(tmp_path)
    assert report.handouts_rendered > 0
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert_no_secrets(path.read_bytes().decode(errors="replace"), str(path))
    for key in ("draft", "private"):
        assert not list(tmp_path.glob(f"*/handouts/{hidden_pages[key].pk}.pdf"))


def test_exporting_does_not_count_as_reading(myoclonus):
    exported_page(myoclonus.url)
    assert not EntryReadCount.objects.filter(entry=myoclonus).exists()
    Client().get(myoclonus.url)
    assert EntryReadCount.objects.get(entry=myoclonus).count == 1


def test_a_second_export_renders_only_changed_pages_and_removes_unpublished_ones(
    tmp_path, demo_export, myoclonus
):
    shutil.copytree(demo_export, tmp_path, dirs_exist_ok=True)
    pages = len(json.loads((tmp_path / MANIFEST).read_text())["files"])
    assert export(tmp_path, handouts=False).rendered == 0
    myoclonus.short_answer = "A changed short answer."
    myoclonus.save_revision().publish()
    gone = EntryPage.objects.live().filter(locale__language_code="en").exclude(pk=myoclonus.pk)[5]
    gone_path = tmp_path / gone.url.lstrip("/") / "index.html"
    assert gone_path.exists()
    gone.unpublish()
    third = export(tmp_path, handouts=False)
    assert 0 < third.rendered < pages / 3
    assert third.removed >= 1 and not gone_path.exists()
    entry = (tmp_path / "en/symptoms/what-is-myoclonus/index.html").read_text()
    assert "A changed short answer." in entry
    manifest = json.loads((tmp_path / MANIFEST).read_text())["files"]
    assert manifest[myoclonus.url]["page"] == myoclonus.pk


def test_a_re_export_renders_the_changed_entry_and_the_pages_showing_it_only(
    tmp_path, demo_export, myoclonus, monkeypatch
):
    shutil.copytree(demo_export, tmp_path, dirs_exist_ok=True)
    rendered: list[str] = []
    render_html = SiteExporter._render_html
    monkeypatch.setattr(
        SiteExporter,
        "_render_html",
        lambda self, path: rendered.append(path) or render_html(self, path),
    )
    myoclonus.short_answer = "A changed short answer."
    myoclonus.save_revision().publish()
    export(tmp_path, handouts=False)
    category = myoclonus.get_parent()
    assert myoclonus.url in rendered
    # The topic lists the entry's short answer.
    assert category.url in rendered
    showing_it = {link.page_id for link in RelatedEntry.objects.filter(entry=myoclonus)}
    unrelated = (
        EntryPage.objects.live()
        .filter(locale__language_code="en")
        .exclude(path__startswith=category.path)
        .exclude(pk__in=showing_it)
    )
    assert unrelated.exists()
    assert not any(entry.url in rendered for entry in unrelated)
    entries = EntryPage.objects.live().count()
    assert len([path for path in rendered if path.count("/") == 4]) < entries / 3
    # Languages without a translation send readers on; the entry is not rendered for them.
    assert not any(path.startswith("/fr/symptoms/what-is-myoclonus") for path in rendered)


def test_an_entry_is_rendered_again_on_the_day_its_review_falls_overdue(myoclonus, monkeypatch):
    tree = SiteTree()
    page = tree.pages[myoclonus.pk]
    review = myoclonus.current_review()
    assert review is not None and not review.is_overdue
    before = tree.fingerprint(page)

    class Later(date):
        @classmethod
        def today(cls) -> date:
            return review.next_review_due + timedelta(days=1)

    monkeypatch.setattr(site_tree, "date", Later)
    assert SiteTree().fingerprint(page) != before


def test_the_command_refuses_a_folder_of_other_files_and_a_bad_address(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(CommandError, match="not empty"):
        call_command("export_site", str(tmp_path), "--no-handouts")
    with pytest.raises(CommandError, match="full address"):
        call_command("export_site", str(tmp_path / "new"), "--base-url", "faq.example.org")
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_the_answer_api_sends_cors_headers_to_the_configured_export_only(settings):
    settings.ANSWER_API_CORS_ORIGINS = ["https://static.example.org"]
    client = Client()
    preflight = client.options(
        "/api/v1/answers/",
        HTTP_ORIGIN="https://static.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "https://static.example.org"
    assert "POST" in preflight["Access-Control-Allow-Methods"]
    answer = client.post(
        "/api/v1/answers/",
        {"q": "what is myoclonus", "language": "en"},
        content_type="application/json",
        HTTP_ORIGIN="https://static.example.org",
    )
    assert answer.status_code == 200
    assert answer["Access-Control-Allow-Origin"] == "https://static.example.org"
    stranger = client.get("/api/v1/answers/?q=myoclonus", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in stranger
    other = client.get("/api/v1/entries/", HTTP_ORIGIN="https://static.example.org")
    assert "Access-Control-Allow-Origin" not in other


def test_an_export_on_a_development_machine_writes_the_sites_not_found_page(tmp_path, settings):
    # With DEBUG on, Django answers a missing address with its technical page, which lists the
    # site's addresses: the export asks for the one production shows.
    settings.DEBUG = True
    export(tmp_path, handouts=False)
    page = (tmp_path / "404.html").read_text()
    assert "We could not find that page" in page
    assert "Django" not in page
