from typing import Any

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import EntryChange, ReviewerProfile, ReviewRecord
from .reviews import reviews_due


class ReviewRecordViewSet(SnippetViewSet):
    model = ReviewRecord
    icon = "tick-inverse"
    list_display = ["entry", "reviewer_name", "reviewed_on", "next_review_due"]
    ordering = ["next_review_due"]


class ReviewerProfileViewSet(SnippetViewSet):
    model = ReviewerProfile
    icon = "user"
    list_display = ["display_name", "credential", "user"]


class EntryChangeViewSet(SnippetViewSet):
    model = EntryChange
    icon = "history"
    menu_label = _("Public change log")
    list_display = ["entry", "published_on", "note"]


class ReviewsDueViewSet(ViewSet):
    name = "editorial_reviews_due"
    url_prefix = "editorial/reviews-due"
    icon = "time"
    menu_label = _("Reviews due")

    def get_urlpatterns(self) -> list[Any]:
        return [path("", admin_views.reviews_due_view, name="index")]


class BrokenLinksViewSet(ViewSet):
    name = "editorial_links"
    url_prefix = "editorial/links"
    icon = "link"
    menu_label = _("Broken links")

    def get_urlpatterns(self) -> list[Any]:
        return [
            path("", admin_views.broken_links_view, name="index"),
            path("check/", admin_views.check_links_view, name="check"),
        ]


class TickChecklistViewSet(ViewSet):
    name = "editorial_tick"
    url_prefix = "editorial/pif-tick"
    icon = "list-ul"
    menu_label = _("PIF TICK checklist")

    def get_urlpatterns(self) -> list[Any]:
        return [path("", admin_views.tick_checklist_view, name="index")]


class ReviewChangesViewSet(ViewSet):
    """Not in the menu: reached from an entry's edit page and from the review dialogs."""

    name = "editorial_changes"
    url_prefix = "editorial/changes"
    icon = "clipboard-list"

    def get_urlpatterns(self) -> list[Any]:
        return [path("<int:entry_id>/", admin_views.review_changes_view, name="entry")]


@hooks.register("register_admin_viewset")
def register_review_changes() -> ViewSet:
    return ReviewChangesViewSet()


class ClinicalReviewGroup(SnippetViewSetGroup):
    menu_label = _("Clinical review")
    menu_icon = "tick-inverse"
    items = (
        ReviewsDueViewSet,
        ReviewRecordViewSet,
        ReviewerProfileViewSet,
        BrokenLinksViewSet,
        EntryChangeViewSet,
        TickChecklistViewSet,
    )


register_snippet(ClinicalReviewGroup)


class ReviewsDuePanel(Component):
    """On the admin's home page: how many reviews are overdue or due soon."""

    name = "reviews_due"
    order = 90
    template_name = "editorial/admin/reviews_due_panel.html"

    def get_context_data(self, parent_context: Any = None) -> dict[str, Any]:
        due = reviews_due()
        return {
            "overdue": sum(item.overdue for item in due),
            "soon": sum(not item.overdue for item in due),
            "url": reverse("editorial_reviews_due:index"),
        }


@hooks.register("construct_homepage_panels")
def add_reviews_due_panel(request: Any, panels: list[Any]) -> None:
    panels.append(ReviewsDuePanel())
