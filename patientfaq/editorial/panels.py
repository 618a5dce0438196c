"""Read-only panels on the entry edit form: plain language, and what changed since approval."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .changes import changes_since_approval
from .readability import HIGHEST_PLAIN_GRADE, reading_grade


class ReadingGradePanel(Panel):
    """The reading grade of the entry's short and full answer, as last saved."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("heading", _("Reading grade"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "editorial/panels/reading_grade.html"

        def get_context_data(self, parent_context: Any = None) -> dict[str, Any]:
            context = super().get_context_data(parent_context)
            entry = self.instance
            text = f"{entry.short_answer}\n{entry.answer_text()}" if entry.answer else ""
            context["reading"] = reading_grade(text, entry.locale.language_code)
            context["has_text"] = bool(text.strip())
            context["highest_plain_grade"] = int(HIGHEST_PLAIN_GRADE)
            return context


class ChangesSinceApprovalPanel(Panel):
    """Which parts of the entry changed since a clinician last approved it, and a link to the
    word-by-word comparison where reviewers approve or request changes."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("heading", _("Changes since the last approval"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "editorial/panels/changes_since_approval.html"

        def get_context_data(self, parent_context: Any = None) -> dict[str, Any]:
            context = super().get_context_data(parent_context)
            entry = self.instance
            if entry.pk is None:
                return {**context, "changed": [], "approval": None, "url": ""}
            changes = changes_since_approval(entry)
            context["changed"] = [part.label for part in changes.changed_parts]
            context["approval"] = changes.approval
            context["url"] = reverse("editorial_changes:entry", args=[entry.pk])
            return context
