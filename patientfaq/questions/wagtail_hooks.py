"""The inbox of patients' questions and the gaps report, under one menu in the admin."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_views
from .gaps import inbox_groups
from .models import PatientQuestion


class SimilarColumn(TitleColumn):
    empty_value_display = ""


def _spreadsheet_safe(value: object) -> str:
    # Patients' words must not run as formulas when an administrator opens the CSV.
    text = str(value)
    return "'" + text if text[:1] in {"=", "+", "-", "@", "\t", "\r"} else text


class InboxIndexView(IndexView):
    """The inbox: masked questions only, near-duplicates counted, export for administrators."""

    custom_field_preprocess = {"text": {"csv": _spreadsheet_safe}}

    def setup(self, request: HttpRequest, *args: Any, **kwargs: Any) -> None:
        super().setup(request, *args, **kwargs)
        if self.is_export and not self.user_has_permission("export"):
            raise PermissionDenied

    @cached_property
    def groups(self) -> dict[int, list[int]]:
        return inbox_groups()

    def get_base_queryset(self) -> Any:
        queryset = super().get_base_queryset()
        group = self.request.GET.get("group", "")
        if group.isdecimal():
            queryset = queryset.filter(pk__in=self.groups.get(int(group), [int(group)]))
        return queryset

    @cached_property
    def show_export_buttons(self) -> bool:
        return bool(self.list_export) and self.user_has_permission("export")

    def get_edit_url(self, instance: PatientQuestion) -> str:
        return reverse("patientquestion:handle", args=[instance.pk])

    def get_add_url(self) -> None:
        return None

    def get_copy_url(self, instance: PatientQuestion) -> None:
        return None

    def _similar_label(self, question: PatientQuestion) -> str:
        others = len(self.groups.get(question.pk, [question.pk])) - 1
        if others <= 0:
            return ""
        return ngettext("%(count)d similar", "%(count)d similar", others) % {"count": others}

    def _similar_url(self, question: PatientQuestion) -> str | None:
        if len(self.groups.get(question.pk, [])) <= 1:
            return None
        return reverse("patientquestion:index") + f"?group={question.pk}"

    @cached_property
    def columns(self) -> list[Any]:
        return [
            TitleColumn(
                "text",
                label=_("Question (personal data masked)"),
                get_url=self.get_edit_url,
                accessor=str,
            ),
            SimilarColumn(
                "similar",
                label=_("Similar new questions"),
                accessor=self._similar_label,
                get_url=self._similar_url,
            ),
            # A date, never a time: "7 hours ago" would suggest we know when someone asked.
            Column(
                "received_on",
                label=_("Received"),
                accessor=lambda q: date_format(q.received_on, "SHORT_DATE_FORMAT"),
                sort_key="received_on",
            ),
            self._get_custom_column("language"),
            self._get_custom_column("times_asked"),
            BooleanColumn("urgent", label=_("Urgent signs")),
            BooleanColumn("wants_reply", label=_("Wants a reply")),
            self._get_custom_column("status"),
        ]


class InboxViewSet(ModelViewSet):
    model = PatientQuestion
    name = "patientquestion"
    url_prefix = "questions/inbox"
    icon = "mail"
    menu_label = _("Inbox")
    index_view_class = InboxIndexView
    list_filter = ["status", "urgent", "language"]
    ordering = ["-received_on", "-pk"]
    search_fields = ["text"]
    # The reply address is personal data: it is never exported.
    list_export = ["received_on", "language", "text", "times_asked", "urgent", "status", "entry"]
    export_filename = "patients-questions"
    form_fields = ["status"]

    def get_urlpatterns(self) -> list[Any]:
        # Questions come only from patients, and are changed only through the handling page.
        kept = [p for p in super().get_urlpatterns() if p.name not in {"add", "edit", "copy"}]
        return [
            *kept,
            path("handle/<int:pk>/", admin_views.handle_question, name="handle"),
            path("edit/<int:pk>/", admin_views.handle_question, name="edit"),
        ]


class GapsMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm(admin_views.VIEW)


class GapsViewSet(ViewSet):
    name = "questions_gaps"
    url_prefix = "questions/gaps"
    icon = "search"
    menu_label = _("Gaps report")
    menu_item_class = GapsMenuItem

    def get_urlpatterns(self) -> list[Any]:
        return [
            path("", admin_views.gaps, name="index"),
            path("draft/", admin_views.draft_from_gap, name="draft"),
        ]


class PatientQuestionsGroup(ViewSetGroup):
    menu_label = _("Patients' questions")
    menu_icon = "help"
    menu_order = 250
    items = (InboxViewSet, GapsViewSet)


@hooks.register("register_admin_viewset")
def register_patient_questions() -> PatientQuestionsGroup:
    return PatientQuestionsGroup()
