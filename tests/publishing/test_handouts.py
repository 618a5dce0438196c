"""Handouts for the doctor: a PDF of an entry, a topic, or the patient's own list."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from patientfaq.faq.models import EntryPage
from patientfaq.organisation.models import Organisation
from patientfaq.publishing import handouts
from patientfaq.publishing.handouts import chosen_entries, handout_html, qr_code

from .conftest import assert_no_secrets

pytestmark = pytest.mark.django_db


def test_an_entry_handout_is_a_pdf(client, myoclonus):
    response = client.get(reverse("handout", args=[myoclonus.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert 'filename="what-is-myoclonus.pdf"' in response["Content-Disposition"]


def test_a_handout_holds_the_review_disclaimer_sources_organisation_and_qr_code(myoclonus):
    html = handout_html(myoclonus, [myoclonus], None)
    review = myoclonus.current_review()
    assert myoclonus.title in html and myoclonus.short_answer in html
    assert review.reviewer_name in html and review.reviewer_credential in html
    assert "Sources" in html and myoclonus.sources[0].value["title"] in html
    organisation = Organisation.objects.get()
    assert organisation.tax_id in html and organisation.charity_status in html
    assert organisation.postal_address in html
    assert "not medical advice" in html
    assert qr_code(f"http://127.0.0.1:8000{myoclonus.url}") in html


def test_a_topic_handout_is_an_overview_of_each_entry_with_its_review_and_code(
    myoclonus, hidden_pages
):
    category = myoclonus.get_parent().specific
    entries = category.entries()
    html = handout_html(category, entries, None)
    assert category.title in html and category.intro in html
    for entry in entries:
        url = f"http://127.0.0.1:8000{entry.url}"
        assert entry.title.replace("'", "&#x27;") in html
        assert entry.short_answer.replace("'", "&#x27;") in html
        review = entry.current_review()
        reviewed = date_format(review.reviewed_on, "DATE_FORMAT")
        line = f"Medically reviewed by {review.reviewer_name}, {review.reviewer_credential} on"
        assert f"{line} {reviewed}" in html
        assert url in html and qr_code(url) in html
    assert qr_code(f"http://127.0.0.1:8000{category.url}") in html
    assert "not medical advice" in html and Organisation.objects.get().tax_id in html
    assert_no_secrets(html, "topic handout")


def test_a_topic_handout_leaves_the_full_answers_to_the_entry_and_list_handouts(myoclonus):
    category = myoclonus.get_parent().specific
    html = handout_html(category, category.entries(), None)
    opening = re.search(r"<p>(.+?)</p>", myoclonus.answer).group(1)
    assert opening not in html and 'class="sources"' not in html
    assert opening in handout_html(myoclonus, [myoclonus], None)
    my_list = handout_html(None, [myoclonus], None, notes=True)
    assert opening in my_list and "My notes and questions for the doctor" in my_list


def test_only_the_patients_own_list_is_dated_so_kept_handouts_last_past_today(myoclonus):
    today = date_format(timezone.localdate(), "DATE_FORMAT")

    def title_line(html):
        return re.search(r'<p class="handout-title">(.*?)</p>', html).group(1)

    category = myoclonus.get_parent().specific
    assert today not in title_line(handout_html(myoclonus, [myoclonus], None))
    assert today not in title_line(handout_html(category, category.entries(), None))
    assert today in title_line(handout_html(None, [myoclonus], None, notes=True))


def test_my_list_renders_the_chosen_entries_with_room_for_notes(client, myoclonus):
    other = EntryPage.objects.live().filter(locale__language_code="en").exclude(pk=myoclonus.pk)[0]
    html = client.get(f"/en/my-list/?entries={other.pk},{myoclonus.pk}").content.decode()
    assert html.index(other.title) < html.index(myoclonus.title)
    assert "My notes and questions for the doctor" in html
    assert f"/en/my-list/handout.pdf?entries={other.pk},{myoclonus.pk}" in html


def test_without_javascript_my_list_offers_every_entry_to_tick(client, myoclonus):
    html = client.get("/en/my-list/").content.decode()
    assert f'name="entries" value="{myoclonus.pk}"' in html
    assert 'method="get"' in html


def test_the_list_handout_is_a_pdf_and_an_empty_list_is_a_clear_400(client, myoclonus):
    response = client.get(f"/en/my-list/handout.pdf?entries={myoclonus.pk}")
    assert response.content.startswith(b"%PDF-")
    empty = client.get("/en/my-list/handout.pdf?entries=abc,,-1")
    assert empty.status_code == 400
    assert "Choose at least one answer" in empty.content.decode()


def test_the_entry_page_offers_the_handout_and_the_list_button(client, myoclonus):
    html = client.get(myoclonus.url).content.decode()
    assert reverse("handout", args=[myoclonus.pk]) in html
    assert "data-my-list-toggle" in html and "publishing/my-list.js" in html


def test_drafts_and_private_entries_have_no_handout_and_stay_off_lists(client, hidden_pages):
    for key in ("draft", "private"):
        page = hidden_pages[key]
        assert client.get(reverse("handout", args=[page.pk])).status_code == 404
        assert chosen_entries([str(page.pk)]) == []
    html = client.get("/en/my-list/").content.decode()
    assert_no_secrets(html, "my list")
    pending = hidden_pages["pending"]
    assert_no_secrets(handout_html(pending, [pending], None), "handout")
    category = pending.get_parent().specific
    assert_no_secrets(handout_html(category, category.entries(), None), "topic handout")
    listed = client.get(f"/en/my-list/?entries={pending.pk}").content.decode()
    assert_no_secrets(listed, "my list page")


@pytest.fixture
def renders(monkeypatch):
    """The handouts WeasyPrint is asked to make, as their HTML."""
    made: list[str] = []
    real = handouts.handout_pdf

    def counted(html, request):
        made.append(html)
        return real(html, request)

    monkeypatch.setattr(handouts, "handout_pdf", counted)
    return made


def test_a_handout_is_made_once_for_each_published_revision(client, myoclonus, renders, settings):
    address = reverse("handout", args=[myoclonus.pk])
    first = client.get(address).content
    assert client.get(address).content == first and len(renders) == 1

    editor_draft = EntryPage.objects.get(pk=myoclonus.pk)
    editor_draft.short_answer = "A short answer still in draft."
    editor_draft.save_revision()
    assert client.get(address).content == first and len(renders) == 1

    editor_draft.save_revision().publish()
    assert client.get(address).content != first and len(renders) == 2
    assert "A short answer still in draft." in renders[1]
    assert len(list(settings.HANDOUT_DIR.glob("*.pdf"))) == 1, "the older handout is replaced"


def test_a_topic_handout_is_made_again_when_an_entry_or_the_organisation_changes(
    client, myoclonus, renders
):
    address = reverse("handout", args=[myoclonus.get_parent().pk])
    client.get(address)
    client.get(address)
    assert len(renders) == 1
    entry = EntryPage.objects.get(pk=myoclonus.pk)
    entry.short_answer = "A newly approved short answer."
    entry.save_revision().publish()
    client.get(address)
    assert len(renders) == 2 and "A newly approved short answer." in renders[1]
    organisation = Organisation.objects.get()
    organisation.tax_id = "NEW-TAX-ID-42"
    organisation.save()
    client.get(address)
    assert len(renders) == 3 and "NEW-TAX-ID-42" in renders[2]


def test_a_handout_is_still_served_when_it_cannot_be_kept(client, myoclonus, settings, tmp_path):
    (tmp_path / "a-file").write_text("")
    settings.HANDOUT_DIR = tmp_path / "a-file" / "handouts"
    response = client.get(reverse("handout", args=[myoclonus.pk]))
    assert response.status_code == 200 and response.content.startswith(b"%PDF-")
