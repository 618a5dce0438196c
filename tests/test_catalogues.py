"""Every interface string is translated for every reader, and the translations reach the page."""

import re
from pathlib import Path

import django
import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from django.utils.translation.reloader import translation_file_changed

LANGUAGES = ["es", "fr", "de", "pt", "ar"]
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]")


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(settings.LOCALE_PATHS[0] / language / "LC_MESSAGES" / "django.po"))


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


@pytest.fixture(scope="session", autouse=True)
def _compiled_catalogues():
    """A fresh checkout has only .po files; the site reads .mo files, as after setup."""
    call_command("compile_catalogues")
    # Another test may already have loaded a language from before the .mo files existed.
    translation_file_changed(None, Path("django.mo"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_checked(language):
    po = catalogue(language)
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert po.metadata["Language"] == language
    assert "charset=UTF-8" in po.metadata["Content-Type"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_placeholder_survives_translation(language):
    """A lost %(number)s would leave a patient without the emergency number to call."""
    lost = []
    for entry in catalogue(language).translated_entries():
        wanted = placeholders(entry.msgid) | placeholders(entry.msgid_plural or "")
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        lost += [(entry.msgid, text) for text in translations if placeholders(text) != wanted]
    assert lost == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_plurals_follow_djangos_own_rule_for_the_language(language):
    djangos = Path(django.__file__).parent / "conf" / "locale" / language / "LC_MESSAGES"
    django_po = polib.pofile(str(djangos / "django.po"))
    po = catalogue(language)
    rule = po.metadata["Plural-Forms"]
    assert " ".join(rule.split()) == " ".join(django_po.metadata["Plural-Forms"].split())
    forms = int(rule.split("nplurals=")[1].split(";")[0])
    for entry in po.translated_entries():
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == list(range(forms)), entry.msgid


@pytest.mark.django_db
def test_an_arabic_reader_gets_a_right_to_left_page_in_arabic(client):
    with translation.override("en"):
        html = client.get("/ar/").content.decode()
    assert 'dir="rtl"' in html
    assert "انتقل إلى المحتوى الرئيسي" in html  # Skip to main content


@pytest.mark.django_db
def test_a_spanish_reader_is_invited_to_ask_in_spanish(client):
    with translation.override("en"):
        html = client.get("/es/").content.decode()
    assert 'dir="ltr"' in html
    assert "Haga su pregunta" in html  # Ask your question


def test_the_emergency_instruction_keeps_the_number_in_every_language():
    english = (
        'Call <a href="tel:%(number)s">%(number)s</a> now, '
        "or go to the nearest emergency department."
    )
    for language in LANGUAGES:
        with translation.override(language):
            sentence = translation.gettext(english) % {"number": "112"}
        assert sentence != english % {"number": "112"}, language
        assert '<a href="tel:112">112</a>' in sentence, language


PUBLIC_TEMPLATES = [
    path
    for path in Path(settings.BASE_DIR, "patientfaq").glob("**/templates/**/*.html")
    if not {"admin", "panels", "security", "wagtailadmin"} & set(path.parts)
]
TRANS = re.compile(r'{%\s*trans(?:late)?\s+"((?:[^"\\]|\\.)*)"')
BLOCKTRANS = re.compile(r"{%\s*blocktrans(?:late)?[^%]*%}(.*?){%\s*(?:plural|endblocktrans)", re.S)


def public_messages() -> set[str]:
    """The interface strings of the pages patients and carers read (staff pages are English)."""
    found = set()
    for path in PUBLIC_TEMPLATES:
        text = path.read_text(encoding="utf-8")
        found |= set(TRANS.findall(text))
        for body in BLOCKTRANS.findall(text):
            found.add(re.sub(r"{{\s*(\w+)\s*}}", r"%(\1)s", body.replace("%", "%%")))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_public_pages_is_in_the_catalogue(language):
    known = {entry.msgid for entry in catalogue(language)}
    missing = sorted(m for m in public_messages() if m not in known)
    assert PUBLIC_TEMPLATES and missing == []
