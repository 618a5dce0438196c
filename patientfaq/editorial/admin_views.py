"""Staff views in the Wagtail admin: reviews due, sources whose links broke, and what changed
since an entry was last approved."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from patientfaq.faq.models import EntryPage

from .citations import broken_links_report, check_entry_links, live_entries
from .forms import ApprovalForm, RequestChangesForm
from .models import TickNote
from .reviews import reviews_due
from .roles import ADMINISTRATORS
from .templatetags.editorial_tags import review_of
from .tick import CRITERIA, checklist, save_note

STAFF = "wagtailadmin.access_admin"


def _require_staff(request: HttpRequest) -> None:
    # Editors, reviewers and administrators alike: these views name entries, never patients.
    if not request.user.has_perm(STAFF):
        raise PermissionDenied


def reviews_due_view(request: HttpRequest) -> HttpResponse:
    """Entries overdue or soon due for clinical review, most overdue first."""
    _require_staff(request)
    due = reviews_due()
    return render(
        request,
        "editorial/admin/reviews_due.html",
        {
            "page_title": _("Reviews due"),
            "header_icon": "time",
            "due": due,
            "overdue": sum(item.overdue for item in due),
        },
    )


def broken_links_view(request: HttpRequest) -> HttpResponse:
    """Sources whose web address failed when last checked, or whose identifier is malformed."""
    _require_staff(request)
    return render(
        request,
        "editorial/admin/broken_links.html",
        {"page_title": _("Broken links"), "header_icon": "link", "report": broken_links_report()},
    )


@require_POST
def check_links_view(request: HttpRequest) -> HttpResponse:
    """Check the links of one entry (?entry=ID) or of every live entry, then go back."""
    _require_staff(request)
    entry_id = request.POST.get("entry", "")
    if entry_id.isdecimal():
        entries = [get_object_or_404(EntryPage, pk=int(entry_id))]
    else:
        entries = list(live_entries())
    checks = check_entry_links(entries)
    broken = sum(not check.works for check in checks)
    messages.success(
        request,
        ngettext(
            "Checked %(count)d address; %(broken)d did not work.",
            "Checked %(count)d addresses; %(broken)d did not work.",
            len(checks),
        )
        % {"count": len(checks), "broken": broken},
    )
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = reverse("editorial_links:index")
    return redirect(back)


def _review_forms(request: HttpRequest) -> dict[str, Any]:
    data = request.POST if request.method == "POST" else None
    action = request.POST.get("action") if data is not None else None
    return {
        "approve": ApprovalForm(data if action == "approve" else None),
        "reject": RequestChangesForm(data if action == "reject" else None),
    }


def review_changes_view(request: HttpRequest, entry_id: int) -> HttpResponse:
    """What changed since the last approval, word by word; reviewers approve or ask for changes."""
    _require_staff(request)
    entry = get_object_or_404(EntryPage, pk=entry_id)
    workflow_state = entry.current_workflow_state
    task_state = workflow_state.current_task_state if workflow_state else None
    task = task_state.task.specific if task_state else None
    actions = {name for name, *_rest in task.get_actions(entry, request.user)} if task else set()
    forms = _review_forms(request)
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action not in actions:
            raise PermissionDenied
        form = forms[action]
        if form.is_valid():
            task.on_action(task_state, request.user, action, **form.cleaned_data)
            done = _("Approved and published.") if action == "approve" else _("Changes requested.")
            messages.success(request, done)
            return redirect("wagtailadmin_pages:edit", entry.pk)
        status = 400
    return render(
        request,
        "editorial/admin/review_page.html",
        {
            "page_title": _("What changed: %(title)s") % {"title": entry.title},
            "header_icon": "clipboard-list",
            "entry": entry,
            "task_state": task_state,
            "actions": actions,
            "forms": forms,
            "review": review_of(
                entry, task_state.revision if task_state else None, forms["approve"]
            ),
        },
        status=status,
    )


def _is_administrator(user: Any) -> bool:
    return bool(user.is_superuser or user.groups.filter(name=ADMINISTRATORS).exists())


def tick_checklist_view(request: HttpRequest) -> HttpResponse:
    """The PIF TICK criteria: status from the data where it can be, staff's notes otherwise."""
    _require_staff(request)
    can_edit = _is_administrator(request.user)
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied
        statuses = {value for value, _label in TickNote.STATUSES}
        wanted = {c.key: request.POST.get(f"status-{c.key}", "") for c in CRITERIA}
        if any(status not in statuses for status in wanted.values()):
            messages.error(request, _("Choose one of the statuses offered."))
            return redirect("editorial_tick:index")
        for key, status in wanted.items():
            save_note(key, status, request.POST.get(f"notes-{key}", "").strip(), request.user)
        messages.success(request, _("The checklist notes are saved."))
        return redirect("editorial_tick:index")
    return render(
        request,
        "editorial/admin/tick_checklist.html",
        {
            "page_title": _("PIF TICK checklist"),
            "header_icon": "list-ul",
            "items": checklist(),
            "statuses": TickNote.STATUSES,
            "can_edit": can_edit,
        },
    )
