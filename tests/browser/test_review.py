"""Rita, a clinical reviewer, opens what changed from the entry's editor, ticks its sources and
approves with a comment, in a real Chromium."""

from django.contrib.auth.models import Group
from wagtail.models import TaskState, WorkflowState

from patientfaq.editorial.models import ReviewerProfile
from patientfaq.editorial.roles import EDITORS, REVIEWERS
from patientfaq.faq.models import EntryPage

from .conftest import screenshot


def _staff(django_user_model, name: str, group: str):
    user = django_user_model.objects.create_user(name, f"{name}@example.org", "a long pass 42")
    user.groups.add(Group.objects.get(name=group))
    return user


def _log_in(page, site: str, name: str) -> None:
    page.goto(f"{site}/admin/login/")
    page.fill("#id_username", name)
    page.fill("#id_password", "a long pass 42")
    page.click("button[type=submit]")
    page.wait_for_url(f"{site}/admin/")


def test_rita_reads_the_changes_ticks_each_source_and_approves(
    writable_site, browser, desktop, django_user_model
):
    rita = _staff(django_user_model, "rita", REVIEWERS)
    ReviewerProfile.objects.create(user=rita, display_name="Dr. Rita Lund", credential="MD")
    _staff(django_user_model, "ed", EDITORS)
    entry = EntryPage.objects.get(slug="what-is-myoclonus", locale__language_code="en")

    # Ed adds a sentence to the short answer in the editor and submits it for review.
    editor = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    _log_in(editor, writable_site, "ed")
    editor.goto(f"{writable_site}/admin/pages/{entry.pk}/edit/")
    short_answer = editor.locator("#id_short_answer")
    short_answer.fill(short_answer.input_value() + " Most jerks are harmless.")
    editor.click("footer button:has-text('More actions')")
    with editor.expect_navigation():
        editor.get_by_role("button", name="Submit to Clinical review").click()
    editor.context.close()

    page = desktop
    _log_in(page, writable_site, "rita")
    page.goto(f"{writable_site}/admin/pages/{entry.pk}/edit/")
    assert "Changed since the last approval: Short answer." in page.inner_text("main")

    page.click("footer button:has-text('More actions')")
    page.get_by_role("button", name="Approve").click()
    dialog = page.locator(".modal")
    dialog.locator("[data-review-changes]").wait_for()
    assert dialog.locator("[data-part] ins").inner_text().strip() == "Most jerks are harmless."
    screenshot(page, "review-dialog")

    dialog.locator("button[type=submit]").click()
    dialog.get_by_role("alert").wait_for()
    assert "Tick each source" in dialog.get_by_role("alert").inner_text()

    for box in dialog.locator("input[name=sources]").all():
        box.check()
    dialog.locator("textarea[name=comment]").fill("Sources still current.")
    with page.expect_navigation():
        dialog.locator("button[type=submit]").click()

    task_state = TaskState.objects.get(workflow_state__object_id=str(entry.pk))
    assert task_state.status == TaskState.STATUS_APPROVED
    assert task_state.comment == "Sources still current."
    assert not WorkflowState.objects.filter(
        object_id=str(entry.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()
    record = entry.current_review()
    assert record.reviewer_name == "Dr. Rita Lund"
    assert all(source["ticked_by_reviewer"] for source in record.sources_confirmed)
