"""Who reviewed an entry, when, and when the next review falls due."""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import AbstractGroupApprovalTask


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


class ReviewerProfile(models.Model):
    """How a clinical reviewer is named on the entries they approve."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reviewer_profile",
        help_text=_("Leave empty for a board member who reviews without an account here."),
    )
    display_name = models.CharField(
        max_length=120, verbose_name=_("Name as shown to readers"), help_text=_("Dr. Amara Okafor")
    )
    credential = models.CharField(
        max_length=120, verbose_name=_("Credential"), help_text=_("MD, neurologist")
    )

    declared_interests = models.TextField(
        blank=True,
        verbose_name=_("Declared interests"),
        help_text=_(
            "Money or ties from companies or funders that could sway their views, shown on the "
            "trust page. Write 'None' when they declared none; empty reads as not declared yet."
        ),
    )

    panels = [
        FieldPanel("user"),
        FieldPanel("display_name"),
        FieldPanel("credential"),
        FieldPanel("declared_interests"),
    ]

    class Meta:
        verbose_name = _("clinical reviewer")

    def __str__(self) -> str:
        return f"{self.display_name}, {self.credential}"


class ReviewRecord(models.Model):
    """One clinical review of one entry. Approving an entry in the workflow writes one."""

    entry = models.ForeignKey(
        "faq.EntryPage",
        on_delete=models.CASCADE,
        related_name="review_records",
        verbose_name=_("Entry"),
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The version of the entry the reviewer approved."),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewer_name = models.CharField(max_length=120, verbose_name=_("Reviewer's name"))
    reviewer_credential = models.CharField(max_length=120, verbose_name=_("Reviewer's credential"))
    reviewed_on = models.DateField(verbose_name=_("Reviewed on"))
    next_review_due = models.DateField(verbose_name=_("Next review due"))
    note = models.TextField(blank=True, verbose_name=_("Note for editors"))
    sources_confirmed = models.JSONField(
        default=list,
        blank=True,
        verbose_name=_("Sources confirmed at this review"),
        help_text=_("Each source of the approved version, with its link's state on the day."),
    )

    panels = [
        FieldPanel("entry"),
        FieldPanel("reviewer_name"),
        FieldPanel("reviewer_credential"),
        FieldPanel("reviewed_on"),
        FieldPanel("next_review_due"),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("review record")
        ordering = ["-reviewed_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.entry.title}: {self.reviewer_name}, {self.reviewed_on:%Y-%m-%d}"

    def clean(self) -> None:
        if self.reviewed_on and self.next_review_due and self.next_review_due <= self.reviewed_on:
            raise ValidationError(
                {"next_review_due": _("The next review must fall after the review date.")}
            )
        if self.reviewed_on and self.reviewed_on > date.today():
            raise ValidationError({"reviewed_on": _("A review date cannot be in the future.")})

    @property
    def is_overdue(self) -> bool:
        return self.next_review_due < date.today()


class EntryChange(models.Model):
    """One line of an entry's public change log, written by the editor who published it."""

    entry = models.ForeignKey(
        "faq.EntryPage", on_delete=models.CASCADE, related_name="changes", verbose_name=_("Entry")
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_on = models.DateField(verbose_name=_("Published on"))
    note = models.CharField(max_length=200, verbose_name=_("What changed"))

    panels = [FieldPanel("entry"), FieldPanel("published_on"), FieldPanel("note")]

    class Meta:
        verbose_name = _("change to an entry")
        verbose_name_plural = _("changes to entries")
        ordering = ["-published_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.entry.title}, {self.published_on:%Y-%m-%d}: {self.note}"


class TickNote(models.Model):
    """Staff's own assessment of one PIF TICK criterion: a status where the data cannot tell,
    and notes on the evidence."""

    STATUSES = [
        ("", _("Not assessed")),
        ("met", _("Met")),
        ("partly", _("Partly met")),
        ("not_met", _("Not met")),
    ]

    criterion = models.CharField(max_length=40, unique=True)
    status = models.CharField(max_length=10, blank=True, choices=STATUSES)
    notes = models.TextField(blank=True, verbose_name=_("Notes"))
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("PIF TICK note")

    def __str__(self) -> str:
        return self.criterion


class LinkCheck(models.Model):
    """The last time a source's web address was tried, and what came back."""

    address = models.URLField(max_length=500, unique=True, verbose_name=_("Web address"))
    checked_at = models.DateTimeField(verbose_name=_("Checked at"))
    works = models.BooleanField(verbose_name=_("Works"))
    status = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("HTTP status"))
    problem = models.CharField(max_length=200, blank=True, verbose_name=_("Problem"))

    class Meta:
        verbose_name = _("link check")
        ordering = ["address"]

    def __str__(self) -> str:
        return f"{self.address}: {'works' if self.works else self.problem}"


class ClinicalReviewTask(AbstractGroupApprovalTask):
    """Wagtail's group approval, where the reviewer reads what changed since the last approval,
    ticks each source as checked before approving, and says what to change when asking for it."""

    class Meta:
        verbose_name = _("clinical review task")
        verbose_name_plural = _("clinical review tasks")

    def get_actions(self, obj: Any, user: Any) -> list[tuple[str, str, bool]]:
        if user.is_superuser or self._user_in_groups(user):
            return [("reject", _("Request changes"), True), ("approve", _("Approve"), True)]
        return []

    def get_form_for_action(self, action: str) -> type[forms.Form]:
        from .forms import ApprovalForm, RequestChangesForm

        return ApprovalForm if action == "approve" else RequestChangesForm

    def get_template_for_action(self, action: str) -> str:
        return "editorial/admin/review_action.html"

    def on_action(self, task_state: Any, user: Any, action_name: str, **kwargs: Any) -> Any:
        from .forms import every_source_ticked

        if action_name == "approve":
            if not every_source_ticked(task_state, kwargs.get("sources") or []):
                raise PermissionDenied(_("Tick each source of the version under review first."))
            # Read by the task_approved handler that writes the review record.
            task_state.sources_ticked = True
        return super().on_action(task_state, user, action_name, comment=kwargs.get("comment", ""))

    @classmethod
    def get_description(cls) -> str:
        return str(
            _(
                "Clinical reviewers read what changed since the last approval, tick each source "
                "and approve, or request changes with a comment."
            )
        )
