"""Read-only panels on the entry edit form that help editors write in plain language."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

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
