"""Editors keep the urgent-sign lists per language, and can test a sentence against them."""

import pytest
from django.urls import reverse

from patientfaq.answers.models import UrgentCareContact, UrgentSignRule
from patientfaq.answers.safety import urgent_signs

from .conftest import client_for

pytestmark = pytest.mark.django_db


def test_the_built_in_signs_are_in_the_admin_for_each_language():
    assert set(UrgentSignRule.objects.values_list("language", flat=True)) >= {"en", "es", "fr"}
    assert UrgentSignRule.objects.filter(language="en", key="prolonged_seizure").exists()


def test_alice_adds_a_phrase_and_the_site_notices_it_at_once(alice):
    assert not urgent_signs("he is making a rattling noise in his throat", "en")
    rule = UrgentSignRule.objects.get(language="en", key="breathing")
    response = client_for(alice).post(
        reverse("wagtailsnippets_answers_urgentsignrule:edit", args=[rule.pk]),
        {
            "language": "en",
            "key": "breathing",
            "label": rule.label,
            "phrases": rule.phrases + "\nrattling noise",
            "active": "on",
        },
    )
    assert response.status_code == 302
    assert [
        hit.key for hit in urgent_signs("he is making a rattling noise in his throat", "en")
    ] == ["breathing"]


def test_a_malformed_phrase_gets_a_field_error_and_changes_nothing(alice):
    rule = UrgentSignRule.objects.get(language="en", key="breathing")
    before = rule.phrases
    response = client_for(alice).post(
        reverse("wagtailsnippets_answers_urgentsignrule:edit", args=[rule.pk]),
        {
            "language": "en",
            "key": "breathing",
            "label": rule.label,
            "phrases": "fever +",
            "active": "on",
        },
    )
    assert response.status_code == 200
    assert "must have words on both sides" in response.content.decode()
    rule.refresh_from_db()
    assert rule.phrases == before


def test_the_test_field_shows_what_fires_and_what_was_set_aside(alice):
    editor = client_for(alice)
    url = reverse("urgent_sign_test")
    urgent = editor.post(url, {"language": "en", "sentence": "he is not breathing properly"})
    assert "Urgent: the urgent-care box would be shown first." in urgent.content.decode()
    calm = editor.post(url, {"language": "en", "sentence": "no trouble breathing, just tired"})
    html = calm.content.decode()
    assert "Not urgent" in html
    assert "negated" in html


def test_a_spanish_page_still_notices_an_english_emergency():
    assert urgent_signs("my baby is floppy and won't wake up", "es")


def test_each_language_can_have_its_own_emergency_number(client):
    UrgentCareContact.objects.create(language="es", emergency_number="112", crisis_line="024")
    html = client.get(
        "/es/search/", {"q": "mi hijo tiene una convulsión que no para"}
    ).content.decode()
    assert 'href="tel:112"' in html
