"""Bob reviews what changed since the last approval, word by word, ticks each source, and
approves or asks for changes with a comment that the entry's history keeps."""

import importlib

import pytest
from django.apps import apps
from wagtail.models import GroupApprovalTask, TaskState, Workflow, WorkflowState

from patientfaq.editorial.changes import block_text, word_diff
from patientfaq.editorial.models import ClinicalReviewTask
from patientfaq.editorial.roles import REVIEWERS, WORKFLOW_NAME

from .conftest import approve, client_for

pytestmark = pytest.mark.django_db


def _submit(entry, editor) -> TaskState:
    entry.get_workflow().start(entry, editor)
    return WorkflowState.objects.get(
        object_id=str(entry.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).current_task_state


def test_a_changed_word_is_struck_out_and_its_replacement_marked_in():
    html = word_diff("A seizure lasting 5 minutes.", "A seizure lasting five minutes or more.")
    assert html == "A seizure lasting <del>5</del><ins>five</ins> minutes<ins> or more</ins>."


def test_the_answer_is_compared_as_paragraphs_and_list_items():
    text = block_text("<h2>Care</h2><p>Rest &amp; fluids.</p><ul><li>One</li><li>Two</li></ul>")
    assert text == "Care\n\nRest & fluids.\n\n• One\n• Two"


def test_bob_sees_every_change_since_the_approved_version_not_only_the_last_draft(
    alice, bob, myoclonus
):
    approved_short_answer = myoclonus.short_answer
    myoclonus.short_answer = approved_short_answer + " First draft sentence."
    myoclonus.save_revision(user=alice)
    myoclonus.title = "What is myoclonus, and is it dangerous?"
    myoclonus.save_revision(user=alice)
    _submit(myoclonus, alice)

    html = client_for(bob).get(f"/admin/editorial/changes/{myoclonus.pk}/").content.decode()
    assert "<ins> First draft sentence.</ins>" in html
    assert "<ins>, and is it dangerous</ins>" in html
    assert "Question: changed" in html and "Short answer: changed" in html
    assert "Full answer: unchanged" in html and "Sources: unchanged" in html
    assert "Compared with the version Dr. Amara Okafor approved on" in html


def test_the_review_dialog_shows_the_changes_and_a_tick_for_each_source(alice, bob, myoclonus):
    myoclonus.short_answer = "A quick jerk of a muscle you did not mean to make."
    myoclonus.save_revision(user=alice)
    task_state = _submit(myoclonus, alice)
    response = client_for(bob).get(
        f"/admin/pages/workflow/action/{myoclonus.pk}/approve/{task_state.pk}/"
    )
    dialog = response.json()["html"]
    assert "What changed since the last approval" in dialog
    assert "<del>" in dialog and "<ins>" in dialog
    assert dialog.count('name="sources"') == len(myoclonus.sources) > 0


def test_bob_cannot_approve_without_ticking_every_source(alice, bob, myoclonus):
    myoclonus.save_revision(user=alice)
    task_state = _submit(myoclonus, alice)
    reviewer = client_for(bob)
    dialog = reviewer.post(
        f"/admin/pages/workflow/action/{myoclonus.pk}/approve/{task_state.pk}/",
        {"comment": "", "task_state_id": task_state.pk, "sources": ["0"]},
        headers={"x-requested-with": "XMLHttpRequest"},
    ).json()
    assert dialog["step"] == "action"
    assert "Tick each source once you have checked it" in dialog["html"]
    page = reviewer.post(
        f"/admin/editorial/changes/{myoclonus.pk}/",
        {"action": "approve", "task_state_id": task_state.pk, "sources": ["0"]},
    )
    assert page.status_code == 400
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS


def test_bobs_approval_keeps_his_comment_and_each_ticked_source(alice, bob, myoclonus):
    myoclonus.save_revision(user=alice)
    task_state = _submit(myoclonus, alice)
    response = approve(bob, myoclonus, task_state.pk, "Checked against the 2024 guidance.")
    assert response.status_code == 302
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED
    assert task_state.comment == "Checked against the 2024 guidance."
    record = myoclonus.current_review()
    assert record.note == "Checked against the 2024 guidance."
    assert len(record.sources_confirmed) == len(myoclonus.sources)
    assert all(source["ticked_by_reviewer"] for source in record.sources_confirmed)
    history = client_for(alice).get(f"/admin/pages/{myoclonus.pk}/workflow_history/")
    detail = client_for(alice).get(
        f"/admin/pages/{myoclonus.pk}/workflow_history/detail/{task_state.workflow_state_id}/"
    )
    assert history.status_code == 200
    assert "Checked against the 2024 guidance." in detail.content.decode()


def test_asking_for_changes_needs_a_comment_which_the_history_keeps(alice, bob, myoclonus):
    myoclonus.save_revision(user=alice)
    task_state = _submit(myoclonus, alice)
    reviewer = client_for(bob)
    empty = reviewer.post(
        f"/admin/editorial/changes/{myoclonus.pk}/", {"action": "reject", "comment": ""}
    )
    assert empty.status_code == 400
    assert "This field is required" in empty.content.decode()
    done = reviewer.post(
        f"/admin/editorial/changes/{myoclonus.pk}/",
        {"action": "reject", "comment": "Say when to call 911."},
    )
    assert done.status_code == 302
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_REJECTED
    detail = client_for(alice).get(
        f"/admin/pages/{myoclonus.pk}/workflow_history/detail/{task_state.workflow_state_id}/"
    )
    assert "Say when to call 911." in detail.content.decode()


def test_alice_sees_the_changes_but_cannot_approve_them(alice, myoclonus):
    myoclonus.short_answer = "Alice wrote this instead"
    myoclonus.save_revision(user=alice)
    task_state = _submit(myoclonus, alice)
    editor = client_for(alice)
    page = editor.get(f"/admin/editorial/changes/{myoclonus.pk}/").content.decode()
    assert "<ins>Alice wrote this instead</ins>" in page
    assert 'value="approve"' not in page
    refused = editor.post(
        f"/admin/editorial/changes/{myoclonus.pk}/",
        {"action": "approve", "task_state_id": task_state.pk, "sources": ["0", "1", "2"]},
    )
    assert refused.status_code in (302, 403)  # Wagtail sends a refused user to the dashboard
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS


def test_the_edit_page_says_which_parts_changed_since_the_approval(alice, myoclonus):
    myoclonus.short_answer = "Changed by Alice."
    myoclonus.save_revision(user=alice)
    html = client_for(alice).get(f"/admin/pages/{myoclonus.pk}/edit/").content.decode()
    assert "Changed since the last approval: Short answer." in html
    assert f"/admin/editorial/changes/{myoclonus.pk}/" in html


def test_an_older_sites_group_approval_becomes_the_clinical_review_task(alice, myoclonus):
    """The 0004 migration, as it runs on a site set up before the clinical review task."""
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    link = workflow.workflow_tasks.get()
    old = GroupApprovalTask.objects.create(name="Clinical review")
    old.groups.set(link.task.specific.groups.all())
    link.task = old
    link.save()
    waiting = _submit(myoclonus, alice)
    assert waiting.task_id == old.pk

    migration = importlib.import_module("patientfaq.editorial.migrations.0004_clinical_review_task")
    migration.use_clinical_review_task(apps, None)

    task = workflow.workflow_tasks.get().task.specific
    assert isinstance(task, ClinicalReviewTask)
    assert list(task.groups.values_list("name", flat=True)) == [REVIEWERS]
    waiting.refresh_from_db()
    assert waiting.task_id == task.pk
    old.refresh_from_db()
    assert not old.active
