"""Drafts stay private, and medical content goes live only with a clinical reviewer's approval."""

from datetime import date

import pytest
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from patientfaq.editorial.models import ReviewRecord
from patientfaq.faq.models import CategoryPage, EntryPage

from .conftest import approve, client_for

pytestmark = pytest.mark.django_db


def entry_form(title: str, slug: str, sources=(), **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "short_answer": "A short plain answer.",
            "answer": rich_text("<p>A careful full answer.</p>"),
            "also_asked": "my arm jumps",
            "sources": streamfield(list(sources)),
            "related_links": inline_formset([]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def add_url(category: CategoryPage) -> str:
    return f"/admin/pages/add/faq/entrypage/{category.pk}/"


def test_alice_cannot_publish_a_new_entry_herself(alice, client):
    category = CategoryPage.objects.first()
    editor = client_for(alice)
    response = editor.post(
        add_url(category), {**entry_form("Can I swim?", "can-i-swim"), "action-publish": "1"}
    )
    assert response.status_code in (200, 302)
    entry = EntryPage.objects.get(slug="can-i-swim")
    assert not entry.live
    assert client.get(f"/en/{category.slug}/can-i-swim/").status_code == 404


def test_an_anonymous_visitor_never_sees_a_draft_or_its_preview(alice, client, myoclonus):
    myoclonus.title = "DRAFT TITLE NOT APPROVED"
    myoclonus.save_revision(user=alice)
    html = client.get(myoclonus.url).content.decode()
    assert "DRAFT TITLE NOT APPROVED" not in html
    for url in [
        f"/admin/pages/{myoclonus.pk}/view_draft/",
        f"/admin/pages/{myoclonus.pk}/edit/preview/",
        f"/admin/pages/{myoclonus.pk}/revisions/{myoclonus.latest_revision_id}/view/",
    ]:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "DRAFT TITLE NOT APPROVED" not in response.content.decode()


def test_approval_by_bob_publishes_the_entry_and_records_his_review(alice, bob, client, myoclonus):
    editor = client_for(alice)
    form = entry_form("What is myoclonus, in short?", myoclonus.slug)
    response = editor.post(f"/admin/pages/{myoclonus.pk}/edit/", {**form, "action-submit": "1"})
    assert response.status_code == 302
    myoclonus.refresh_from_db()
    assert myoclonus.title != "What is myoclonus, in short?"  # still the approved version live

    state = WorkflowState.objects.get(
        object_id=str(myoclonus.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    task_state = state.current_task_state
    response = approve(bob, myoclonus, task_state.pk)
    assert response.status_code in (200, 302)
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED

    myoclonus.refresh_from_db()
    assert myoclonus.title == "What is myoclonus, in short?"
    record = myoclonus.current_review()
    assert record.reviewer == bob
    assert record.reviewer_name == "Dr. Bob Reyes"
    assert record.reviewed_on == date.today()
    assert record.next_review_due > date.today()
    assert "Dr. Bob Reyes, MD, neurologist" in client.get(myoclonus.url).content.decode()


def test_alice_cannot_approve_her_own_submission(alice, myoclonus):
    editor = client_for(alice)
    form = entry_form("Changed by Alice", myoclonus.slug)
    editor.post(f"/admin/pages/{myoclonus.pk}/edit/", {**form, "action-submit": "1"})
    state = WorkflowState.objects.get(
        object_id=str(myoclonus.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    approve(alice, myoclonus, state.current_task_state.pk)
    myoclonus.refresh_from_db()
    assert myoclonus.title != "Changed by Alice"
    assert not ReviewRecord.objects.filter(reviewer=alice).exists()


def test_a_malformed_doi_gets_a_field_error(alice):
    category = CategoryPage.objects.first()
    bad_source = (
        "doi",
        {"title": "T", "authors": "", "publisher": "J", "year": 2020, "doi": "doi.org/abc"},
    )
    response = client_for(alice).post(add_url(category), entry_form("Q?", "q-doi", [bad_source]))
    assert response.status_code == 200
    assert "Enter a DOI such as" in response.content.decode()
    assert not EntryPage.objects.filter(slug="q-doi").exists()


def test_a_next_review_before_the_review_date_gets_a_field_error(carol, myoclonus):
    response = client_for(carol).post(
        "/admin/snippets/editorial/reviewrecord/add/",
        {
            "entry": myoclonus.pk,
            "reviewer_name": "Dr. X",
            "reviewer_credential": "MD",
            "reviewed_on": "2026-05-01",
            "next_review_due": "2026-04-01",
            "note": "",
        },
    )
    assert response.status_code == 200
    assert "The next review must fall after the review date." in response.content.decode()
    assert not ReviewRecord.objects.filter(reviewer_name="Dr. X").exists()
