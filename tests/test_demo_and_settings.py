import importlib

import pytest
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Page

from patientfaq.demo.loader import load_demo
from patientfaq.faq.models import CategoryPage, EntryPage

pytestmark = pytest.mark.django_db


def test_the_demo_organisation_has_enough_content(myoclonus):
    assert EntryPage.objects.live().count() >= 20
    assert CategoryPage.objects.live().count() >= 4
    assert "I experience body jerks, shakes and spasms" in myoclonus.also_asked


def test_loading_the_demo_twice_changes_nothing_and_keeps_edits(myoclonus):
    myoclonus.short_answer = "An editor's improvement."
    myoclonus.save_revision().publish()
    pages_before = Page.objects.count()
    created = load_demo()
    assert created == {"categories": 0, "entries": 0, "pages": 0, "users": 0}
    assert Page.objects.count() == pages_before
    myoclonus.refresh_from_db()
    assert myoclonus.short_answer == "An editor's improvement."


def test_a_bad_setting_stops_start_up_with_a_message(monkeypatch):
    import patientfaq.settings as settings_module

    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG must be true or false"):
        importlib.reload(settings_module)
    monkeypatch.setenv("DEBUG", "false")
    importlib.reload(settings_module)
