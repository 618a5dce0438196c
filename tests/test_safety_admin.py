"""Editors keep the urgent-sign lists per language, and can test a sentence against them."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from patientfaq.answers import admin_views, safety
from patientfaq.answers.models import UrgentCareContact, UrgentSignRule
from patientfaq.answers.safety import urgent_signs
from patientfaq.engine.urgent import SIGNS_DIR, UrgentSign, read_sign_file

from .conftest import client_for
from .engine.test_urgent_wording import fake as fake_wording

pytestmark = pytest.mark.django_db


def test_the_built_in_signs_are_in_the_admin_for_each_language():
    assert set(UrgentSignRule.objects.values_list("language", flat=True)) >= {"en", "es", "fr"}
    assert UrgentSignRule.objects.filter(language="en", key="prolonged_seizure").exists()


def test_alice_adds_a_phrase_and_the_site_notices_it_at_once(alice, monkeypatch):
    # The sign lists alone: the classifier reads a rattling throat as urgent already.
    monkeypatch.setattr(safety, "default_wording", lambda: fake_wording())
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


def _ship(monkeypatch, language: str, key: str, phrases: tuple[str, ...]) -> None:
    """Pretend the project's sign file for a language now ships these phrases for a sign."""
    shipped = dict(safety.DEFAULT_SIGNS)
    shipped[language] = tuple(
        UrgentSign(s.key, s.label, phrases) if s.key == key else s for s in shipped[language]
    )
    monkeypatch.setattr(safety, "DEFAULT_SIGNS", shipped)


def test_a_sign_staff_never_changed_follows_the_file_on_upgrade(monkeypatch):
    rule = UrgentSignRule.objects.get(language="en", key="breathing")
    assert not rule.changed_on_this_site
    _ship(monkeypatch, "en", "breathing", ("not breath*", "rattling noise"))
    safety.copy_shipped_signs()
    assert urgent_signs("he is making a rattling noise in his throat", "en")
    rule.refresh_from_db()
    assert rule.phrases == "not breath*\nrattling noise"
    assert not rule.changed_on_this_site


def test_a_sign_staff_changed_is_kept_when_the_file_changes(monkeypatch):
    monkeypatch.setattr(safety, "default_wording", lambda: fake_wording())
    rule = UrgentSignRule.objects.get(language="en", key="breathing")
    rule.phrases += "\ngurgling"
    rule.save()
    assert rule.changed_on_this_site
    _ship(monkeypatch, "en", "breathing", ("not breath*", "rattling noise"))
    safety.copy_shipped_signs()
    rule.refresh_from_db()
    assert rule.phrases.endswith("\ngurgling")
    assert not urgent_signs("he is making a rattling noise in his throat", "en")


def test_a_deleted_sign_comes_back_on_upgrade_so_only_in_use_switches_it_off():
    UrgentSignRule.objects.filter(language="de", key="stroke").delete()
    safety.copy_shipped_signs()
    assert UrgentSignRule.objects.filter(language="de", key="stroke", active=True).exists()


def test_staff_changes_export_as_a_sign_file_for_a_pull_request(tmp_path):
    rule = UrgentSignRule.objects.get(language="en", key="breathing")
    rule.phrases += "\ngurgling"
    rule.save()
    out = io.StringIO()
    call_command("export_urgent_signs", stdout=out)
    exported = out.getvalue()
    assert exported.startswith("# en.toml")
    english = (SIGNS_DIR / "en.toml").read_text(encoding="utf-8")
    words = english[: english.index("[[signs]]")]
    (tmp_path / "en.toml").write_text(words + exported.split("\n", 2)[2], encoding="utf-8")
    _, signs = read_sign_file(tmp_path / "en.toml")
    assert [s.key for s in signs] == ["breathing"]
    assert signs[0].phrases[-1] == "gurgling"


def test_the_admin_list_says_which_signs_were_changed_on_this_site(alice):
    html = client_for(alice).get(reverse("wagtailsnippets_answers_urgentsignrule:list"))
    assert "Changed on this site" in html.content.decode()


BOX = "If this is happening now, get help straight away"


def test_the_urgent_box_shows_when_only_the_wording_classifier_fires(client, monkeypatch):
    monkeypatch.setattr(safety, "default_wording", lambda: fake_wording("gurgling"))
    assert not safety.detector_for("en").find("he is gurgling strangely")
    html = client.get("/en/search/", {"q": "he is gurgling strangely"}).content.decode()
    assert BOX in html
    assert "Words that can describe an emergency" in html


def test_the_urgent_box_shows_when_only_the_sign_lists_fire(client, monkeypatch):
    monkeypatch.setattr(safety, "default_wording", lambda: fake_wording())
    html = client.get("/en/search/", {"q": "my husband's seizure won't stop"}).content.decode()
    assert BOX in html


def test_no_urgent_box_when_the_classifier_overrules_a_shipped_signs_match(client, monkeypatch):
    monkeypatch.setattr(safety, "default_wording", lambda: fake_wording(confirm=0.3))
    html = client.get("/en/search/", {"q": "my husband's seizure won't stop"}).content.decode()
    assert BOX not in html


def test_no_urgent_box_when_neither_fires(client, monkeypatch):
    monkeypatch.setattr(safety, "default_wording", lambda: fake_wording("gurgling"))
    html = client.get("/en/search/", {"q": "can I drive with epilepsy"}).content.decode()
    assert BOX not in html


def test_the_test_field_shows_the_wording_classifier_score(alice, monkeypatch):
    monkeypatch.setattr(admin_views, "default_wording", lambda: fake_wording("gurgling"))
    html = (
        client_for(alice)
        .post(reverse("urgent_sign_test"), {"language": "en", "sentence": "he is gurgling"})
        .content.decode()
    )
    assert "Urgent: the urgent-care box would be shown first." in html
    assert "scores this 1.00" in html


def test_the_test_field_shows_a_match_the_classifier_overruled(alice, monkeypatch):
    monkeypatch.setattr(admin_views, "default_wording", lambda: fake_wording(confirm=0.3))
    sentence = "my husband's seizure won't stop"
    html = (
        client_for(alice)
        .post(reverse("urgent_sign_test"), {"language": "en", "sentence": sentence})
        .content.decode()
    )
    assert "Not urgent: the wording classifier overruled the signs that matched." in html
    assert "count only when the wording classifier scores the message 0.30 or more" in html
