"""Importing in the admin: Alice previews the drafts an old FAQ page proposes, then confirms;
Carol, an administrator, applies the organisation details she agrees with."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Site

from patientfaq.api.models import ImportedEntry, ImportUpload, SettingsProposal
from patientfaq.faq.models import EntryPage
from patientfaq.organisation.models import Organisation

from ..conftest import client_for

pytestmark = pytest.mark.django_db

DEMO_PAGE = Path(__file__).parent / "fixtures" / "demo_faq_page.html"


def upload(client, name: str, data: bytes):
    return client.post("/admin/import/", {"file": SimpleUploadedFile(name, data), "format": ""})


def test_alice_previews_then_confirms_the_drafts_of_an_old_faq_page(alice):
    editor = client_for(alice)
    entries_before = EntryPage.objects.count()
    preview = upload(editor, "faq.html", DEMO_PAGE.read_bytes())
    html = preview.content.decode()
    assert preview.status_code == 200
    assert "5 proposed drafts" in html
    assert "Can I still drive if I have myoclonus?" in html
    assert "00-1234567" in html
    assert EntryPage.objects.count() == entries_before  # nothing before the confirm

    confirmed = editor.post("/admin/import/", {"upload": ImportUpload.objects.get().pk})
    assert "5 drafts created" in confirmed.content.decode()
    assert ImportedEntry.objects.filter(source="faq.html").count() == 5
    assert not ImportUpload.objects.exists()
    assert not EntryPage.objects.filter(title__startswith="Can I still drive").get().live
    # Alice is not an administrator: the organisation's details are not hers to change.
    proposal = SettingsProposal.objects.get()
    assert editor.get(f"/admin/import/proposal/{proposal.pk}/").status_code in (302, 403)
    editor.post(f"/admin/import/proposal/{proposal.pk}/", {"tax_id": "1"})
    proposal.refresh_from_db()
    assert proposal.applied_at is None


def test_a_binary_upload_gets_a_clear_message(alice):
    response = upload(client_for(alice), "entries.csv", b"\x00\x01\x02\x03")
    assert response.status_code == 400
    assert "not a text file" in response.content.decode()


def test_carol_applies_only_the_details_she_ticks(carol):
    site = Site.objects.get(is_default_site=True)
    founders_before = Organisation.for_site(site).founders
    proposal = SettingsProposal.objects.create(
        source="faq.html", proposed={"tax_id": "00-1234567", "founders": "Someone Else"}
    )
    admin = client_for(carol)
    page = admin.get(f"/admin/import/proposal/{proposal.pk}/")
    assert "Someone Else" in page.content.decode()
    admin.post(f"/admin/import/proposal/{proposal.pk}/", {"tax_id": "1"})
    organisation = Organisation.for_site(site)
    assert organisation.tax_id == "00-1234567"
    assert organisation.founders == founders_before
    proposal.refresh_from_db()
    assert proposal.applied_at is not None
