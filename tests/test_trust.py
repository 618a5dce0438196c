"""The trust page says, from the data, who checks the answers, who pays, and how reviews stand;
staff keep the PIF TICK checklist in the admin."""

from datetime import date, timedelta

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags

from patientfaq.editorial.models import TickNote
from patientfaq.editorial.tick import CRITERIA
from patientfaq.faq.models import EntryPage

from .conftest import client_for

pytestmark = pytest.mark.django_db


def _text(response) -> str:
    return " ".join(strip_tags(response.content.decode()).split())


def test_the_trust_page_names_the_board_the_funders_and_the_review_figures(client):
    live = EntryPage.objects.live().count()
    text = _text(client.get("/en/trust/"))
    assert f"{live} of our {live} published answers have been reviewed by a clinician." in text
    assert "Dr. Henrik Valdés, MD, PhD, neuroimmunologist." in text
    assert "Was paid to speak at a hospital training day in 2024 (demo)." in text
    assert "Harbourside Community Foundation (demo)Charitable foundation22%" in text
    assert "Tests and diagnosis 24 months" in text
    assert "Read our full policy: Editorial policy" in text
    assert "A reviewer never checks an answer about a treatment" in text


def test_an_overdue_review_shows_in_the_share_overdue(client, myoclonus):
    live = EntryPage.objects.live().count()
    before = _text(client.get("/en/trust/"))
    record = myoclonus.current_review()
    record.next_review_due = date.today() - timedelta(days=1)
    record.save()
    after = _text(client.get("/en/trust/"))
    overdue = [
        entry
        for entry in EntryPage.objects.live()
        if entry.current_review() and entry.current_review().next_review_due < date.today()
    ]
    assert f"{round(100 * len(overdue) / live)}% are overdue" in after
    assert before != after


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_trust_page_is_in_every_language_of_the_site(client, language):
    response = client.get(f"/{language}/trust/")
    assert response.status_code == 200
    with translation.override(language):
        heading = translation.gettext("How we keep our information right")
        assert f"<h1>{heading}</h1>" in response.content.decode()
    if language != "en":
        assert heading != "How we keep our information right"


def test_a_spanish_reader_gets_the_spanish_words_the_demo_has(client):
    text = _text(client.get("/es/trust/"))
    assert "Dr. Amara Okafor, MD, neuróloga." in text
    assert "pequeñas donaciones de familias y amigos" in text
    assert "Política editorial" in text


def test_every_page_links_to_the_trust_page(client):
    assert 'href="/en/trust/"' in client.get("/en/").content.decode()


def test_carol_sees_the_ten_criteria_with_statuses_from_the_data(carol, myoclonus):
    html = client_for(carol).get("/admin/editorial/pif-tick/").content.decode()
    assert html.count("data-criterion=") == len(CRITERIA) == 10
    assert "from the site's data" in html
    myoclonus.sources = []
    myoclonus.save_revision().publish()
    html = client_for(carol).get("/admin/editorial/pif-tick/").content.decode()
    evidence = html[html.index('data-criterion="evidence"') :]
    assert 'data-status="partly"' in evidence[:2000]
    assert "1 of " in evidence[:2000]


def test_carol_keeps_a_status_and_notes_where_the_data_cannot_tell(carol):
    admin = client_for(carol)
    form = {f"status-{c.key}": "" for c in CRITERIA if c.check is None}
    form["status-training"] = "met"
    form["notes-training"] = "All editors took the plain-language course in 2026."
    assert admin.post("/admin/editorial/pif-tick/", form).status_code == 302
    note = TickNote.objects.get(criterion="training")
    assert (note.status, note.notes, note.updated_by) == (
        "met",
        "All editors took the plain-language course in 2026.",
        carol,
    )
    html = admin.get("/admin/editorial/pif-tick/").content.decode()
    assert "All editors took the plain-language course in 2026." in html


def test_a_status_that_is_not_offered_changes_nothing(carol):
    response = client_for(carol).post("/admin/editorial/pif-tick/", {"status-training": "great"})
    assert response.status_code == 302
    assert not TickNote.objects.exists()


def test_alice_reads_the_checklist_but_cannot_change_it(alice):
    editor = client_for(alice)
    assert editor.get("/admin/editorial/pif-tick/").status_code == 200
    editor.post("/admin/editorial/pif-tick/", {"status-training": "met"})
    assert not TickNote.objects.exists()
