"""Anonymous readers get kept pages; a publish shows at once, and drafts never show."""

import pytest
from django.test import Client

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
