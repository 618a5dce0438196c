"""Anonymous readers get kept pages; a publish shows at once, and drafts never show."""

import time

import pytest
from django.core.cache import cache
from django.test import Client

from patientfaq.faq.models import EntryReadCount
from patientfaq.faq.reads import write_reads
from patientfaq.publishing import page_cache
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def kept(settings):
    settings.PAGE_CACHE_SECONDS = 300


def test_a_kept_page_is_served_until_the_entry_is_published_again(kept, myoclonus):
    url = myoclonus.url
    first = Client().get(url)
    assert first.status_code == 200
    myoclonus.short_answer = "A brand new short answer."
    myoclonus.save(update_fields=["short_answer"])  # changed behind the cache's back
    assert b"A brand new short answer." not in Client().get(url).content  # kept copy
    myoclonus.save_revision().publish()
    assert b"A brand new short answer." in Client().get(url).content


def test_a_draft_never_reaches_the_public_page(kept, myoclonus, carol):
    url = myoclonus.url
    Client().get(url)
    myoclonus.short_answer = "Unapproved draft words."
    myoclonus.save_revision()
    staff = client_for(carol)
    assert b"Unapproved draft words." in staff.get(f"/admin/pages/{myoclonus.pk}/edit/").content
    assert b"Unapproved draft words." not in Client().get(url).content
    assert b"Unapproved draft words." not in Client().get(url).content


def test_signed_in_staff_always_get_a_fresh_page(kept, myoclonus, carol):
    Client().get(myoclonus.url)
    myoclonus.short_answer = "Changed behind the cache's back."
    myoclonus.save(update_fields=["short_answer"])
    assert b"behind the cache" in client_for(carol).get(myoclonus.url).content
    assert b"behind the cache" not in Client().get(myoclonus.url).content


def test_a_publish_in_another_process_shows_at_this_ones_next_check(kept, myoclonus, monkeypatch):
    url = myoclonus.url
    Client().get(url)
    myoclonus.short_answer = "Published by another server."
    myoclonus.save(update_fields=["short_answer"])
    monkeypatch.setattr(page_cache, "CHECK_SECONDS", 3600.0)
    cache.incr(page_cache.VERSION_KEY)  # what another server's publish leaves in the cache
    assert b"Published by another server." not in Client().get(url).content  # not checked yet
    monkeypatch.setattr(page_cache, "CHECK_SECONDS", 0.0)
    assert b"Published by another server." in Client().get(url).content


def test_a_lost_version_never_brings_back_older_pages(kept, myoclonus):
    Client().get(myoclonus.url)
    before = page_cache.current_version()
    cache.delete(page_cache.VERSION_KEY)  # evicted, or the cache was emptied
    assert page_cache.current_version() not in (None, before)


def test_every_reader_of_a_kept_entry_is_counted(kept, myoclonus):
    for _ in range(3):
        assert Client().get(myoclonus.url).status_code == 200
    write_reads()
    assert EntryReadCount.objects.get(entry=myoclonus).count == 3


def test_a_page_rendered_before_a_publish_is_not_kept_after_it(myoclonus):
    pages = page_cache.KeptPages()
    generation = pages.generation
    pages.clear()  # a publish arrived while the page was being rendered
    pages.keep("/en/x/", page_cache.KeptPage(b"old", {}, time.monotonic() + 60, None), generation)
    assert pages.get("/en/x/") is None


def test_a_kept_copy_carries_the_same_headers_as_the_page_rendered(kept, myoclonus):
    rendered, kept_copy = Client().get(myoclonus.url), Client().get(myoclonus.url)
    assert kept_copy.content == rendered.content
    assert dict(kept_copy.headers) == dict(rendered.headers)


def test_during_an_export_each_part_is_made_once_even_with_no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0
    made = []
    with page_cache.parts_made_once():
        for _ in range(3):
            page_cache.kept_part("menu", lambda: made.append(1))
    page_cache.kept_part("menu", lambda: made.append(1))
    assert len(made) == 2, "once during the export, then each time again"
