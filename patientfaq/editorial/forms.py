"""What a clinical reviewer fills in to approve an entry or to ask for changes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import TaskState


def sources_under_review(task_state: TaskState | None) -> list[Any]:
    """The source blocks of the version `task_state` asks a reviewer to approve."""
    if task_state is None or task_state.revision is None:
        return []
    return list(getattr(task_state.revision.as_object(), "sources", None) or [])


def every_source_ticked(task_state: TaskState, ticked: Iterable[str]) -> bool:
    """True when the reviewer ticked each source of the version under review, once."""
    wanted = {str(index) for index in range(len(sources_under_review(task_state)))}
    return {str(tick) for tick in ticked} == wanted


class RequestChangesForm(TaskStateCommentForm):
    comment = forms.CharField(
        label=_("What should the editors change?"),
        widget=forms.Textarea({"rows": 4}),
        help_text=_("The editors see this comment in the entry's history."),
    )


class ApprovalForm(TaskStateCommentForm):
    """The comment, and one tick for each source of the version under review."""

    task_state_id = forms.IntegerField(widget=forms.HiddenInput)
    sources = forms.MultipleChoiceField(
        required=False, widget=forms.CheckboxSelectMultiple, label=_("Sources I checked")
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["comment"].help_text = _(
            "Optional. Kept with the review in the entry's history and its review record."
        )
        state_id = str(self.data.get("task_state_id", "")) if self.is_bound else ""
        self.task_state_under_review = (
            TaskState.objects.filter(pk=int(state_id)).first() if state_id.isdecimal() else None
        )
        self.fields["sources"].choices = [
            (str(index), str(block.value.get("title", "")))
            for index, block in enumerate(sources_under_review(self.task_state_under_review))
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.task_state_under_review is None:
            raise forms.ValidationError(_("This review is no longer waiting for approval."))
        if not every_source_ticked(self.task_state_under_review, data.get("sources") or []):
            self.add_error(
                "sources",
                _(
                    "Tick each source once you have checked it still supports the answer. If "
                    "one does not, request changes instead."
                ),
            )
        return data
