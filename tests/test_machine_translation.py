"""Machine translation helps editors only: its drafts stay marked until a reviewer approves."""

import pytest
from django.test import override_settings
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from patientfaq.editorial.models import ReviewRecord
from patientfaq.editorial.translation import awaits_review_of_machine_translation
from patientfaq.faq.models import EntryPage

from .conftest import client_for

pytestmark = pytest.mark.django_db

DUMMY = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


def test_machine_translation_is_off_unless_configured():
    from wagtail_localize.machine_translators import get_machine_translator

    assert get_machine_translator() is None


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY)
def test_a_machine_drafted_translation_is_marked_until_a_reviewer_approves(
    alice, client, myoclonus
):
    french = Locale.objects.get(language_code="fr")
    source, _created = TranslationSource.get_or_create_from_instance(myoclonus)
    translation = Translation.objects.create(source=source, target_locale=french)
    translation.save_target(
        user=alice, publish=False
    )  # the French draft, as wagtail-localize starts it
    editor = client_for(alice)
    response = editor.post(f"/admin/localize/translate/{translation.pk}/machine_translate/")
    assert response.status_code in (200, 302)
    translation.save_target(user=alice, publish=False)

    draft = EntryPage.objects.get(translation_key=myoclonus.translation_key, locale=french)
    assert not draft.live
    assert client.get("/fr/symptoms/what-is-myoclonus/").content.decode().count(draft.title) <= 1
    assert awaits_review_of_machine_translation(draft)
    preview = editor.get(f"/admin/pages/{draft.pk}/view_draft/").content.decode()
    assert "translation-note machine" in preview

    ReviewRecord.objects.create(
        entry=draft,
        revision=draft.latest_revision,
        reviewer_name="Dr. B",
        reviewer_credential="MD",
        reviewed_on="2026-11-01",
        next_review_due="2027-11-01",
    )
    assert not awaits_review_of_machine_translation(draft)
